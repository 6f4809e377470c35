/**
 * Bullet, enumerated, field and option lists: the first item, then further items of the same kind; any other
 * line ends the list (docutils' specialized list states).
 */
import { blockQuotes } from './block-quote.js';
import { nestedParse } from './body.js';
import { node, type DocNode } from './doctree.js';
import { enumeratorValue, followingEnumerators, type EnumSequence } from './enumerators.js';
import { inlineText } from './inline.js';
import {
  bulletEnd,
  fieldMarkerEnd,
  fieldName,
  matchEnumerator,
  optionMarkerEnd,
  type EnumeratorMatch,
  type EnumFormat,
} from './line-patterns.js';
import { unindentWarning } from './literal-block.js';
import type { Machine } from './machine.js';
import { parseOptionMarker } from './option-marker.js';
import { isBlank } from './py-text.js';

/** Skips blank lines; returns the next line, or null at the end. */
function nextItemLine(m: Machine): string | null {
  while (!m.atEnd && m.line() === '') m.pos++;
  return m.atEnd ? null : m.line();
}

/** A list item whose marker ends at `indent` on line `m.pos`: its indented block parsed into a list_item. */
function listItem(m: Machine, indent: number): { item: DocNode; blankFinish: boolean } {
  const at = m.pos;
  const item = node('list_item').at(m.sourceLine(at), m.sourceColumn(at, indent));
  const taken = m.line(at).length > indent ? m.takeKnownIndented(indent) : m.takeFirstKnownIndented(indent);
  if (taken.block.length > 0) nestedParse(m.session, taken.block, taken.offset, item);
  return { item, blankFinish: taken.blankFinish };
}

/** A bullet list starting at `m.pos`; items continue while lines start with the same bullet. */
export function bulletList(m: Machine, markerEnd: number): void {
  const list = node('bullet_list').at(m.sourceLine(m.pos), m.sourceColumn(m.pos));
  const bullet = m.line()[0]!;
  m.parent.append(list);
  let { item, blankFinish } = listItem(m, markerEnd);
  list.append(item);
  for (let line = nextItemLine(m); line !== null; line = nextItemLine(m)) {
    const end = line[0] === ' ' ? -1 : bulletEnd(line);
    if (end < 0 || line[0] !== bullet) break;
    ({ item, blankFinish } = listItem(m, end));
    list.append(item);
  }
  if (!blankFinish) m.parent.append(unindentWarning(m, 'Bullet list'));
}

/** Whether an enumerator with `ordinal` starts a list item: the next line is blank, indented or the next item. */
function isEnumeratedItem(
  m: Machine,
  ordinal: number | null,
  sequence: EnumSequence,
  format: EnumFormat,
): boolean {
  if (ordinal === null) return false;
  if (m.pos + 1 >= m.lines.length) return true;
  const next = m.line(m.pos + 1);
  if (isBlank(next.slice(0, 1))) return true;
  const following = followingEnumerators(ordinal + 1, sequence, format);
  return following !== null && (next.startsWith(following[0]) || next.startsWith(following[1]));
}

/** An enumerated list starting at `m.pos`; false when the enumerator does not start a list (the line is text). */
export function enumeratedList(m: Machine, first: EnumeratorMatch): boolean {
  const { sequence, ordinal } = enumeratorValue(first.text, null);
  if (!isEnumeratedItem(m, ordinal, sequence, first.format)) return false;
  const list = node('enumerated_list').at(m.sourceLine(m.pos), m.sourceColumn(m.pos));
  const listSequence: EnumSequence = sequence === '#' ? 'arabic' : sequence;
  m.parent.append(list);
  if (ordinal !== 1) {
    const message = `Enumerated list start value not ordinal-1: "${first.text}" (ordinal ${ordinal})`;
    m.parent.append(m.reporter.info(message, 'enumerated-list-start', m.placeAbs(m.pos)));
  }
  let { item, blankFinish } = listItem(m, first.end);
  list.append(item);
  let last = ordinal ?? 1;
  let auto = sequence === '#';
  for (let line = nextItemLine(m); line !== null; line = nextItemLine(m)) {
    const match = line[0] === ' ' || bulletEnd(line) >= 0 ? null : matchEnumerator(line);
    if (match === null) break;
    const next = enumeratorValue(match.text, listSequence);
    const continues =
      match.format === first.format &&
      (next.sequence === '#' || (next.sequence === listSequence && !auto && next.ordinal === last + 1));
    if (!continues || !isEnumeratedItem(m, next.ordinal, next.sequence, match.format)) break;
    if (next.sequence === '#') auto = true;
    ({ item, blankFinish } = listItem(m, match.end));
    list.append(item);
    last = next.ordinal ?? last;
  }
  if (!blankFinish) m.parent.append(unindentWarning(m, 'Enumerated list'));
  return true;
}

/** A field list starting at `m.pos`; items continue while lines start with a field marker. */
export function fieldList(m: Machine, markerEnd: number): void {
  const list = node('field_list').at(m.sourceLine(m.pos), m.sourceColumn(m.pos));
  m.parent.append(list);
  const firstFinish = field(m, list, markerEnd);
  const blankFinish = m.within(list, () => {
    let finish = firstFinish;
    for (let line = nextItemLine(m); line !== null; line = nextItemLine(m)) {
      const end = fieldMarkerEnd(line);
      if (end < 0) break;
      finish = field(m, list, end);
    }
    return finish;
  });
  if (!blankFinish) m.parent.append(unindentWarning(m, 'Field list'));
}

/** One field: its name (inline markup) and its body, parsed as body elements. */
function field(m: Machine, list: DocNode, markerEnd: number): boolean {
  const at = m.pos;
  const name = fieldName(m.line(at).slice(0, markerEnd).trimEnd());
  const parsedName = inlineText(name, m.inlineContext(m.placeAbs(at)));
  const taken = m.takeFirstKnownIndented(markerEnd);
  const body = node('field_body').append(...parsedName.messages);
  list.append(
    node('field').at(m.sourceLine(at), m.sourceColumn(at)).append(node('field_name', parsedName.text), body),
  );
  if (taken.block.length > 0) nestedParse(m.session, taken.block, taken.offset, body);
  return taken.blankFinish;
}

/** An option list starting at `m.pos`; false when the first option has no description (the line is text). */
export function optionList(m: Machine, markerEnd: number): boolean {
  const list = node('option_list').at(m.sourceLine(m.pos), m.sourceColumn(m.pos));
  const first = optionListItem(m, markerEnd);
  if (first === null) return false;
  if ('error' in first) return true;
  m.parent.append(list.append(first.item));
  let blankFinish = first.blankFinish;
  for (let line = nextItemLine(m); line !== null; line = nextItemLine(m)) {
    if (
      line[0] === ' ' ||
      bulletEnd(line) >= 0 ||
      matchEnumerator(line) !== null ||
      fieldMarkerEnd(line) >= 0
    )
      break;
    const end = optionMarkerEnd(line);
    if (end < 0 || 'error' in parseOptionMarker(line.slice(0, end))) break;
    const next = optionListItem(m, end);
    if (next === null || 'error' in next) break;
    list.append(next.item);
    blankFinish = next.blankFinish;
  }
  if (!blankFinish) m.parent.append(unindentWarning(m, 'Option list'));
  return true;
}

/** One option list item, null when it has no description, or the error of an invalid marker (reported). */
function optionListItem(
  m: Machine,
  markerEnd: number,
): { item: DocNode; blankFinish: boolean } | { error: true } | null {
  const at = m.pos;
  const options = parseOptionMarker(m.line(at).slice(0, markerEnd));
  if ('error' in options) return invalidOptionMarker(m, markerEnd, options.error);
  const taken = m.takeFirstKnownIndented(markerEnd);
  if (taken.block.length === 0) {
    m.pos = at;
    return null;
  }
  const group = node('option_group').append(...options.map((option) => node('option').append(...option)));
  const description = node('description');
  const item = node('option_list_item').at(m.sourceLine(at), m.sourceColumn(at)).append(group, description);
  nestedParse(m.session, taken.block, taken.offset, description);
  return { item, blankFinish: taken.blankFinish };
}

/** docutils' "Invalid option list marker" error; the description is read as a block quote. */
function invalidOptionMarker(m: Machine, markerEnd: number, detail: string): { error: true } {
  m.parent.append(
    m.reporter.error(`Invalid option list marker: ${detail}`, 'invalid-option-marker', m.placeAbs(m.pos)),
  );
  const taken = m.takeFirstKnownIndented(markerEnd);
  m.parent.append(...blockQuotes(m, taken.block, taken.offset));
  if (!taken.blankFinish) m.parent.append(unindentWarning(m, 'Option list'));
  return { error: true };
}
