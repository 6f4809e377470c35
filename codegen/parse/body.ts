/**
 * The body of a document or of a nested block (docutils' Body state): each line decides which construct starts
 * there, in docutils' order of transitions.
 */
import { blockQuote } from './block-quote.js';
import type { DocNode } from './doctree.js';
import { anonymousTarget, explicitMarkup } from './explicit.js';
import {
  anonymousEnd,
  bulletEnd,
  doctestEnd,
  explicitEnd,
  fieldMarkerEnd,
  isAdornmentLine,
  isGridTableTop,
  isSimpleTableTop,
  lineBlockEnd,
  matchEnumerator,
  optionMarkerEnd,
} from './line-patterns.js';
import { doctestBlock, lineBlock } from './line-blocks.js';
import { bulletList, enumeratedList, fieldList, optionList } from './lists.js';
import { Machine, type Session } from './machine.js';
import { adornmentLine, textLine } from './paragraphs.js';
import type { SourceLines } from './source-lines.js';
import { tableAt } from './tables.js';

/**
 * How deeply blocks may nest (block quotes in list items in table cells ...). docutils itself gives up (Python's
 * recursion limit) at fewer than 200 levels; deeper content is reported and skipped, which keeps the reader's
 * time linear and its stack bounded.
 */
export const MAX_NESTING = 200;

/** Parses `lines` as body elements into `parent` (docutils' nested_parse). */
export function nestedParse(
  session: Session,
  lines: SourceLines,
  inputOffset: number,
  parent: DocNode,
  matchTitles = false,
): void {
  if (session.nesting >= MAX_NESTING) {
    const place = { line: lines.row(0) + 1, column: lines.col(0) + 1 };
    parent.append(
      session.reporter.error(
        'Blocks nest too deeply here; the content is not read.',
        'nesting-too-deep',
        place,
      ),
    );
    return;
  }
  session.nesting++;
  try {
    parseBody(new Machine(session, lines, inputOffset, parent, matchTitles));
  } finally {
    session.nesting--;
  }
}

/** Reads body elements until the machine's lines end. */
export function parseBody(m: Machine): void {
  while (!m.atEnd) bodyLine(m);
}

/** One Body transition on the line at `m.pos`. */
function bodyLine(m: Machine): void {
  const line = m.line();
  if (line === '') {
    m.pos++;
    return;
  }
  if (line[0] === ' ') return blockQuote(m);
  if (!specialLine(m, line)) textLine(m);
}

/** Handles a line that starts a special construct; false when the line is ordinary text. */
function specialLine(m: Machine, line: string): boolean {
  const bullet = bulletEnd(line);
  if (bullet >= 0) {
    bulletList(m, bullet);
    return true;
  }
  const enumerator = matchEnumerator(line);
  if (enumerator !== null) return enumeratedList(m, enumerator);
  const field = fieldMarkerEnd(line);
  if (field >= 0) {
    fieldList(m, field);
    return true;
  }
  const option = optionMarkerEnd(line);
  if (option >= 0) return optionList(m, option);
  if (doctestEnd(line) >= 0) {
    doctestBlock(m);
    return true;
  }
  const lineBlockMarker = lineBlockEnd(line);
  if (lineBlockMarker >= 0) {
    lineBlock(m, lineBlockMarker);
    return true;
  }
  if (isGridTableTop(line)) {
    tableAt(m, 'grid');
    return true;
  }
  if (isSimpleTableTop(line)) {
    tableAt(m, 'simple');
    return true;
  }
  const explicit = explicitEnd(line);
  if (explicit >= 0) {
    explicitMarkup(m);
    return true;
  }
  const anonymous = anonymousEnd(line);
  if (anonymous >= 0) {
    anonymousTarget(m, anonymous);
    return true;
  }
  if (isAdornmentLine(line)) return adornmentLine(m);
  return false;
}
