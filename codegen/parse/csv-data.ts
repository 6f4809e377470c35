/**
 * The data of a `csv-table` directive, read like Python's csv module with docutils' dialect.
 */
import type { TableProblem, TextBlock } from './table-structure.js';

/** docutils' csv-table dialect options (after the directive's option conversion). */
export interface CsvDialectOptions {
  /** `:delim:` — one character (docutils turns `tab`/`space` into the character). Default `,`. */
  readonly delim?: string;
  /** `:quote:` — one character. Default `"`. */
  readonly quote?: string;
  /** `:keepspace:` — keep spaces after a delimiter (Python's skipinitialspace off). */
  readonly keepspace?: boolean;
  /** `:escape:` — one character; turns off quote doubling, as in docutils. */
  readonly escape?: string;
}

/** One cell of CSV data: its text (quotes and escapes resolved), and where it starts. */
export interface CsvCell {
  readonly text: string;
  /** 1-based source line and column of the cell's first character (of its opening quote, if quoted). */
  readonly line: number;
  readonly column: number;
}

/** One CSV record; may span several source lines when a quoted cell contains line breaks. */
export interface CsvRow {
  readonly cells: CsvCell[];
  /** 1-based source line where the record starts. */
  readonly line: number;
}

/** The rows, or the error Python's csv module raises (docutils reports it as "Error with CSV data ..."). */
export type CsvParseResult = { readonly ok: true; readonly rows: CsvRow[] } | { readonly ok: false; readonly problems: TableProblem[] };

/** Reads csv-table data lines into rows of cells as Python's csv.reader with docutils' dialect does. */
export function parseCsvData(block: TextBlock, options: CsvDialectOptions = {}): CsvParseResult {
  void options;
  return { ok: false, problems: [{ message: 'not implemented yet', rule: 'not-implemented', line: block.firstLine, column: 1 + block.indent }] };
}
