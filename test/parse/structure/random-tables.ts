/**
 * Test helper: random table models (cells with row and column spans and text in several scripts) rendered as
 * grid and simple table markup, with the structure docutils would read back.
 */
import { textWidth } from '../../../codegen/parse/char-width.js';

/** Draws an integer in [min, max]; the property test backs it with fast-check. */
export type Draw = (min: number, max: number) => number;

/** A cell of the model: its place in the grid of rows and columns and its text lines. */
export interface ModelCell {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly lines: string[];
}

/** What a parser should read back: colwidths and rows of cells with spans and content. */
export interface ExpectedTable {
  readonly colwidths: number[];
  readonly header: ExpectedCell[][];
  readonly body: ExpectedCell[][];
}

export interface ExpectedCell {
  readonly morerows: number;
  readonly morecols: number;
  readonly content: string[];
}

/** Narrow and wide letters, accented letters (precomposed and combining), characters outside the BMP. */
const PIECES = [
  'a',
  'b',
  'Z',
  '7',
  '.',
  '(',
  'é',
  'e\u0301',
  'o\u0308\u0323',
  '字',
  'ア',
  'ｶ',
  '\uff21',
  '\u{1f600}',
  '\u{1d400}',
];

/** A line of text at most `width` columns wide, without leading or trailing spaces. */
export function randomText(draw: Draw, width: number): string {
  let text = '';
  let used = 0;
  const target = draw(0, width);
  while (used < target) {
    const piece =
      draw(0, 3) === 0 && used > 0 && used + 2 <= target
        ? ' ' + PIECES[draw(0, PIECES.length - 1)]!
        : PIECES[draw(0, PIECES.length - 1)]!;
    const pieceWidth = textWidth(piece);
    if (used + pieceWidth > target) break;
    text += piece;
    used += pieceWidth;
  }
  return text;
}

// ---------------------------------------------------------------- grid tables

/** A grid table model: column content widths, row heights, and a tiling of the grid by cells. */
export interface GridModel {
  readonly widths: number[];
  readonly heights: number[];
  readonly cells: ModelCell[];
  /** Rows above the `+===+` separator (0: no header). */
  readonly headerRows: number;
}

/** A random tiling of a rows x columns grid into rectangles, with text fitting each rectangle. */
export function randomGridModel(draw: Draw): GridModel {
  const widths = Array.from({ length: draw(1, 5) }, () => draw(1, 8));
  const heights = Array.from({ length: draw(1, 5) }, () => draw(1, 3));
  const taken = heights.map(() => widths.map(() => false));
  const cells: ModelCell[] = [];
  heights.forEach((_, row) =>
    widths.forEach((__, column) => {
      if (taken[row]![column]) return;
      let columns = 1;
      while (column + columns < widths.length && !taken[row]![column + columns] && draw(0, 2) === 0)
        columns++;
      let rows = 1;
      while (
        row + rows < heights.length &&
        draw(0, 2) === 0 &&
        !taken[row + rows]!.slice(column, column + columns).some(Boolean)
      )
        rows++;
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) taken[r]![c] = true;
      const box = { row, column, rows, columns };
      const lines = Array.from({ length: draw(0, interiorHeight(heights, box)) }, () =>
        randomText(draw, interiorWidth(widths, box)),
      );
      cells.push({ ...box, lines });
    }),
  );
  const headerChoices = heights
    .map((_, r) => r)
    .filter((r) => r > 0 && cells.every((c) => c.row >= r || c.row + c.rows <= r));
  const headerRows =
    headerChoices.length > 0 && draw(0, 1) === 1 ? headerChoices[draw(0, headerChoices.length - 1)]! : 0;
  return { widths, heights, cells, headerRows };
}

interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Text columns inside a cell: its columns, the borders between them, less one space of padding each side. */
function interiorWidth(widths: readonly number[], box: Box): number {
  return sum(widths.slice(box.column, box.column + box.columns).map((w) => w + 3)) - 3;
}

/** Text lines inside a cell: its rows and the borders between them. */
function interiorHeight(heights: readonly number[], box: Box): number {
  return sum(heights.slice(box.row, box.row + box.rows).map((h) => h + 1)) - 1;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Border positions: x of each column boundary, y of each row boundary. */
function gridBoundaries(model: GridModel): { xs: number[]; ys: number[] } {
  const xs = [0];
  for (const w of model.widths) xs.push(xs[xs.length - 1]! + w + 3);
  const ys = [0];
  for (const h of model.heights) ys.push(ys[ys.length - 1]! + h + 1);
  return { xs, ys };
}

/** The model as grid table lines. */
export function renderGrid(model: GridModel): string[] {
  const { xs, ys } = gridBoundaries(model);
  const canvas = Array.from({ length: ys[ys.length - 1]! + 1 }, () =>
    Array<string>(xs[xs.length - 1]! + 1).fill(' '),
  );
  const put = (y: number, x: number, ch: string): void => {
    const row = canvas[y]!;
    if (row[x] !== '+') row[x] = ch;
  };
  for (const cell of model.cells) {
    const [left, right, top, bottom] = [
      xs[cell.column]!,
      xs[cell.column + cell.columns]!,
      ys[cell.row]!,
      ys[cell.row + cell.rows]!,
    ];
    for (let x = left + 1; x < right; x++)
      for (const y of [top, bottom])
        put(y, x, y === ys[model.headerRows] && model.headerRows > 0 ? '=' : '-');
    for (let y = top + 1; y < bottom; y++) for (const x of [left, right]) put(y, x, '|');
    for (const [y, x] of [
      [top, left],
      [top, right],
      [bottom, left],
      [bottom, right],
    ] as const)
      canvas[y]![x] = '+';
    cell.lines.forEach((text, i) => writeText(canvas[top + 1 + i]!, left + 2, text));
  }
  return canvas.map((row) => row.join('').replace(/ +$/u, ''));
}

/** Writes text into display-column slots: a wide character fills its first slot and empties the second. */
function writeText(slots: string[], at: number, text: string): void {
  let x = at;
  for (const ch of text) {
    const width = textWidth(ch);
    if (width === 0) {
      slots[x - 1] += ch;
      continue;
    }
    slots[x] = ch;
    if (width === 2) slots[x + 1] = '';
    x += width;
  }
}

/** What a grid parser reads back: boundaries no cell starts or ends at vanish, merging rows or columns. */
export function expectedGrid(model: GridModel): ExpectedTable {
  const { xs } = gridBoundaries(model);
  const usedColumns = [...new Set(model.cells.flatMap((c) => [c.column, c.column + c.columns]))].sort(
    (a, b) => a - b,
  );
  const usedRows = [...new Set(model.cells.flatMap((c) => [c.row, c.row + c.rows]))].sort((a, b) => a - b);
  const colwidths = usedColumns.slice(1).map((c, i) => xs[c]! - xs[usedColumns[i]!]! - 1);
  const rows: ExpectedCell[][] = usedRows.slice(1).map(() => []);
  const ordered = [...model.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const cell of ordered) {
    const height = interiorHeight(model.heights, cell);
    rows[usedRows.indexOf(cell.row)]!.push({
      morerows: usedRows.indexOf(cell.row + cell.rows) - usedRows.indexOf(cell.row) - 1,
      morecols: usedColumns.indexOf(cell.column + cell.columns) - usedColumns.indexOf(cell.column) - 1,
      content: [...cell.lines, ...Array<string>(height - cell.lines.length).fill('')],
    });
  }
  const headerRows = usedRows.indexOf(model.headerRows);
  return {
    colwidths,
    header: rows.slice(0, Math.max(headerRows, 0)),
    body: rows.slice(Math.max(headerRows, 0)),
  };
}

// ---------------------------------------------------------------- simple tables

/** A simple table model: column widths and rows of cells that may span columns but not rows. */
export interface SimpleModel {
  readonly widths: number[];
  readonly rows: ModelCell[][];
  readonly headerRows: number;
  /** Rows followed by a span underline (required where a row spans columns). */
  readonly underlined: boolean[];
}

/** Random simple table: the first cell of each row has one non-empty line; other cells may have several. */
export function randomSimpleModel(draw: Draw): SimpleModel {
  const widths = Array.from({ length: draw(2, 5) }, () => draw(1, 8));
  const headerRows = draw(0, 2);
  const rowCount = headerRows + draw(1, 4);
  const rows: ModelCell[][] = [];
  const underlined: boolean[] = [];
  for (let row = 0; row < rowCount; row++) {
    // Header rows and the last row end at a full border, so their cells cannot span columns.
    const spans =
      row < headerRows || row === rowCount - 1 ? widths.map(() => 1) : randomSegments(draw, widths.length);
    const height = row < headerRows ? 1 : draw(1, 3);
    let column = 0;
    rows.push(
      spans.map((columns, i) => {
        const width = segmentWidth(widths, column, columns) + (i === spans.length - 1 ? draw(0, 6) : 0);
        const lines =
          i === 0
            ? [nonEmptyText(draw, width)]
            : Array.from({ length: draw(0, height) }, () => randomText(draw, width));
        const cell = { row, column, rows: 1, columns, lines };
        column += columns;
        return cell;
      }),
    );
    underlined.push(
      row >= headerRows && row < rowCount - 1 && (spans.length < widths.length || draw(0, 3) === 0),
    );
  }
  return { widths, rows, headerRows, underlined };
}

function randomSegments(draw: Draw, columns: number): number[] {
  const spans: number[] = [];
  for (let left = columns; left > 0;) {
    const span = draw(0, 2) === 0 ? draw(1, left) : 1;
    spans.push(span);
    left -= span;
  }
  return spans;
}

/** Columns from a column's start to the end of the last spanned column, gaps of two spaces included. */
function segmentWidth(widths: readonly number[], column: number, columns: number): number {
  return sum(widths.slice(column, column + columns)) + 2 * (columns - 1);
}

function nonEmptyText(draw: Draw, width: number): string {
  for (;;) {
    const text = randomText(draw, width);
    if (text !== '') return text;
  }
}

function columnStarts(widths: readonly number[]): number[] {
  const starts = [0];
  for (const w of widths) starts.push(starts[starts.length - 1]! + w + 2);
  return starts;
}

/** The model as simple table lines. */
export function renderSimple(model: SimpleModel): string[] {
  const starts = columnStarts(model.widths);
  const border = model.widths.map((w) => '='.repeat(w)).join('  ');
  const lines = [border];
  model.rows.forEach((cells, row) => {
    const height = Math.max(...cells.map((c) => c.lines.length));
    for (let i = 0; i < height; i++) {
      const slots = Array<string>(starts[starts.length - 1]! + 16).fill(' ');
      for (const cell of cells) writeText(slots, starts[cell.column]!, cell.lines[i] ?? '');
      lines.push(slots.join('').replace(/ +$/u, ''));
    }
    if (row === model.headerRows - 1) lines.push(border);
    if (model.underlined[row])
      lines.push(cells.map((c) => '-'.repeat(segmentWidth(model.widths, c.column, c.columns))).join('  '));
  });
  lines.push(border);
  return lines;
}

/** What a simple parser reads back: the last column widens to the longest text running past it. */
export function expectedSimple(model: SimpleModel): ExpectedTable {
  const starts = columnStarts(model.widths);
  const lastStart = starts[model.widths.length - 1]!;
  let lastEnd = lastStart + model.widths[model.widths.length - 1]!;
  for (const cells of model.rows) {
    const last = cells[cells.length - 1]!;
    for (const line of last.lines) lastEnd = Math.max(lastEnd, starts[last.column]! + textWidth(line));
  }
  const colwidths = [...model.widths.slice(0, -1), lastEnd - lastStart];
  const rows = model.rows.map((cells) => {
    const height = Math.max(...cells.map((c) => c.lines.length));
    return cells.map((c) => ({
      morerows: 0,
      morecols: c.columns - 1,
      content: [...c.lines, ...Array<string>(height - c.lines.length).fill('')],
    }));
  });
  return { colwidths, header: rows.slice(0, model.headerRows), body: rows.slice(model.headerRows) };
}
