import type { Cell } from '../parse/types.js';

/** A table slot: the cell that starts there, or the spanning cell that covers it. */
export interface Slot {
  readonly cell: Cell;
  /** False when the slot is covered by a cell starting in an earlier row or column. */
  readonly isOrigin: boolean;
}

/**
 * Lays the rows of a table onto a rows × cols grid, resolving row and column spans, so that every column
 * index of every row can be looked up. Slots no cell reaches stay undefined.
 */
export function layOutRows(rows: readonly (readonly Cell[])[], cols: number): (Slot | undefined)[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => new Array<Slot | undefined>(cols).fill(undefined));
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row) {
      while (column < cols && grid[rowIndex]?.[column] !== undefined) column += 1;
      fillSpan(grid, cell, rowIndex, column, cols);
      column += cell.morecols + 1;
    }
  });
  return grid;
}

function fillSpan(grid: (Slot | undefined)[][], cell: Cell, top: number, left: number, cols: number): void {
  for (let r = top; r <= top + cell.morerows && r < grid.length; r += 1) {
    for (let c = left; c <= left + cell.morecols && c < cols; c += 1) {
      const row = grid[r];
      if (row) row[c] = { cell, isOrigin: r === top && c === left };
    }
  }
}
