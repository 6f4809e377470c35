/**
 * Finding the cells of a grid table by tracing rectangles from their top-left corners (the method docutils
 * describes): each traced cell adds its top-right and bottom-left corners as candidates for further cells;
 * candidates are taken in top-to-bottom, left-to-right order, and a per-column record of how far down the table
 * has been covered tells which candidates start new cells. Every `+` on a traced cell's edges marks a row or
 * column boundary.
 */

/** A traced cell: its border lines and columns (the `+` corners) in the block. */
export interface GridCellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The outcome of tracing: the cells, every row and column boundary seen, and where tracing got stuck. */
export interface GridScan {
  /** The cells in reading order of their top-left corners. */
  readonly cells: GridCellBox[];
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

class GridTracer {
  private readonly bottom: number;
  private readonly right: number;
  /** Per text column, the last block line covered by a traced cell. */
  private readonly done: Int32Array;
  private readonly isRowBoundary: Uint8Array;
  private readonly isColumnBoundary: Uint8Array;
  private readonly cells: GridCellBox[] = [];
  private overlap: GridCellBox | null = null;

  constructor(private readonly rows: readonly string[]) {
    this.bottom = rows.length - 1;
    this.right = (rows[0]?.length ?? 1) - 1;
    this.done = new Int32Array(Math.max(this.right + 1, 1)).fill(-1);
    this.isRowBoundary = new Uint8Array(rows.length);
    this.isColumnBoundary = new Uint8Array(this.right + 1);
    this.isRowBoundary[0] = 1;
    this.isColumnBoundary[0] = 1;
  }

  run(): GridScan {
    const corners = new CornerQueue(this.right + 1);
    corners.push(0, 0);
    for (let key = corners.pop(); key >= 0; key = corners.pop()) {
      const top = corners.lineOf(key);
      const left = corners.columnOf(key);
      if (top === this.bottom || left === this.right || top <= this.done[left]!) continue;
      const box = this.traceRight(top, left);
      if (box === null) continue;
      this.record(box);
      corners.push(top, box.right);
      corners.push(box.bottom, left);
    }
    return {
      cells: this.cells,
      rowBoundaries: marked(this.isRowBoundary),
      columnBoundaries: marked(this.isColumnBoundary),
      gap: this.findGap(),
      overlap: this.overlap,
    };
  }

  private record(box: GridCellBox): void {
    const { top, left, bottom, right } = box;
    this.markBoundaries(box);
    const done = this.done;
    for (let column = left; column < right; column++) {
      if (done[column] !== top - 1 && this.overlap === null) this.overlap = box;
      done[column] = bottom - 1;
    }
    this.cells.push(box);
  }

  /** Every `+` on the traced edges (the ones the trace passed, whether or not a corner was tried there). */
  private markBoundaries({ top, left, bottom, right }: GridCellBox): void {
    const topLine = this.rows[top]!;
    for (let column = topLine.indexOf('+', left + 1); column >= 0 && column <= right; ) {
      this.isColumnBoundary[column] = 1;
      column = topLine.indexOf('+', column + 1);
    }
    const bottomLine = this.rows[bottom]!;
    for (let column = bottomLine.indexOf('+', left + 1); column >= 0 && column < right; ) {
      this.isColumnBoundary[column] = 1;
      column = bottomLine.indexOf('+', column + 1);
    }
    for (let row = top + 1; row <= bottom; row++) {
      const line = this.rows[row]!;
      if (line.charCodeAt(right) === PLUS || (row < bottom && line.charCodeAt(left) === PLUS)) {
        this.isRowBoundary[row] = 1;
      }
    }
  }

  /** Along the top border: every `+` may be the top-right corner; `-` continues, anything else ends the search. */
  private traceRight(top: number, left: number): GridCellBox | null {
    const line = this.rows[top]!;
    for (let column = firstNot(NOT_DASH, line, left + 1); column < line.length; ) {
      if (line.charCodeAt(column) !== PLUS) return null;
      const bottom = this.traceDown(top, left, column);
      if (bottom >= 0) return { top, left, bottom, right: column };
      column = firstNot(NOT_DASH, line, column + 1);
    }
    return null;
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
    if (line.charCodeAt(left) !== PLUS || firstNot(NOT_BORDER, line, left + 1) < right) return false;
    for (let row = bottom - 1; row > top; row--) {
      const ch = this.rows[row]!.charCodeAt(left);
      if (ch !== PLUS && ch !== BAR) return false;
    }
    return true;
  }

  private findGap(): GridScan['gap'] {
    for (let column = 0; column < this.right; column++) {
      const coveredTo = this.done[column]!;
      if (coveredTo !== this.bottom - 1) return { column, coveredTo };
    }
    return null;
  }
}

/*
 * Border runs are found with native searches rather than character loops: table lines are mostly long runs of
 * `-` and padding, and a regular expression or indexOf crosses them many times faster than charCodeAt in a loop.
 */
/** Any character but `-`: where a run along a top border stops. */
const NOT_DASH = /[^-]/g;
/** Any character but `-` and `+`: where a bottom border stops. */
const NOT_BORDER = /[^+-]/g;

/** Index of the first character at or after `from` that `pattern` (a global one-character class) matches; the line's length if none. */
function firstNot(pattern: RegExp, line: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(line) ? pattern.lastIndex - 1 : line.length;
}

/** Indices whose flag is set, ascending. */
function marked(flags: Uint8Array): number[] {
  const indices: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) indices.push(i);
  return indices;
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
