/**
 * The table directives: `table` (a title and options for the grid or simple table inside), `list-table` and
 * `csv-table`, with docutils' checks and errors.
 */
import { positiveIntList, valueOr } from '../directive-options.js';
import { directive, type DirectiveSpec } from '../directive-spec.js';
import { node } from '../doctree.js';
import { addName, parseContent } from './common.js';
import { csvTable } from './csv-table.js';
import { listTable } from './list-table.js';
import { columnWidths, TABLE_OPTIONS, tableTitle, titled } from './tabular.js';

/** `.. table:: title`: exactly one grid or simple table as content; `:widths:` may replace its column widths. */
const table = directive(
  {
    optional: 1,
    whitespace: true,
    options: { ...TABLE_OPTIONS, widths: valueOr(['auto', 'grid'], positiveIntList) },
    content: true,
  },
  (call) => {
    if (call.content.length === 0) {
      return [
        call.m.reporter.warning(
          `Content block expected for the "${call.name}" directive; none found.\nIndent the table under the directive, after a blank line.`,
          'directive-content-missing',
          call.place,
        ),
      ];
    }
    const { title, messages } = tableTitle(call);
    const holder = parseContent(call, node('container'));
    const only = holder.children[0];
    if (holder.children.length !== 1 || only === undefined || only.tag !== 'table' || only.table === null) {
      return [
        call.m.reporter.error(
          `Error parsing content block for the "${call.name}" directive: exactly one table expected.\nThe directive's content must be a single grid or simple table (a blank line after it, nothing else indented under the directive).`,
          'table-directive-content',
          call.place,
        ),
      ];
    }
    if (Array.isArray(call.options.get('widths')))
      only.table.colwidths = columnWidths(call, only.table.colwidths.length);
    addName(call, only);
    return titled(only, title, messages);
  },
);

/** The table directives by name. */
export const TABLE_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  table,
  'list-table': listTable,
  'csv-table': csvTable,
};
