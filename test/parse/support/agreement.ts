/**
 * Agreement between the reader and docutils' oracle: the same tables (syntax, columns, widths, title, line, rows
 * of cells with spans and texts compared with white space folded) and errors at the same lines.
 */
import type { ParsedDocument, Table } from '../../../codegen/parse/types.js';

/** A cell as the oracle records it. */
export interface OracleCell {
  readonly text: string;
  readonly morerows: number;
  readonly morecols: number;
  readonly blocks?: readonly string[];
}

/** A table as the oracle records it. */
export interface OracleTable {
  readonly title: string | null;
  readonly line: number | null;
  readonly syntax: string | null;
  readonly context?: readonly string[];
  readonly cols: number;
  readonly colwidths: readonly (number | null)[];
  readonly header: readonly (readonly OracleCell[])[];
  readonly body: readonly (readonly OracleCell[])[];
}

/** An error or warning as the oracle records it. */
export interface OracleMessage {
  readonly level: number;
  readonly line: number | null;
  readonly message: string;
}

/** What docutils found in one document. */
export interface OracleDocument {
  readonly tables: readonly OracleTable[];
  readonly errors: readonly OracleMessage[];
}

/** Folds every run of white space into one space. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** What agreement covers of a document: its tables' summaries and the lines of its errors. */
export interface AgreementSummary {
  readonly tables: readonly unknown[];
  readonly errorLines: readonly number[];
}

/** A comparable summary of a table (what agreement covers; `detailed` adds context and cell block names). */
function tableSummary(table: OracleTable | Table, detailed: boolean): unknown {
  const cellSummary = (cell: OracleCell) =>
    detailed
      ? [cell.morerows, cell.morecols, fold(cell.text), cell.blocks]
      : [cell.morerows, cell.morecols, fold(cell.text)];
  const rows = (rows: readonly (readonly OracleCell[])[]) => rows.map((row) => row.map(cellSummary));
  return {
    ...(detailed ? { context: table.context } : {}),
    syntax: table.syntax,
    title: table.title,
    line: table.line,
    cols: table.cols,
    colwidths: table.colwidths,
    header: rows(table.header),
    body: rows(table.body),
  };
}

/** The lines of errors (level 3 and up), sorted and without repeats. */
function errorLines(lines: readonly (number | null)[]): number[] {
  return [...new Set(lines.map((line) => line ?? 0))].sort((a, b) => a - b);
}

/** Both sides of the comparison, ready for a deep-equality assertion with a readable diff. */
export function agreementView(
  actual: ParsedDocument,
  expected: OracleDocument,
  detailed = false,
): { actual: AgreementSummary; expected: AgreementSummary } {
  return {
    actual: {
      tables: actual.tables.map((table) => tableSummary(table, detailed)),
      errorLines: errorLines(actual.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)),
    },
    expected: {
      tables: expected.tables.map((table) => tableSummary(table, detailed)),
      errorLines: errorLines(expected.errors.filter((e) => e.level >= 3).map((e) => e.line)),
    },
  };
}

/** Whether the reader agrees with docutils on a document. */
export function agrees(actual: ParsedDocument, expected: OracleDocument): boolean {
  const view = agreementView(actual, expected);
  return JSON.stringify(view.actual) === JSON.stringify(view.expected);
}
