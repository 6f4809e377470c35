/**
 * The data of a `csv-table` directive, read like Python's csv module (3.11, strict mode) with docutils'
 * dialects: every line is fed with a line break after it, quoted cells may span lines, and each problem the
 * csv module raises is reported with its place.
 */
import { CSV_FIELD_LIMIT, CsvError, CsvReader } from './table-csv-reader.js';
import type { TableProblem, TextBlock } from './table-structure.js';

export { CSV_FIELD_LIMIT };

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
export type CsvParseResult =
  { readonly ok: true; readonly rows: CsvRow[] } | { readonly ok: false; readonly problems: TableProblem[] };

/** A csv module dialect, reduced to what docutils' dialects set. */
export interface CsvDialect {
  readonly delimiter: string;
  readonly quotechar: string;
  readonly escapechar: string | null;
  readonly doublequote: boolean;
  readonly skipinitialspace: boolean;
}

/** docutils' dialect for csv-table data (`DocutilsDialect`), adjusted by the directive's options. */
export function csvTableDialect(options: CsvDialectOptions = {}): CsvDialect {
  return {
    delimiter: options.delim ?? ',',
    quotechar: options.quote ?? '"',
    escapechar: options.escape ?? null,
    doublequote: options.escape === undefined,
    skipinitialspace: options.keepspace !== true,
  };
}

/** docutils' dialect for the `:header:` option's data (`HeaderDialect`): backslash escapes, no quote doubling. */
export const CSV_HEADER_DIALECT: CsvDialect = {
  delimiter: ',',
  quotechar: '"',
  escapechar: '\\',
  doublequote: false,
  skipinitialspace: true,
};

/** Reads csv-table data lines into rows of cells as Python's csv.reader with docutils' dialect does. */
export function parseCsvData(block: TextBlock, options: CsvDialectOptions = {}): CsvParseResult {
  return readCsv(block, csvTableDialect(options));
}

/** Reads the `:header:` option's text (its lines as a block) with docutils' header dialect. */
export function parseCsvHeader(block: TextBlock): CsvParseResult {
  return readCsv(block, CSV_HEADER_DIALECT);
}

/** Reads CSV lines with any dialect; every line counts as ending with a line break, as docutils feeds them. */
export function readCsv(block: TextBlock, dialect: CsvDialect): CsvParseResult {
  const reader = new CsvReader(block, dialect);
  try {
    return { ok: true, rows: reader.readAll() };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}
