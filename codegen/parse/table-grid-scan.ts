/**
 * Finding the cells of a grid table by tracing rectangles from their top-left corners (the method docutils
 * describes): each traced cell adds its top-right and bottom-left corners as candidates for further cells;
 * candidates are taken in top-to-bottom, left-to-right order, and a record of how far down each text column has
 * been covered tells which candidates start new cells. Every `+` on a traced cell's edges marks a row or column
 * boundary.
 *
 * Table lines are mostly long runs of `-` and padding: the tracer crosses them with native searches (indexOf, a
 * regular expression) rather than character loops, and never walks a cell's width column by column.
 */

/** A traced cell: its border lines and columns (the `+` corners) in the block. */
export interface GridCellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The traced cells, four numbers each (a table of 100,000 rows holds no object per cell). */
export class GridCells {
  private boxes = new Int32Array(64);
  private count = 0;

  get length(): number {
    return this.count;
  }

  add(top: number, left: number, bottom: number, right: number): void {
    if (4 * this.count + 4 > this.boxes.length) {
      const grown = new Int32Array(2 * this.boxes.length);
      grown.set(this.boxes);
      this.boxes = grown;
    }
    const at = 4 * this.count++;
    this.boxes[at] = top;
    this.boxes[at + 1] = left;
    this.boxes[at + 2] = bottom;
    this.boxes[at + 3] = right;
  }

  top(cell: number): number {
    return this.boxes[4 * cell]!;
  }

  left(cell: number): number {
    return this.boxes[4 * cell + 1]!;
  }

  bottom(cell: number): number {
    return this.boxes[4 * cell + 2]!;
  }

  right(cell: number): number {
    return this.boxes[4 * cell + 3]!;
  }

  /** Gives back the room grown for more cells (tracing is over). */
  trim(): this {
    if (this.boxes.length > 4 * this.count) this.boxes = this.boxes.slice(0, 4 * this.count);
    return this;
  }

  box(cell: number): GridCellBox {
    return { top: this.top(cell), left: this.left(cell), bottom: this.bottom(cell), right: this.right(cell) };
  }
}

/** The outcome of tracing: the cells, every row and column boundary seen, and where tracing got stuck. */
export interface GridScan {
  /** The cells in reading order of their top-left corners. */
  readonly cells: GridCells;
  /** Block lines that are row boundaries, ascending. */
  readonly rowBoundaries: number[];
  /** Display columns that are column boundaries, ascending. */
  readonly columnBoundaries: number[];
  /** The first text column not covered to the bottom, with the last line it was covered to; null when complete. */
  readonly gap: { readonly column: number; readonly coveredTo: number } | null;
  /** A cell that overlaps one traced before it (docutils would fail an internal assertion); null when none. */
  readonly overlap: GridCellBox | null;
}

/** Traces the cells of a grid table given as display strings of equal width (head separator already as `-`). */
export function scanGridCells(rows: readonly string[]): GridScan {
  return new GridTracer(rows).run();
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const BAR = 0x7c;

/** What a line is, as far as tracing along it goes (found on first use). */
const enum LineKind {
  Unknown = 0,
  /** Only `+` and `-`: any two of its `+` are joined by a border. */
  Border = 1,
  /** Anything else: runs along it are checked character class by character class. */
  Mixed = 2,
}

class GridTracer {
  private readonly bottom: number;
  private readonly right: number;
  /** How far down each text column is covered by traced cells. */
  private readonly coverage: Coverage;
  private readonly isRowBoundary: Uint8Array;
  private readonly isColumnBoundary: Uint8Array;
  /** Each line's LineKind, found when a trace first runs along it. */
  private readonly kinds: Uint8Array;
  private readonly cells = new GridCells();
  private readonly corners: CornerQueue;
  private overlap: GridCellBox | null = null;

  constructor(private readonly rows: readonly string[]) {
    this.bottom = rows.length - 1;
    this.right = (rows[0]?.length ?? 1) - 1;
    this.coverage = new Coverage(Math.max(this.right + 1, 1));
    this.corners = new CornerQueue(this.right + 1);
    this.isRowBoundary = new Uint8Array(rows.length);
    this.isColumnBoundary = new Uint8Array(this.right + 1);
    this.kinds = new Uint8Array(rows.length);
    this.isRowBoundary[0] = 1;
    this.isColumnBoundary[0] = 1;
  }

  run(): GridScan {
    const corners = this.corners;
    corners.push(0, 0);
    for (let key = corners.pop(); key >= 0; key = corners.pop()) {
      const top = corners.lineOf(key);
      const left = corners.columnOf(key);
      if (top === this.bottom || left === this.right || top <= this.coverage.at(left)) continue;
      this.traceCell(top, left);
    }
    return {
      cells: this.cells.trim(),
      rowBoundaries: marked(this.isRowBoundary),
      columnBoundaries: marked(this.isColumnBoundary),
      gap: this.coverage.firstShortOf(this.bottom - 1, this.right),
      overlap: this.overlap,
    };
  }

  /**
   * The cell whose top-left corner is (top, left), if one closes from there: along the top border every `+` may be
   * the top-right corner (`-` continues, anything else ends the search). The cell is recorded and its top-right and
   * bottom-left corners become candidates.
   */
  private traceCell(top: number, left: number): void {
    const line = this.rows[top]!;
    const border = this.kindOf(top) === LineKind.Border;
    for (let right = this.nextCorner(line, border, left); right >= 0;) {
      const bottom = this.traceDown(top, left, right);
      if (bottom >= 0) {
        this.record(top, left, bottom, right);
        this.corners.push(top, right);
        this.corners.push(bottom, left);
        return;
      }
      right = this.nextCorner(line, border, right);
    }
  }

  private record(top: number, left: number, bottom: number, right: number): void {
    this.markBoundaries(top, left, bottom, right);
    if (!this.coverage.cover(left, right, top - 1, bottom - 1) && this.overlap === null) {
      this.overlap = { top, left, bottom, right };
    }
    this.cells.add(top, left, bottom, right);
  }

  /** Every `+` on the traced edges (the ones the trace passed, whether or not a corner was tried there). */
  private markBoundaries(top: number, left: number, bottom: number, right: number): void {
    this.markColumns(this.rows[top]!, left, right + 1);
    this.markColumns(this.rows[bottom]!, left, right);
    for (let row = top + 1; row <= bottom; row++) {
      const line = this.rows[row]!;
      if (line.charCodeAt(right) === PLUS || (row < bottom && line.charCodeAt(left) === PLUS)) {
        this.isRowBoundary[row] = 1;
      }
    }
  }

  /** Marks every `+` of `line` strictly after `left` and before `end` as a column boundary. */
  private markColumns(line: string, left: number, end: number): void {
    for (let column = line.indexOf('+', left + 1); column >= 0 && column < end;) {
      this.isColumnBoundary[column] = 1;
      column = line.indexOf('+', column + 1);
    }
  }

  /** The next `+` after `column` reached over `-` only, or -1. */
  private nextCorner(line: string, border: boolean, column: number): number {
    if (border) return line.indexOf('+', column + 1);
    const stop = firstMatch(NOT_DASH, line, column + 1);
    return line.charCodeAt(stop) === PLUS ? stop : -1;
  }

  /** Down the right edge: every `+` may be the bottom-right corner; `|` continues. Returns the bottom or -1. */
  private traceDown(top: number, left: number, right: number): number {
    for (let row = top + 1; row <= this.bottom; row++) {
      const ch = this.rows[row]!.charCodeAt(right);
      if (ch === PLUS) {
        if (this.closesAt(top, left, row, right)) return row;
      } else if (ch !== BAR) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the bottom border leads back to a `+` under the start, and the left edge up to the start. */
  private closesAt(top: number, left: number, bottom: number, right: number): boolean {
    const line = this.rows[bottom]!;
    if (line.charCodeAt(left) !== PLUS) return false;
    if (this.kindOf(bottom) !== LineKind.Border && !isBorderRun(line, left + 1, right)) return false;
    for (let row = bottom - 1; row > top; row--) {
      const ch = this.rows[row]!.charCodeAt(left);
      if (ch !== PLUS && ch !== BAR) return false;
    }
    return true;
  }

  private kindOf(row: number): LineKind {
    let kind = this.kinds[row] as LineKind;
    if (kind === LineKind.Unknown) {
      const line = this.rows[row]!;
      // Most border lines repeat the top border: comparing strings is far cheaper than classifying characters.
      const border =
        row > 0 && line === this.rows[0] && this.kindOf(0) === LineKind.Border
          ? true
          : firstMatch(NOT_BORDER, line, 0) === line.length;
      kind = border ? LineKind.Border : LineKind.Mixed;
      this.kinds[row] = kind;
    }
    return kind;
  }
}

/** Any character but `-`: where a run along a top border stops. */
const NOT_DASH = /[^-]/g;
/** Any character but `-` and `+`: what a border line does not hold. */
const NOT_BORDER = /[^+-]/g;

/**
 * Whether `line[from, to)` holds only `+` and `-`. A loop that stops at `to`: a native search would run on to the
 * end of the border run, which on a long mixed line, once per cell above it, would add up to quadratic time.
 */
function isBorderRun(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = line.charCodeAt(i);
    if (ch !== PLUS && ch !== MINUS) return false;
  }
  return true;
}

/** Index of the first character at or after `from` that `pattern` (a global one-character class) matches; the line's length if none. */
function firstMatch(pattern: RegExp, line: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(line) ? pattern.lastIndex - 1 : line.length;
}

/** Indices whose flag is set, ascending. */
function marked(flags: Uint8Array): number[] {
  const indices: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) indices.push(i);
  return indices;
}

/**
 * For each text column, the last block line covered by a traced cell (docutils' `done` list), kept per interval
 * between the columns where cells start or end: every column of an interval is always covered to the same line,
 * so covering a cell visits the few intervals it spans rather than every column it is wide. The intervals form a
 * list linked through their first columns; splitting one costs nothing, however many there are.
 */
class Coverage {
  /** At each interval's first column: the first column of the next interval (the width after the last). */
  private readonly next: Int32Array;
  /** At each interval's first column: the line the interval is covered to. */
  private readonly lines: Int32Array;
  private readonly isStart: Uint8Array;

  constructor(private readonly width: number) {
    this.next = new Int32Array(width);
    this.lines = new Int32Array(width);
    this.isStart = new Uint8Array(width);
    this.next[0] = width;
    this.lines[0] = -1;
    this.isStart[0] = 1;
  }

  /** The line `column` is covered to. */
  at(column: number): number {
    return this.lines[this.startOf(column)]!;
  }

  /**
   * Covers columns [from, to) down to `line`. Returns whether they were all covered to exactly `expected` before
   * (otherwise the cell overlaps an earlier one or leaves a gap above it).
   */
  cover(from: number, to: number, expected: number, line: number): boolean {
    if (this.isStart[from] === 0) this.splitAfter(this.startOf(from), from);
    let fits = true;
    for (let start = from; start < to; start = this.next[start]!) {
      // An interval running on past the cell is split where the cell ends, keeping its line beyond.
      if (this.next[start]! > to) this.splitAfter(start, to);
      if (this.lines[start] !== expected) fits = false;
      this.lines[start] = line;
    }
    return fits;
  }

  /** The first column before `limit` not covered to `line`, with the line it is covered to; null when none. */
  firstShortOf(line: number, limit: number): { column: number; coveredTo: number } | null {
    for (let start = 0; start < limit; start = this.next[start]!) {
      const coveredTo = this.lines[start]!;
      if (coveredTo !== line) return { column: start, coveredTo };
    }
    return null;
  }

  /** Makes `column` (inside the interval starting at `start`) the start of an interval with the same line. */
  private splitAfter(start: number, column: number): void {
    this.next[column] = this.next[start]!;
    this.next[start] = column;
    this.lines[column] = this.lines[start]!;
    this.isStart[column] = 1;
  }

  /**
   * The first column of the interval holding `column`. Cells start at corners, which always start intervals (each
   * traced cell makes its left and right columns interval starts), so this looks no further than `column` itself.
   */
  private startOf(column: number): number {
    let start = column;
    while (start > 0 && this.isStart[start] === 0) start--;
    return start;
  }
}

/** A min-heap of (line, column) corners, as keys, that hands each distinct corner out once, in reading order. */
class CornerQueue {
  private readonly heap: number[] = [];
  private last = -1;

  constructor(private readonly stride: number) {}

  lineOf(key: number): number {
    return Math.floor(key / this.stride);
  }

  columnOf(key: number): number {
    return key % this.stride;
  }

  push(line: number, column: number): void {
    const heap = this.heap;
    let index = heap.push(line * this.stride + column) - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (heap[parent]! <= heap[index]!) break;
      [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
      index = parent;
    }
  }

  /** The smallest key not handed out yet, or -1 when empty. */
  pop(): number {
    for (;;) {
      const key = this.popKey();
      if (key < 0 || key !== this.last) {
        this.last = key;
        return key;
      }
    }
  }

  private popKey(): number {
    const heap = this.heap;
    if (heap.length === 0) return -1;
    const top = heap[0]!;
    const end = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = end;
      this.siftDown();
    }
    return top;
  }

  private siftDown(): void {
    const heap = this.heap;
    let index = 0;
    for (;;) {
      const leftChild = 2 * index + 1;
      if (leftChild >= heap.length) return;
      const rightChild = leftChild + 1;
      const smaller =
        rightChild < heap.length && heap[rightChild]! < heap[leftChild]! ? rightChild : leftChild;
      if (heap[index]! <= heap[smaller]!) return;
      [heap[index], heap[smaller]] = [heap[smaller]!, heap[index]!];
      index = smaller;
    }
  }
}
