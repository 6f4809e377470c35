/**
 * What the table directives share: common options, the title, docutils' checks of widths and dimensions.
 */
import { choice, classOption, lengthOrPercentageOrUnitless, unchanged } from '../directive-options.js';
import { DirectiveProblem, type DirectiveCall } from '../directive-spec.js';
import type { DocNode } from '../doctree.js';
import { ERROR } from '../report.js';
import { inlineNode } from './common.js';

/** Options every table directive accepts. */
export const TABLE_OPTIONS = {
  class: classOption,
  name: unchanged,
  align: choice(['left', 'center', 'right']),
  width: lengthOrPercentageOrUnitless,
};

/** The table's title from the directive argument, and the messages of its inline markup. */
export function tableTitle(call: DirectiveCall): { title: DocNode | null; messages: readonly DocNode[] } {
  if (call.arguments.length === 0) return { title: null, messages: [] };
  const parsed = inlineNode(call, 'title', call.arguments[0]!);
  return { title: parsed.node, messages: parsed.messages };
}

/** docutils' check of `:widths:` against the number of columns; the widths to use. */
export function columnWidths(call: DirectiveCall, columns: number): number[] {
  const widths = call.options.get('widths');
  if (Array.isArray(widths)) {
    if (widths.length !== columns) {
      throw new DirectiveProblem(
        ERROR,
        `"${call.name}" widths do not match the number of columns in table (${columns}).`,
        'table-widths-mismatch',
      );
    }
    return [...(widths as readonly number[])];
  }
  if (columns > 0) return new Array<number>(columns).fill(Math.floor(100 / columns));
  throw new DirectiveProblem(ERROR, 'No table data detected in CSV file.', 'csv-table-empty');
}

/** docutils' check that header rows and stub columns leave data for the table body. */
export function checkTableDimensions(call: DirectiveCall, rowLengths: readonly number[]): void {
  const headerRows = Number(call.options.get('header-rows') ?? 0);
  const stubColumns = Number(call.options.get('stub-columns') ?? 0);
  const fail = (message: string, rule: string): never => {
    throw new DirectiveProblem(ERROR, message, rule);
  };
  if (rowLengths.length < headerRows) {
    fail(
      `${headerRows} header row(s) specified but only ${rowLengths.length} row(s) of data supplied ("${call.name}" directive).`,
      'table-header-rows',
    );
  }
  if (rowLengths.length === headerRows && headerRows > 0) {
    fail(
      `Insufficient data supplied (${rowLengths.length} row(s)); no data remaining for table body, required by "${call.name}" directive.`,
      'table-no-body',
    );
  }
  for (const length of rowLengths) {
    if (length < stubColumns) {
      fail(
        `${stubColumns} stub column(s) specified but only ${length} columns(s) of data supplied ("${call.name}" directive).`,
        'table-stub-columns',
      );
    }
    if (length === stubColumns && stubColumns > 0) {
      fail(
        `Insufficient data supplied (${length} columns(s)); no data remaining for table body, required by "${call.name}" directive.`,
        'table-no-body',
      );
    }
  }
}

/** Puts the title first in the table node and returns the directive's result. */
export function titled(table: DocNode, title: DocNode | null, messages: readonly DocNode[]): DocNode[] {
  if (title !== null) {
    table.prepend(title);
    if (table.table !== null) table.table.title = title.text;
  }
  return [table, ...messages];
}
