/**
 * Inline markup reduced to text, with docutils' recognition rules: ``literal``, *emphasis*, **strong**, roles,
 * references, substitution references, footnote references and backslash escapes. Unmatched start-strings stay
 * as text (with docutils' warning).
 */
import type { DocNode } from './doctree.js';
import { escapeToNull, unescape } from './escapes.js';
import {
  END_PATTERNS,
  findEnd,
  InlineStarts,
  isQuotePair,
  type EndMatch,
  type InitialMatch,
} from './inline-patterns.js';
import type { MessagePlace, Reporter } from './report.js';
import { phraseReference } from './phrase-reference.js';
import { applyRole } from './roles.js';
import { normalizeName, type NamedNode, type TargetNames } from './target-names.js';

/** A piece of inline text: plain text (still with NUL escapes, `raw`) or the text of an inline element. */
export type InlinePiece = { readonly raw: string } | { readonly text: string; readonly tag: string };

/** The parsed inline text and the messages docutils adds after the paragraph. */
export interface InlineResult {
  readonly pieces: readonly InlinePiece[];
  readonly messages: readonly DocNode[];
}

/** Where inline text sits, for messages, and the document's settings that change inline parsing. */
export interface InlineContext {
  readonly reporter: Reporter;
  readonly place: MessagePlace;
  readonly defaultRole: string;
  /**
   * Where the explicit targets the text defines (inline targets, references with an embedded URI) are registered,
   * and the element their duplicate-name messages go to.
   */
  readonly targets?: { readonly names: TargetNames; readonly parent: DocNode };
}

/**
 * The plain text of parsed inline markup (docutils' astext of the inline nodes). Joined rather than concatenated:
 * the text is kept (a table cell's), and a joined string is one flat string, not a tree of the pieces.
 */
export function piecesText(pieces: readonly InlinePiece[]): string {
  if (pieces.length === 1) return textOf(pieces[0]!);
  return pieces.map(textOf).join('');
}

function textOf(piece: InlinePiece): string {
  return 'raw' in piece ? unescape(piece.raw) : piece.text;
}

/** Parses inline markup and returns its plain text and messages. */
export function inlineText(
  text: string,
  context: InlineContext,
): { text: string; messages: readonly DocNode[] } {
  const result = parseInline(text, context);
  return { text: piecesText(result.pieces), messages: result.messages };
}

/** Every inline construct (and escape) contains one of these characters; text without them is plain. */
const MARKUP_CHARS = /[*`_|\]\\]/;

/** What one construct handler found: text before it, its pieces, and where scanning goes on. */
interface Step {
  readonly before: string;
  readonly pieces: InlinePiece[];
  readonly next: number;
  readonly endString?: string;
}

/** The plain text of `text` when it holds no inline markup at all (no messages, no targets); null otherwise. */
export function unmarkedText(text: string): string | null {
  return MARKUP_CHARS.test(text) ? null : unescape(text);
}

/** Parses inline markup (docutils' Inliner.parse). */
export function parseInline(text: string, context: InlineContext): InlineResult {
  if (!MARKUP_CHARS.test(text)) return { pieces: text === '' ? [] : [{ raw: text }], messages: [] };
  const source = escapeToNull(text);
  const pieces: InlinePiece[] = [];
  const messages: DocNode[] = [];
  const parser = new InlineScan(source, context, messages);
  const starts = new InlineStarts(source);
  let unprocessed = '';
  let pos = 0;
  while (pos < source.length) {
    const match = starts.find(pos);
    if (match === null) break;
    const step = parser.dispatch(match, pos);
    unprocessed += step.before;
    if (step.pieces.length > 0) {
      if (unprocessed !== '') pieces.push({ raw: unprocessed });
      pieces.push(...step.pieces);
      unprocessed = '';
    }
    pos = step.next;
  }
  unprocessed += source.slice(pos);
  if (unprocessed !== '') pieces.push({ raw: unprocessed });
  return { pieces, messages };
}

/** The construct handlers over one escaped text. */
class InlineScan {
  /** The last end-string search of each pattern: where it started and what it found. */
  private readonly ends = new Map<RegExp, { from: number; found: EndMatch | null }>();

  constructor(
    private readonly source: string,
    private readonly context: InlineContext,
    private readonly messages: DocNode[],
  ) {}

  dispatch(match: InitialMatch, pos: number): Step {
    const groups = match.groups;
    if (groups.start !== undefined) return this.startString(match, pos, groups.start);
    if (groups.backquote !== undefined) return this.interpretedOrReference(match, pos);
    if (groups.fnend !== undefined) return this.footnoteReference(match, pos);
    return this.reference(match, pos);
  }

  private startString(match: InitialMatch, pos: number, start: string): Step {
    switch (start) {
      case '**':
        return this.inlineObject(match, pos, start, END_PATTERNS.strong, 'strong', false);
      case '*':
        return this.inlineObject(match, pos, start, END_PATTERNS.emphasis, 'emphasis', false);
      case '``':
        return this.inlineObject(match, pos, start, END_PATTERNS.literal, 'literal', true);
      case '_`':
        return this.inlineObject(match, pos, start, END_PATTERNS.target, 'target', false);
      default:
        return this.inlineObject(
          match,
          pos,
          start,
          END_PATTERNS.substitution,
          'substitution_reference',
          false,
        );
    }
  }

  /**
   * The first end-string of `pattern` at or after `from`. Whether an end-string matches at a position does not
   * depend on where the search started, so an earlier search's result answers later ones that start before it:
   * text full of unmatched start-strings stays linear.
   */
  private endAfter(pattern: RegExp, from: number): EndMatch | null {
    const last = this.ends.get(pattern);
    if (last !== undefined && last.from <= from && (last.found === null || last.found.index >= from))
      return last.found;
    const found = findEnd(pattern, this.source, from);
    this.ends.set(pattern, { from, found });
    return found;
  }

  /** A start-string enclosed in a matching pair of quotes or brackets is not markup. */
  private quotedStart(match: InitialMatch, pos: number): boolean {
    if (match.index === pos) return false;
    const after = this.source[match.index + match.length];
    if (after === undefined) return true;
    return isQuotePair(this.source[match.index - 1]!, after);
  }

  private inlineObject(
    match: InitialMatch,
    pos: number,
    start: string,
    end: RegExp,
    tag: string,
    keepBackslashes: boolean,
  ): Step {
    const source = this.source;
    const matchEnd = match.index + start.length;
    if (this.quotedStart(match, pos))
      return { before: source.slice(pos, matchEnd), pieces: [], next: matchEnd };
    const found = this.endAfter(end, matchEnd);
    if (found !== null && found.index > matchEnd) {
      const content = source.slice(matchEnd, found.index);
      const text = keepBackslashes ? unescape(content, true) : unescape(content);
      if (tag === 'target') this.noteTarget({ names: new Set([normalizeName(text)]) });
      return {
        before: source.slice(pos, match.index),
        pieces: [{ text, tag }],
        next: found.index + found.endString.length,
        endString: found.endString,
      };
    }
    const name = tag === 'substitution_reference' ? 'substitution_reference' : tag;
    this.warn(`Inline ${name} start-string without end-string.`, 'inline-markup-unclosed');
    const raw = unescape(source.slice(match.index, matchEnd), true);
    return {
      before: source.slice(pos, match.index),
      pieces: [{ text: raw, tag: 'problematic' }],
      next: matchEnd,
    };
  }

  private interpretedOrReference(match: InitialMatch, pos: number): Step {
    const source = this.source;
    const roleMarkup = match.groups.role ?? '';
    const roleStart = match.index;
    const matchStart = match.index + roleMarkup.length;
    const matchEnd = matchStart + 1;
    let role = roleMarkup === '' ? null : roleMarkup.slice(1, -1);
    let position = role === null ? '' : 'prefix';
    if (role === null && this.quotedStart(match, pos))
      return { before: source.slice(pos, matchEnd), pieces: [], next: matchEnd };
    const found = this.endAfter(END_PATTERNS.interpreted, matchEnd);
    if (found === null || found.index <= matchEnd) {
      this.warn(
        'Inline interpreted text or phrase reference start-string without end-string.',
        'inline-markup-unclosed',
      );
      const raw = unescape(source.slice(matchStart, matchEnd), true);
      return {
        before: source.slice(pos, matchStart),
        pieces: [{ text: raw, tag: 'problematic' }],
        next: matchEnd,
      };
    }
    const textEnd = found.end;
    if (found.role !== undefined) {
      if (role !== null) {
        this.warn(
          'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).',
          'inline-multiple-roles',
        );
        return this.problematic(pos, roleStart, textEnd);
      }
      role = (found.suffix ?? '').slice(1, -1);
      position = 'suffix';
    }
    const escaped = source.slice(matchEnd, found.index);
    const rawSource = unescape(source.slice(matchStart, textEnd), true);
    if (rawSource.endsWith('_')) {
      if (role !== null) {
        this.warn(
          `Mismatch: both interpreted text role ${position} and reference suffix.`,
          'inline-role-and-reference',
        );
        return this.problematic(pos, roleStart, textEnd);
      }
      const reference = phraseReference(escaped);
      if (reference.uri !== null && !rawSource.endsWith('__')) {
        this.noteTarget({ names: new Set([normalizeName(reference.text)]), refuri: reference.uri });
      }
      return {
        before: source.slice(pos, matchStart),
        pieces: [{ text: reference.text, tag: 'reference' }],
        next: textEnd,
      };
    }
    const outcome = applyRole(role ?? '', escaped, this.context.defaultRole);
    if (outcome.ok)
      return {
        before: source.slice(pos, roleStart),
        pieces: [{ text: outcome.text, tag: outcome.tag }],
        next: textEnd,
      };
    this.error(outcome.message, outcome.rule);
    return this.problematic(pos, roleStart, textEnd);
  }

  private problematic(pos: number, start: number, end: number): Step {
    const raw = unescape(this.source.slice(start, end), true);
    return { before: this.source.slice(pos, start), pieces: [{ text: raw, tag: 'problematic' }], next: end };
  }

  private footnoteReference(match: InitialMatch, pos: number): Step {
    const label = match.groups.fnlabel ?? '';
    const auto = match.groups.citation === undefined && (label.startsWith('#') || label === '*');
    const tag = match.groups.citation === undefined ? 'footnote_reference' : 'citation_reference';
    return {
      before: this.source.slice(pos, match.index),
      pieces: [{ text: auto ? '' : label, tag }],
      next: match.index + match.length,
    };
  }

  private reference(match: InitialMatch, pos: number): Step {
    const name = match.groups.refname ?? '';
    return {
      before: this.source.slice(pos, match.index),
      pieces: [{ text: unescape(name), tag: 'reference' }],
      next: match.index + match.length,
    };
  }

  private noteTarget(target: NamedNode): void {
    const targets = this.context.targets;
    targets?.names.note(target, true, this.context.place, targets.parent);
  }

  private warn(message: string, rule: string): void {
    this.messages.push(this.context.reporter.warning(message, rule, this.context.place));
  }

  private error(message: string, rule: string): void {
    this.messages.push(this.context.reporter.error(message, rule, this.context.place));
  }
}
