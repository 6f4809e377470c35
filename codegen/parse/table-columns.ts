/**
 * Table lines seen as display columns, the way docutils sees them after padding: one UTF-16 unit per column,
 * East Asian wide characters followed by a pad, combining characters taking no column. Table parsers work on the
 * display string; cell text is cut from the original line, so wide and combining characters come out intact.
 */
import { charWidth, isNarrowText } from './char-width.js';
import { isPyWhitespace, pyStrip, trimmedEndWithin, trimmedStart } from './table-text.js';

/** Fills the column after a wide character (docutils pads with NUL too). */
export const PAD = '\0';
/** Stands for a one-column character outside the BMP, so that one column stays one UTF-16 unit. */
const ASTRAL_STAND_IN = 0xfffd;

/** A line of a table in display columns. */
export interface ColumnLine {
  /** The line's text. */
  readonly source: string;
  /** One UTF-16 unit per display column. */
  readonly display: string;
  /** For each column (and one past the end), the `source` index of the first character starting there or later; null when columns and indices coincide. */
  readonly starts: Int32Array | null;
  /** Like `starts`, counting code points instead of UTF-16 units; null when columns and code points coincide. */
  readonly points: Int32Array | null;
  /** Code points cut from the start of the source line before `source` (stripped white space). */
  readonly lead: number;
}

/** Builds the display-column view of a line. */
export function toColumnLine(source: string, lead = 0): ColumnLine {
  if (isNarrowText(source)) return { source, display: source, starts: null, points: null, lead };
  // A UTF-16 unit never makes more than two columns, so scratch space of twice the length suffices.
  const scratch = scratchFor(source.length);
  let column = 0;
  let point = 0;
  for (let index = 0; index < source.length; point++) {
    const codePoint = source.codePointAt(index)!;
    const size = codePoint > 0xffff ? 2 : 1;
    const width = charWidth(codePoint);
    for (let half = 0; half < width; half++, column++) {
      scratch.units[column] = half === 1 ? 0 : size === 2 ? ASTRAL_STAND_IN : codePoint;
      scratch.starts[column] = half === 1 ? -1 : index;
      scratch.points[column] = half === 1 ? -1 : point;
    }
    index += size;
  }
  scratch.starts[column] = source.length;
  scratch.points[column] = point;
  // A pad column stands for the character after it.
  for (let c = column - 1; c >= 0; c--) {
    if (scratch.starts[c]! < 0) {
      scratch.starts[c] = scratch.starts[c + 1]!;
      scratch.points[c] = scratch.points[c + 1]!;
    }
  }
  return {
    source,
    display: unitsToString(scratch.units, column),
    starts: scratch.starts.slice(0, column + 1),
    points: scratch.points.slice(0, column + 1),
    lead,
  };
}

interface Scratch {
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly points: Int32Array;
}

/** Reused working arrays (nothing in them outlives a call). */
let scratch: Scratch = { units: new Uint16Array(0), starts: new Int32Array(1), points: new Int32Array(1) };

function scratchFor(length: number): Scratch {
  if (scratch.units.length < 2 * length) {
    const size = 2 * length;
    scratch = {
      units: new Uint16Array(size),
      starts: new Int32Array(size + 1),
      points: new Int32Array(size + 1),
    };
  }
  return scratch;
}

const utf16 = new TextDecoder('utf-16le');

/** The string of the first `length` UTF-16 units (no surrogates among them). */
function unitsToString(units: Uint16Array, length: number): string {
  return utf16.decode(new Uint8Array(units.buffer, units.byteOffset, 2 * length));
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
  const width = line.display.length;
  if (column >= width) return (line.points === null ? width : line.points[width]!) + column - width;
  if (column <= 0) return 0;
  return line.points === null ? column : line.points[column]!;
}

/**
 * The lines of a table block in display columns. Almost every table line is narrow text (one column per UTF-16
 * unit) with nothing stripped from its start: such a line is kept as its display string alone, and only the others
 * get a ColumnLine, so that a table of 100,000 rows holds no object per line.
 */
export class TableLines {
  /** The display string of each line. */
  readonly displays: string[];
  /** Column views of the lines whose display differs from their text, or that had white space cut from their start. */
  private readonly views = new Map<number, ColumnLine>();

  /** `texts` as table lines; with `strip`, each is stripped first (what was cut from its start still counts in columns). */
  constructor(texts: readonly string[], strip: boolean) {
    this.displays = new Array<string>(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!;
      const line = strip ? toColumnLine(pyStrip(text), trimmedStart(text)) : toColumnLine(text);
      this.displays[i] = line.display;
      if (line.starts !== null || line.lead !== 0) this.views.set(i, line);
    }
  }

  get length(): number {
    return this.displays.length;
  }

  /** The source text of the characters of line `i` whose first column lies in [from, to). */
  slice(i: number, from: number, to: number): string {
    const view = this.views.get(i);
    if (view !== undefined) return sourceSlice(view, from, to);
    return this.displays[i]!.slice(Math.max(from, 0), Math.max(to, 0));
  }

  /** 0-based code-point offset of display `column` from the start of line `i`'s text (stripped white space included). */
  codePoints(i: number, column: number): number {
    const view = this.views.get(i);
    if (view !== undefined) return view.lead + codePointOffset(view, column);
    return Math.max(column, 0);
  }
}

/** One cell's text block: docutils' 2-D block of a table region, trailing white space and common indent removed. */
export interface CellBlock {
  readonly content: string[];
  /** Display column where each content line starts (the region's left column plus the removed indent). */
  readonly column: number;
}

/** Cuts lines [top, bottom) and columns [left, right) out of `lines` like docutils' `get_2D_block`. */
export function cellBlock(
  lines: TableLines,
  top: number,
  bottom: number,
  left: number,
  right: number,
): CellBlock {
  const height = Math.max(bottom - top, 0);
  const ends = endsFor(height);
  let indent = right;
  for (let i = 0; i < height; i++) {
    const display = lines.displays[top + i]!;
    const end = trimmedEndWithin(display, left, right);
    ends[i] = end;
    if (end > left) indent = Math.min(indent, leadingSpace(display, left, end));
  }
  const removed = indent > 0 && indent < right ? indent : 0;
  const content = new Array<string>(height);
  for (let i = 0; i < height; i++) {
    const end = ends[i]!;
    content[i] = end > left ? lines.slice(top + i, left + removed, end) : '';
  }
  return { content, column: left + removed };
}

/** Reused per-line text ends of the cell being cut (nothing in it outlives a call). */
let cellEnds = new Int32Array(64);

function endsFor(height: number): Int32Array {
  if (cellEnds.length < height) cellEnds = new Int32Array(Math.max(height, 2 * cellEnds.length));
  return cellEnds;
}

/** Number of white-space columns at the start of `display[from, to)`. */
function leadingSpace(display: string, from: number, to: number): number {
  let i = from;
  while (i < to && isPyWhitespace(display.charCodeAt(i))) i++;
  return i - from;
}
