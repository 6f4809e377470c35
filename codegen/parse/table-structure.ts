/**
 * Shared types of the table-structure parsers (grid, simple): what they take and what they give back.
 * Lines and columns are 1-based; columns count characters (code points) from the start of the source line.
 */

/** A block of source lines handed to a table parser: the table's lines with the common indentation removed. */
export interface TextBlock {
  readonly lines: readonly string[];
  /** 1-based source line of lines[0]. */
  readonly firstLine: number;
  /** Columns removed from the left of every line (added back to reported columns). */
  readonly indent: number;
}

/** One cell as the table parser sees it, before its content is parsed as RST. */
export interface RawCell {
  /** Extra rows this cell spans (docutils `morerows`). */
  readonly morerows: number;
  /** Extra columns this cell spans (docutils `morecols`). */
  readonly morecols: number;
  /** The cell's content lines, with the cell's left margin removed and trailing whitespace stripped (docutils' cellblock). */
  readonly content: readonly string[];
  /** 1-based source line of content[0]. */
  readonly line: number;
  /** 1-based source column of content[0]'s first character position (the cell's left margin). */
  readonly column: number;
  /**
   * 1-based source column where each content line starts (content[i] is on source line `line + i`). Differs from
   * `column` only where wide characters or stripped white space earlier on a line shift code-point columns.
   */
  readonly lineColumns: readonly number[];
}

/** The table as rows of raw cells; covered positions of a span have no cell, as in docutils' doctree. */
export interface TableStructure {
  /**
   * Column widths as docutils computes them. Grid: the gaps between neighbouring column boundaries (every `+` on a
   * cell's edge counts, not just the top border's). Simple: the top border's `=` runs, the last one widened to the
   * longest text running past it.
   */
  readonly colwidths: number[];
  readonly header: RawCell[][];
  readonly body: RawCell[][];
}

/**
 * A table's rows of raw cells, each row cut from the table's lines only when asked for: the document reader builds
 * a table row by row, so that a large table never holds all its raw cells at once.
 */
export interface TableRows {
  /** Column widths, as in `TableStructure`. */
  readonly colwidths: number[];
  /** How many rows (the first ones) form the header. */
  readonly headRows: number;
  readonly rowCount: number;
  /** The cells of row `row` (0-based, header rows included). */
  cellsOf(row: number): RawCell[];
}

/** All rows of `rows` at once. */
export function tableStructure(rows: TableRows): TableStructure {
  const all: RawCell[][] = [];
  for (let row = 0; row < rows.rowCount; row++) all.push(rows.cellsOf(row));
  return { colwidths: rows.colwidths, header: all.slice(0, rows.headRows), body: all.slice(rows.headRows) };
}

/** The rows of a table read all at once. */
export function tableRows(table: TableStructure): TableRows {
  return {
    colwidths: table.colwidths,
    headRows: table.header.length,
    rowCount: table.header.length + table.body.length,
    cellsOf: (row) =>
      (row < table.header.length ? table.header[row] : table.body[row - table.header.length])!,
  };
}

/** A problem in a table's markup, with the place a doc writer should look at. */
export interface TableProblem {
  /**
   * Starts with docutils' exact message (paragraphs joined by a line break, e.g. "Malformed table.\nText in
   * column margin in table line 4."), then says in plain words what is wrong where. For grid border errors and
   * simple border mismatches it uses newer docutils' wording and line (the faulty line, not the table's first).
   */
  readonly message: string;
  /** Stable kebab-case id of the kind of problem, e.g. `grid-right-border`. */
  readonly rule: string;
  /** The line a doc writer should look at (for border errors, the faulty line, as newer docutils names it). */
  readonly line: number;
  readonly column: number;
  /**
   * The line docutils 0.19 reports the problem at. It differs from `line` where 0.19 names the table's first line
   * instead of the faulty one (misaligned right border, missing bottom border, mismatching simple-table border).
   */
  readonly docutilsLine: number;
}

/** A parsed table with any non-fatal warnings, or the problems that made docutils reject it. */
export type TableParseResult =
  | { readonly ok: true; readonly table: TableStructure; readonly warnings: TableProblem[] }
  | { readonly ok: false; readonly problems: TableProblem[] };

/** Like `TableParseResult`, with the rows cut when asked for. */
export type TableReadResult =
  | { readonly ok: true; readonly rows: TableRows; readonly warnings: TableProblem[] }
  | { readonly ok: false; readonly problems: TableProblem[] };

/**
 * Where a table starting at `lines[start]` ends, by docutils' rules for isolating a table from the text around it.
 * The table parser gets `lines.slice(start, start + blockLength)`; the document reader continues at `start + consumed`.
 */
export interface TableExtent {
  /** Lines of the table block from `start`; 0 when no table could be isolated (then `errors` says why). */
  readonly blockLength: number;
  /**
   * Lines docutils is done with: parsing continues at `lines[start + consumed]`.
   * Usually equal to `blockLength`; differs where docutils backs up (or skips a malformed block).
   */
  readonly consumed: number;
  /**
   * False when docutils warns "Blank line required after table." (the table is not followed by a blank line
   * or the end of the lines); the warning is in `warnings`, at the source line of `lines[start + consumed]`.
   */
  readonly blankFinish: boolean;
  /**
   * The 1-based source line docutils 0.19 records as the table's `line` (normally the top border's line;
   * docutils backs up too far when it has to search for the bottom border, and then names an earlier line).
   */
  readonly docutilsLine: number;
  /** Errors found while isolating the table ("Malformed table.", "Unexpected indentation."). */
  readonly errors: TableProblem[];
  /** Warnings found while isolating the table ("Blank line required after table."). */
  readonly warnings: TableProblem[];
}
