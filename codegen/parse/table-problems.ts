/**
 * The problems the table parsers report. Every message starts with docutils' own wording (what docutils 0.19
 * says, or newer docutils where its message is more precise) and goes on in plain words with the place.
 */
import type { TableProblem } from './table-structure.js';

/** Stable rule ids, one per kind of problem. */
export const TABLE_RULES = {
  unexpectedIndentation: 'unexpected-indentation',
  blankLineAfter: 'table-blank-line-after',
  gridRightBorder: 'grid-right-border',
  gridBottomBorder: 'grid-bottom-border',
  gridHeadSeparators: 'grid-multiple-head-separators',
  gridHeadSeparatorPlace: 'grid-head-separator-place',
  gridCellShape: 'grid-cell-shape',
  simpleBorderMismatch: 'simple-border-mismatch',
  simpleBottomBorder: 'simple-bottom-border',
  simpleColumnMargin: 'simple-column-margin',
  simpleSpanAlignment: 'simple-span-alignment',
  simpleSpanIncomplete: 'simple-span-incomplete',
  simpleHeadSeparators: 'simple-multiple-head-separators',
  simpleHeadSeparatorPlace: 'simple-head-separator-place',
  csvUnexpectedEnd: 'csv-unexpected-end',
  csvDelimiterExpected: 'csv-delimiter-expected',
  csvFieldLimit: 'csv-field-limit',
} as const;

/** docutils' first paragraph of every table-markup error. */
export const MALFORMED = 'Malformed table.';

/** A problem at a 1-based source place, which docutils 0.19 reports at `docutilsLine` (normally the same line). */
export function problem(
  rule: string,
  message: string,
  line: number,
  column: number,
  docutilsLine = line,
): TableProblem {
  return { rule, message, line, column, docutilsLine };
}

/** A "Malformed table." problem: docutils' detail sentence, then the plain explanation. */
export function malformed(
  rule: string,
  detail: string,
  explanation: string,
  line: number,
  column: number,
  docutilsLine = line,
): TableProblem {
  const text = detail === '' ? `${MALFORMED}\n${explanation}` : `${MALFORMED}\n${detail} ${explanation}`;
  return problem(rule, text, line, column, docutilsLine);
}

/** Shows a character in a message, naming the invisible ones. */
export function quoteChar(ch: string | undefined): string {
  if (ch === undefined || ch === '') return 'the end of the line';
  if (ch === ' ') return 'a space';
  if (ch === '\0') return 'the second half of a wide character';
  return `"${ch}"`;
}

/** docutils' warning for a table not followed by a blank line (or the end of the text it sits in). */
export function blankLineRequired(line: number, column: number): TableProblem {
  const message =
    'Blank line required after table. Separate the table from the text after it with an empty line.';
  return problem(TABLE_RULES.blankLineAfter, message, line, column);
}
