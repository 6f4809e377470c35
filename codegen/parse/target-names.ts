/**
 * The document's reference names (docutils' nameids/nametypes): explicit targets and section titles. A name used
 * twice gets docutils' "Duplicate explicit/implicit target name" message (information or warning only), which
 * docutils puts into the element being parsed, so it shows among a table cell's blocks.
 */
import type { DocNode } from './doctree.js';
import { INFO, WARNING, type MessagePlace, type Reporter } from './report.js';
import { splitWords } from './py-text.js';

/** A node that carries names: a target, a section, a footnote, a table with `:name:`. */
export interface NamedNode {
  readonly names: Set<string>;
  readonly refuri?: string;
}

interface NameEntry {
  explicit: boolean;
  /** The node holding the name; null once a conflicting duplicate made the name ambiguous. */
  owner: NamedNode | null;
}

/** docutils' fully_normalize_name: lower case, white space runs as one space. */
export function normalizeName(name: string): string {
  return splitWords(name.toLowerCase()).join(' ');
}

/** The document's names and docutils' duplicate checks. */
export class TargetNames {
  private readonly entries = new Map<string, NameEntry>();

  constructor(private readonly reporter: Reporter) {}

  /** Registers `target`'s names; duplicate messages are added to `messageParent` (when given) and returned. */
  note(target: NamedNode, explicit: boolean, place: MessagePlace, messageParent: DocNode | null): DocNode[] {
    const messages: DocNode[] = [];
    for (const name of [...target.names]) {
      const entry = this.entries.get(name);
      if (entry === undefined) {
        this.entries.set(name, { explicit, owner: target });
        continue;
      }
      messages.push(...this.duplicate(target, name, entry, explicit, place));
    }
    if (messageParent !== null) messageParent.append(...messages);
    return messages;
  }

  private duplicate(
    target: NamedNode,
    name: string,
    entry: NameEntry,
    explicit: boolean,
    place: MessagePlace,
  ): DocNode[] {
    const messages: DocNode[] = [];
    const old = entry.owner;
    const oldExplicit = entry.explicit;
    entry.explicit = oldExplicit || explicit;
    if (explicit && oldExplicit) {
      const sameUri =
        old !== null && target.refuri !== undefined && old.names.size > 0 && old.refuri === target.refuri;
      const level = old !== null && sameUri ? INFO : WARNING;
      if (level === WARNING && old !== null) {
        old.names.delete(name);
        entry.owner = null;
      }
      messages.push(
        this.reporter.report(
          level,
          `Duplicate explicit target name: "${name}".`,
          'duplicate-target-name',
          place,
        ),
      );
      target.names.delete(name);
    } else if (explicit) {
      entry.owner = target;
      old?.names.delete(name);
    } else {
      if (old !== null && !oldExplicit) {
        entry.owner = null;
        old.names.delete(name);
      }
      target.names.delete(name);
    }
    if (!explicit || (!oldExplicit && old !== null)) {
      messages.push(
        this.reporter.report(
          INFO,
          `Duplicate implicit target name: "${name}".`,
          'duplicate-target-name',
          place,
        ),
      );
    }
    return messages;
  }
}
