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

/** What a Body transition did with a line: not its construct, read its construct, or (corrected) left it as text. */
type Outcome = 'none' | 'read' | 'text';

/** A Body transition: tries the construct its pattern describes on the line at `m.pos`. */
type Transition = (m: Machine, line: string) => Outcome;

/** Reads the construct when its marker was found (`end` >= 0). */
function whenFound(end: number, read: (end: number) => void): Outcome {
  if (end < 0) return 'none';
  read(end);
  return 'read';
}

/** Outcome of a construct that may turn out to be text after its pattern matched. */
function readOrText(matched: boolean, read: () => boolean): Outcome {
  if (!matched) return 'none';
  return read() ? 'read' : 'text';
}

/** docutils' Body transitions after blank and indent, in its order; text is what no transition takes. */
const TRANSITIONS: readonly Transition[] = [
  (m, line) => whenFound(bulletEnd(line), (end) => bulletList(m, end)),
  (m, line) => {
    const enumerator = matchEnumerator(line);
    return readOrText(enumerator !== null, () => enumeratedList(m, enumerator!));
  },
  (m, line) => whenFound(fieldMarkerEnd(line), (end) => fieldList(m, end)),
  (m, line) => {
    const end = optionMarkerEnd(line);
    return readOrText(end >= 0, () => optionList(m, end));
  },
  (m, line) => whenFound(doctestEnd(line), () => doctestBlock(m)),
  (m, line) => whenFound(lineBlockEnd(line), (end) => lineBlock(m, end)),
  (m, line) => whenFound(isGridTableTop(line) ? 0 : -1, () => tableAt(m, 'grid')),
  (m, line) => whenFound(isSimpleTableTop(line) ? 0 : -1, () => tableAt(m, 'simple')),
  (m, line) => whenFound(explicitEnd(line), () => explicitMarkup(m)),
  (m, line) => whenFound(anonymousEnd(line), (end) => anonymousTarget(m, end)),
  (m, line) => readOrText(isAdornmentLine(line), () => adornmentLine(m)),
];

/** Reads the construct the line starts; false when the line is ordinary text (the first matching pattern decides). */
function specialLine(m: Machine, line: string): boolean {
  for (const transition of TRANSITIONS) {
    const outcome = transition(m, line);
    if (outcome !== 'none') return outcome === 'read';
  }
  return false;
}
