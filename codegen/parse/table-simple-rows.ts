/**
 * Reading the rows of an isolated simple table, as docutils does: columns come from the top border; a line with
 * text in the first column starts a new row, other lines continue it; a span underline (`-----  ---`) or border
 * ends a row and says which columns its cells span; text may run past the last column's end.
 */
import { PAD, TableLines, cellBlock } from './table-columns.js';
import { TABLE_RULES, malformed, quoteChar } from './table-problems.js';
import type { RawCell, TableParseResult, TableProblem, TextBlock } from './table-structure.js';
import { isBlankRange, trimmedEnd, trimmedStart } from './table-text.js';
import { isSimpleTableBorder, isSpanUnderline } from './table-line-patterns.js';

/** Display columns [start, end) of a table column or of a span underline segment. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** A parsed row: the block line it starts on and its cells. */
interface Row {
  readonly start: number;
  readonly cells: RawCell[];
}

/** Reads one simple table block; use once. */
export class SimpleTableReader {
  private readonly lines: TableLines;
  /** Display strings with the borders and the header rule turned into span underlines. */
  private readonly rows: string[];
  private columns: Span[] = [];
  private borderEnd = 0;
  private headSeparator: number | null = null;
  private readonly table: Row[] = [];
  private readonly problems: TableProblem[] = [];

  constructor(private readonly block: TextBlock) {
    if (!isSimpleTableBorder(block.lines[0] ?? ''))
      throw new RangeError('parseSimpleTable: the block does not start with a border');
    this.lines = new TableLines(block.lines, false);
    this.rows = [...this.lines.displays];
    const last = this.rows.length - 1;
    this.rows[0] = this.rows[0]!.replaceAll('=', '-');
    this.rows[last] = this.rows[last]!.replaceAll('=', '-');
  }

  read(): TableParseResult {
    this.findHeadSeparator();
    this.columns = underlineSegments(this.rows[0]!);
    this.borderEnd = this.columns[this.columns.length - 1]!.end;
    this.readRows();
    if (this.problems.length > 0) return { ok: false, problems: this.problems };
    const colwidths = this.columns.map((column) => column.end - column.start);
    const headRows = this.headRowCount();
    const rows = this.table.map((row) => row.cells);
    return {
      ok: true,
      table: { colwidths, header: rows.slice(0, headRows), body: rows.slice(headRows) },
      warnings: [],
    };
  }

  private findHeadSeparator(): void {
    this.rows.forEach((row, index) => {
      if (!isSimpleTableBorder(row)) return;
      this.rows[index] = row.replaceAll('=', '-');
      if (this.headSeparator === null) {
        this.headSeparator = index;
        return;
      }
      const detail = `Multiple head/body row separators (table lines ${this.headSeparator + 1} and ${index + 1}); only one allowed.`;
      const explanation = `Line ${this.sourceLine(index)} repeats the header rule of line ${this.sourceLine(this.headSeparator)}; use "-" span underlines between body rows, "=" only under the header.`;
      this.problems.push(
        malformed(
          TABLE_RULES.simpleHeadSeparators,
          detail,
          explanation,
          this.sourceLine(index),
          this.block.indent + 1,
        ),
      );
    });
  }

  /** docutils' first body row: the first row starting below the header rule (none: no header at all). */
  private headRowCount(): number {
    const separator = this.headSeparator;
    if (separator === null) return 0;
    const firstBody = this.table.findIndex((row) => row.start > separator);
    return firstBody < 0 ? 0 : firstBody;
  }

  private readRows(): void {
    const first = this.columns[0]!;
    let start = 1;
    let textFound = false;
    for (let offset = 1; offset < this.rows.length; offset++) {
      const row = this.rows[offset]!;
      if (isSpanUnderline(row)) {
        this.readRow(start, offset, offset);
        start = offset + 1;
        textFound = false;
      } else if (!isBlankRange(row, first.start, first.end)) {
        if (textFound && offset !== start) this.readRow(start, offset, null);
        start = offset;
        textFound = true;
      } else if (!textFound) {
        // Lines before a row's first text line belong to no row; docutils drops them.
        start = offset + 1;
      }
    }
  }

  /** Reads the row on block lines [start, end), ended by the span underline at `underline` (if any). */
  private readRow(start: number, end: number, underline: number | null): void {
    if (start === end && underline === null) return;
    const columns = underline === null ? [...this.columns] : this.spanColumns(underline);
    if (columns === null) return;
    const fits = this.checkMargins(start, end, columns);
    const cells = this.rowCells(start, end, columns);
    if (fits && cells !== null) this.table.push({ start, cells });
  }

  /** The columns a span underline gives its row; its last segment must end where the top border does. */
  private spanColumns(underline: number): Span[] | null {
    const segments = underlineSegments(this.rows[underline]!.slice(0, trimmedEnd(this.rows[underline]!)));
    const last = segments[segments.length - 1]!;
    if (last.end !== this.borderEnd) {
      const detail = `Column span incomplete in table line ${underline + 1}.`;
      const explanation = `The underline on line ${this.sourceLine(underline)} ends at column ${this.sourceColumn(underline, last.end - 1)}; it must reach the end of the top border's last column (column ${this.sourceColumn(0, this.borderEnd - 1)}).`;
      this.problems.push(
        malformed(
          TABLE_RULES.simpleSpanIncomplete,
          detail,
          explanation,
          this.sourceLine(underline),
          this.sourceColumn(underline, last.end),
        ),
      );
      return null;
    }
    segments[segments.length - 1] = { start: last.start, end: this.columns[this.columns.length - 1]!.end };
    return segments;
  }

  /**
   * Margins between columns must be blank; text past the last column widens it (and the table's last column).
   * Reports every line with text in a margin, column by column as docutils checks them.
   */
  private checkMargins(start: number, end: number, columns: Span[]): boolean {
    let fits = true;
    const lastColumn = columns.length - 1;
    columns.forEach((column, i) => {
      const nextStart = i < lastColumn ? columns[i + 1]!.start : Number.MAX_SAFE_INTEGER;
      for (let offset = start; offset < end; offset++) {
        const row = this.rows[offset]!;
        if (i === lastColumn && !isBlankRange(row, column.end)) {
          this.widenLastColumn(columns, i, trimmedEnd(row));
        } else if (!isBlankRange(row, column.end, nextStart)) {
          this.problems.push(this.marginProblem(offset, trimmedStart(row, column.end), i));
          fits = false;
        }
      }
    });
    return fits;
  }

  private widenLastColumn(columns: Span[], index: number, textEnd: number): void {
    const main = this.columns[this.columns.length - 1]!;
    columns[index] = { start: columns[index]!.start, end: Math.max(main.end, textEnd) };
    if (textEnd > main.end) this.columns[this.columns.length - 1] = { start: main.start, end: textEnd };
  }

  private marginProblem(offset: number, at: number, column: number): TableProblem {
    const detail = `Text in column margin in table line ${offset + 1}.`;
    // A wide character whose second half lies in the gap is reported where it starts.
    const start = this.rows[offset]![at] === PAD ? at - 1 : at;
    const ch = this.lines.slice(offset, start, start + 1);
    const what = start === at ? quoteChar(ch) : `${quoteChar(ch)} (two columns wide)`;
    const place = this.sourceColumn(offset, start);
    const explanation = `Line ${this.sourceLine(offset)} has ${what} at column ${place}, reaching into the gap after table column ${column + 1}, which must stay blank: widen the column in the borders or move the text.`;
    return malformed(TABLE_RULES.simpleColumnMargin, detail, explanation, this.sourceLine(offset), place);
  }

  /** The row's cells: each span segment must start on a column start and end on a column end. */
  private rowCells(start: number, end: number, columns: readonly Span[]): RawCell[] | null {
    const cells: RawCell[] = [];
    let index = 0;
    for (const span of columns) {
      const first = index;
      if (this.columns[index]?.start !== span.start) return this.misaligned(start, span);
      while (this.columns[index]!.end !== span.end) {
        index++;
        if (index >= this.columns.length) return this.misaligned(start, span);
      }
      index++;
      cells.push(this.cell(start, end, span, index - first - 1));
    }
    return cells;
  }

  private misaligned(start: number, span: Span): null {
    // docutils names the line after the row's first line: the underline itself for one-line rows.
    const detail = `Column span alignment problem in table line ${start + 2}.`;
    const starts = this.columns.map((column) => this.sourceColumn(0, column.start)).join(', ');
    const explanation = `A span underline segment starting at column ${this.sourceColumn(start + 1, span.start)} does not line up with the top border's columns (they start at columns ${starts}); each segment must start and end where columns do.`;
    this.problems.push(
      malformed(
        TABLE_RULES.simpleSpanAlignment,
        detail,
        explanation,
        this.sourceLine(start + 1),
        this.sourceColumn(start + 1, span.start),
      ),
    );
    return null;
  }

  private cell(start: number, end: number, span: Span, morecols: number): RawCell {
    const text = cellBlock(this.lines, start, end, span.start, span.end);
    const lineColumns = text.content.map((_, i) => this.sourceColumn(start + i, text.column));
    return {
      morerows: 0,
      morecols,
      content: text.content,
      line: this.sourceLine(start),
      column: this.sourceColumn(start, text.column),
      lineColumns,
    };
  }

  private sourceLine(offset: number): number {
    return this.block.firstLine + offset;
  }

  /** 1-based source column of a display column on block line `offset`. */
  private sourceColumn(offset: number, column: number): number {
    return this.block.indent + this.lines.codePoints(Math.min(offset, this.lines.length - 1), column) + 1;
  }
}

/** The `-` runs of an underline, each up to the next space (docutils' parse_columns). */
function underlineSegments(underline: string): Span[] {
  const segments: Span[] = [];
  let end = 0;
  for (;;) {
    const start = underline.indexOf('-', end);
    if (start < 0) return segments;
    end = underline.indexOf(' ', start);
    if (end < 0) end = underline.length;
    segments.push({ start, end });
  }
}
