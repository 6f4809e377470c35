/**
 * The RST reader's output: what docutils would build for each table, plus source places.
 * Lines and columns are 1-based; columns count characters (code points) from the start of the line.
 */

/** Where something starts in the source document. */
export interface SourcePlace {
  readonly line: number;
  readonly column: number;
}

/** One table entry, as docutils' `entry` node: covered cells of a span have no entry. */
export interface Cell extends SourcePlace {
  /** docutils' `entry.astext()`: inline markup reduced to text, blocks joined by a blank line. */
  readonly text: string;
  /** Extra rows this cell spans (docutils `morerows`). */
  readonly morerows: number;
  /** Extra columns this cell spans (docutils `morecols`). */
  readonly morecols: number;
  /** Tag names of the cell's block children, e.g. `["paragraph", "bullet_list"]`. */
  readonly blocks: readonly string[];
}

/** The markup a table was written in. */
export type TableSyntax = 'grid' | 'simple' | 'list-table' | 'csv-table';

/** One table found in a document, in document order (nested tables follow their parent). */
export interface Table extends SourcePlace {
  /** The `.. table::` (or list/csv-table) argument as plain text, or null. */
  readonly title: string | null;
  /**
   * The true 1-based source line of the table's first line (its top border, or the directive of a list-table or
   * csv-table). `line` is the line docutils records, which is one too low for tables nested in table cells.
   */
  readonly sourceLine?: number;
  readonly syntax: TableSyntax;
  /** Enclosing block node types between the section and the table, e.g. `["bullet_list", "list_item"]`. */
  readonly context: readonly string[];
  readonly cols: number;
  readonly colwidths: readonly number[];
  readonly header: readonly (readonly Cell[])[];
  readonly body: readonly (readonly Cell[])[];
}

/** A problem found in a document: `file:line:column: severity: message [rule]`. */
export interface Diagnostic extends SourcePlace {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Stable kebab-case rule id, e.g. `grid-right-border`. */
  readonly rule: string;
}

/** Everything the reader found in one document. */
export interface ParsedDocument {
  readonly tables: readonly Table[];
  readonly diagnostics: readonly Diagnostic[];
}
