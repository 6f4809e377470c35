/**
 * Grid tables (`+---+` borders): isolating the table block from the text around it and finding its cells,
 * as docutils does.
 */
import { TableLines, cellBlock } from './table-columns.js';
import { gridTableExtent } from './table-grid-extent.js';
import { scanGridCells, type GridCells, type GridScan } from './table-grid-scan.js';
import { isGridHeadSeparator, isGridTableTop } from './table-line-patterns.js';
import { TABLE_RULES, malformed, quoteChar } from './table-problems.js';
import {
  tableStructure,
  type RawCell,
  type TableParseResult,
  type TableProblem,
  type TableReadResult,
  type TableRows,
  type TextBlock,
} from './table-structure.js';

export { gridTableExtent, isGridHeadSeparator, isGridTableTop };

/** Parses an isolated grid table block (see `gridTableExtent`) into rows of raw cells, or reports why docutils rejects it. */
export function parseGridTable(block: TextBlock): TableParseResult {
  const read = readGridTable(block);
  return read.ok ? { ok: true, table: tableStructure(read.rows), warnings: read.warnings } : read;
}

/** Like `parseGridTable`, with each row's cells cut from the lines only when asked for. */
export function readGridTable(block: TextBlock): TableReadResult {
  if (block.lines.length === 0) throw new RangeError('parseGridTable: the block has no lines');
  const table = measuredLines(block);
  const borderProblems = rightBorderProblems(table, block);
  if (borderProblems.length > 0) return { ok: false, problems: borderProblems };
  const separator = findHeadSeparator(table, block);
  const scan = scanGridCells(separator.rows);
  const problems = [...separator.problems, ...scanProblems(scan, table, block)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows: new GridRows(scan, table, block, separator.line), warnings: [] };
}

/** The block's lines as docutils holds them: stripped, remembering the white space cut from their starts. */
function measuredLines(block: TextBlock): TableLines {
  // White space is never outside the BMP, so the stripped UTF-16 units are also the stripped code points.
  return new TableLines(block.lines, true);
}

/** 1-based source column of a display column on block line `index`. */
function sourceColumn(table: TableLines, index: number, column: number, block: TextBlock): number {
  return block.indent + table.codePoints(index, column) + 1;
}

/** Every line must be as wide as the top border and end with `+` or `|`. */
function rightBorderProblems(table: TableLines, block: TextBlock): TableProblem[] {
  const displays = table.displays;
  const width = displays[0]?.length ?? 0;
  const problems: TableProblem[] = [];
  displays.forEach((display, index) => {
    const last = display[display.length - 1];
    if (display.length === width && (last === '+' || last === '|')) return;
    const lineNumber = block.firstLine + index;
    const borderColumn = sourceColumn(table, index, width - 1, block);
    const explanation =
      display.length === width
        ? `Line ${lineNumber} should end with "|" or "+" at column ${borderColumn}, where the top border ends, but ends with ${quoteChar(last)}.`
        : `Line ${lineNumber} ends at column ${sourceColumn(table, index, display.length - 1, block)}, but the top border ends at column ${sourceColumn(table, 0, width - 1, block)}; align the right border "|" with the top border's last "+".`;
    // docutils 0.19 checks the right border while isolating the table and names the table's first line.
    problems.push(
      malformed(
        TABLE_RULES.gridRightBorder,
        'Right border not aligned or missing.',
        explanation,
        lineNumber,
        borderColumn,
        block.firstLine,
      ),
    );
  });
  return problems;
}

/**
 * The head/body separator (at most one, not the first or last line). The tracer reads it as a border: its `=` are
 * turned into `-` in the table's display strings (no cell's text lies on a separator line, so nothing else reads it).
 */
function findHeadSeparator(
  table: TableLines,
  block: TextBlock,
): { line: number | null; rows: string[]; problems: TableProblem[] } {
  const rows = table.displays;
  const problems: TableProblem[] = [];
  let separator: number | null = null;
  rows.forEach((row, index) => {
    if (!isGridHeadSeparator(row)) return;
    rows[index] = row.replaceAll('=', '-');
    if (separator === null) {
      separator = index;
      return;
    }
    const explanation = `Line ${block.firstLine + index} repeats the header separator of line ${block.firstLine + separator}; use +---+ borders between body rows.`;
    const detail = `Multiple head/body row separators (table lines ${separator + 1} and ${index + 1}); only one allowed.`;
    problems.push(
      malformed(
        TABLE_RULES.gridHeadSeparators,
        detail,
        explanation,
        block.firstLine + index,
        block.indent + 1,
      ),
    );
  });
  if (separator !== null && (separator === 0 || separator === rows.length - 1)) {
    const at = separator === 0 ? 0 : rows.length - 1;
    const detail = 'The head/body row separator may not be the first or last line of the table.';
    problems.push(
      malformed(
        TABLE_RULES.gridHeadSeparatorPlace,
        detail,
        `Line ${block.firstLine + at} must be a +---+ border.`,
        block.firstLine + at,
        block.indent + 1,
      ),
    );
  }
  return { line: separator, rows, problems };
}

/** Cells that could not be traced: docutils says "parse incomplete" and names the table's first line. */
function scanProblems(scan: GridScan, table: TableLines, block: TextBlock): TableProblem[] {
  const stuck =
    scan.gap ??
    (scan.overlap === null ? null : { column: scan.overlap.left, coveredTo: scan.overlap.top - 1 });
  if (stuck === null) return [];
  const line = Math.min(stuck.coveredTo + 1, table.length - 1);
  const place = `line ${block.firstLine + line}, column ${sourceColumn(table, line, stuck.column, block)}`;
  const explanation = `The cell below ${place} is not a closed rectangle: check that its "+" corners line up and its borders use "-" and "|" only.`;
  return [
    malformed(
      TABLE_RULES.gridCellShape,
      'Malformed table; parse incomplete.',
      explanation,
      block.firstLine,
      block.indent + 1,
    ),
  ];
}

/** Rows of raw cells from the traced boxes: boundaries become row and column numbers. */
class GridRows implements TableRows {
  readonly colwidths: number[];
  readonly headRows: number;
  readonly rowCount: number;
  private readonly cells: GridCells;
  private readonly rowIndex: Int32Array;
  private readonly columnIndex: Int32Array;
  /** Index of each row's first cell, and the cell count at the end (cells come in reading order). */
  private readonly firstCells: Int32Array;

  constructor(
    scan: GridScan,
    private readonly table: TableLines,
    private readonly block: TextBlock,
    separator: number | null,
  ) {
    const columns = scan.columnBoundaries;
    this.colwidths = columns.slice(1).map((boundary, i) => boundary - columns[i]! - 1);
    this.rowIndex = indexOf(scan.rowBoundaries, table.length);
    this.columnIndex = indexOf(columns, table.displays[0]!.length);
    this.rowCount = scan.rowBoundaries.length - 1;
    this.headRows = separator === null ? 0 : Math.max(this.rowIndex[separator]!, 0);
    this.cells = scan.cells;
    this.firstCells = new Int32Array(this.rowCount + 1);
    // Count each row's cells, then sum up the counts into first indexes.
    for (let cell = 0; cell < this.cells.length; cell++) {
      this.firstCells[this.rowIndex[this.cells.top(cell)]! + 1]!++;
    }
    for (let row = 0; row < this.rowCount; row++) this.firstCells[row + 1]! += this.firstCells[row]!;
  }

  cellsOf(row: number): RawCell[] {
    const cells: RawCell[] = [];
    for (let cell = this.firstCells[row]!; cell < this.firstCells[row + 1]!; cell++) {
      cells.push(this.rawCell(cell, row));
    }
    return cells;
  }

  private rawCell(cell: number, row: number): RawCell {
    const { top, left, bottom, right } = this.cells.box(cell);
    const table = this.table;
    const text = cellBlock(table, top + 1, bottom, left + 1, right);
    const lineColumns = text.content.map((_, i) => sourceColumn(table, top + 1 + i, text.column, this.block));
    return {
      morerows: this.rowIndex[bottom]! - row - 1,
      morecols: this.columnIndex[right]! - this.columnIndex[left]! - 1,
      content: text.content,
      line: this.block.firstLine + top + 1,
      column: sourceColumn(table, top + 1, text.column, this.block),
      lineColumns,
    };
  }
}

/** For each position below `size`, its index among the ascending `boundaries` (-1 when not a boundary). */
function indexOf(boundaries: readonly number[], size: number): Int32Array {
  const index = new Int32Array(size).fill(-1);
  boundaries.forEach((boundary, i) => {
    index[boundary] = i;
  });
  return index;
}
