/**
 * Table lines seen as display columns, the way docutils sees them after padding: one UTF-16 unit per column,
 * East Asian wide characters followed by a pad, combining characters taking no column. Table parsers work on the
 * display string; cell text is cut from the original line, so wide and combining characters come out intact.
 */
import { charWidth, isNarrowText } from './char-width.js';
import { codePointCount, isPyWhitespace, trimmedEnd } from './table-text.js';

/** Fills the column after a wide character (docutils pads with NUL too). */
export const PAD = '\0';
/** Stands for a one-column character outside the BMP, so that one column stays one UTF-16 unit. */
const ASTRAL_STAND_IN = '\uFFFD';

/** A line of a table in display columns. */
export interface ColumnLine {
  /** The line's text. */
  readonly source: string;
  /** One UTF-16 unit per display column. */
  readonly display: string;
  /** For each column (and one past the end), the `source` index of the first character starting there or later; null when columns and indices coincide. */
  readonly starts: Int32Array | null;
}

/** Builds the display-column view of a line. */
export function toColumnLine(source: string): ColumnLine {
  if (isNarrowText(source)) return { source, display: source, starts: null };
  const units: string[] = [];
  const characterStarts: number[] = [];
  for (let index = 0; index < source.length;) {
    const codePoint = source.codePointAt(index)!;
    const size = codePoint > 0xffff ? 2 : 1;
    const width = charWidth(codePoint);
    if (width > 0) {
      characterStarts.push(index);
      units.push(size === 2 ? ASTRAL_STAND_IN : source[index]!);
      if (width === 2) {
        characterStarts.push(-1);
        units.push(PAD);
      }
    }
    index += size;
  }
  return { source, display: units.join(''), starts: columnStarts(characterStarts, source.length) };
}

/** Turns per-column character starts (-1 for pads) into "first character starting at or after this column". */
function columnStarts(characterStarts: readonly number[], sourceLength: number): Int32Array {
  const starts = new Int32Array(characterStarts.length + 1);
  starts[characterStarts.length] = sourceLength;
  for (let column = characterStarts.length - 1; column >= 0; column--) {
    const start = characterStarts[column]!;
    starts[column] = start >= 0 ? start : starts[column + 1]!;
  }
  return starts;
}

/** Index in `line.source` of the first character whose first column is `column` or later. */
export function sourceIndex(line: ColumnLine, column: number): number {
  if (column >= line.display.length) return line.source.length;
  if (column <= 0) return 0;
  return line.starts === null ? column : line.starts[column]!;
}

/** The source text of the characters whose first column lies in [from, to). */
export function sourceSlice(line: ColumnLine, from: number, to: number): string {
  return line.source.slice(sourceIndex(line, from), sourceIndex(line, to));
}

/** 0-based code-point offset in `line.source` of display `column` (columns past the end count one each). */
export function codePointOffset(line: ColumnLine, column: number): number {
  const beyond = Math.max(0, column - line.display.length);
  return codePointCount(line.source, sourceIndex(line, column)) + beyond;
}

/** One cell's text block: docutils' 2-D block of a table region, trailing white space and common indent removed. */
export interface CellBlock {
  readonly content: string[];
  /** Display column where each content line starts (the region's left column plus the removed indent). */
  readonly column: number;
}

/** Cuts lines [top, bottom) and columns [left, right) out of `lines` like docutils' `get_2D_block`. */
export function cellBlock(
  lines: readonly ColumnLine[],
  top: number,
  bottom: number,
  left: number,
  right: number,
): CellBlock {
  const ends: number[] = [];
  let indent = right;
  for (let row = top; row < bottom; row++) {
    const display = lines[row]!.display;
    const end = Math.max(left, trimmedEnd(display, Math.min(right, display.length)));
    ends.push(end);
    if (end > left) indent = Math.min(indent, leadingSpace(display, left, end));
  }
  const removed = indent > 0 && indent < right ? indent : 0;
  const content = ends.map((end, i) => {
    const line = lines[top + i]!;
    return end > left ? sourceSlice(line, left + removed, end) : '';
  });
  return { content, column: left + removed };
}

/** Number of white-space columns at the start of `display[from, to)`. */
function leadingSpace(display: string, from: number, to: number): number {
  let i = from;
  while (i < to && isPyWhitespace(display.charCodeAt(i))) i++;
  return i - from;
}
