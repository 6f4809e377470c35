/**
 * Finding the cells of a grid table by tracing rectangles from their top-left corners (the method docutils
 * describes): each traced cell adds its top-right and bottom-left corners as candidates for further cells;
 * candidates are taken in top-to-bottom, left-to-right order, and a per-column record of how far down the table
 * has been covered tells which candidates start new cells.
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

/** Boundaries a successful trace of one cell noted on its edges. */
interface Trace {
  readonly box: GridCellBox;
  readonly rowMarks: number[];
  readonly columnMarks: number[];
}

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
    for (let corner = corners.pop(); corner !== null; corner = corners.pop()) {
      const [top, left] = corner;
      if (top === this.bottom || left === this.right || top <= this.done[left]!) continue;
      const trace = this.traceRight(top, left);
      if (trace === null) continue;
      this.record(trace);
      corners.push(top, trace.box.right);
      corners.push(trace.box.bottom, left);
    }
    return {
      cells: this.cells,
      rowBoundaries: marked(this.isRowBoundary),
      columnBoundaries: marked(this.isColumnBoundary),
      gap: this.findGap(),
      overlap: this.overlap,
    };
  }

  private record(trace: Trace): void {
    const { top, left, bottom, right } = trace.box;
    for (const row of trace.rowMarks) this.isRowBoundary[row] = 1;
    for (const column of trace.columnMarks) this.isColumnBoundary[column] = 1;
    for (let column = left; column < right; column++) {
      if (this.done[column] !== top - 1 && this.overlap === null) this.overlap = trace.box;
      this.done[column] = bottom - 1;
    }
    this.cells.push(trace.box);
  }

  /** Along the top border: every `+` may be the top-right corner; `-` continues, anything else ends the search. */
  private traceRight(top: number, left: number): Trace | null {
    const line = this.rows[top]!;
    const columnMarks: number[] = [];
    for (let column = left + 1; column <= this.right; column++) {
      const ch = line[column];
      if (ch === '+') {
        columnMarks.push(column);
        const found = this.traceDown(top, left, column);
        if (found !== null)
          return {
            box: found.box,
            rowMarks: found.rowMarks,
            columnMarks: columnMarks.concat(found.columnMarks),
          };
      } else if (ch !== '-') {
        return null;
      }
    }
    return null;
  }

  /** Down the right edge: every `+` may be the bottom-right corner; `|` continues. */
  private traceDown(top: number, left: number, right: number): Trace | null {
    const rowMarks: number[] = [];
    for (let row = top + 1; row <= this.bottom; row++) {
      const ch = this.rows[row]![right];
      if (ch === '+') {
        rowMarks.push(row);
        const found = this.traceLeftAndUp(top, left, row, right);
        if (found !== null)
          return {
            box: found.box,
            rowMarks: rowMarks.concat(found.rowMarks),
            columnMarks: found.columnMarks,
          };
      } else if (ch !== '|') {
        return null;
      }
    }
    return null;
  }

  /** Back along the bottom border to a `+` under the start, then up the left edge to the start. */
  private traceLeftAndUp(top: number, left: number, bottom: number, right: number): Trace | null {
    const line = this.rows[bottom]!;
    const columnMarks: number[] = [];
    for (let column = right - 1; column > left; column--) {
      const ch = line[column];
      if (ch === '+') columnMarks.push(column);
      else if (ch !== '-') return null;
    }
    if (line[left] !== '+') return null;
    const rowMarks: number[] = [];
    for (let row = bottom - 1; row > top; row--) {
      const ch = this.rows[row]![left];
      if (ch === '+') rowMarks.push(row);
      else if (ch !== '|') return null;
    }
    return { box: { top, left, bottom, right }, rowMarks, columnMarks };
  }

  private findGap(): GridScan['gap'] {
    for (let column = 0; column < this.right; column++) {
      const coveredTo = this.done[column]!;
      if (coveredTo !== this.bottom - 1) return { column, coveredTo };
    }
    return null;
  }
}

/** Indices whose flag is set, ascending. */
function marked(flags: Uint8Array): number[] {
  const indices: number[] = [];
  flags.forEach((flag, index) => {
    if (flag) indices.push(index);
  });
  return indices;
}

/** A min-heap of (line, column) corners that hands each distinct corner out once, in reading order. */
class CornerQueue {
  private readonly heap: number[] = [];
  private last = -1;

  constructor(private readonly stride: number) {}

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

  pop(): [number, number] | null {
    for (;;) {
      const key = this.popKey();
      if (key === null) return null;
      if (key === this.last) continue;
      this.last = key;
      return [Math.floor(key / this.stride), key % this.stride];
    }
  }

  private popKey(): number | null {
    const heap = this.heap;
    if (heap.length === 0) return null;
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
