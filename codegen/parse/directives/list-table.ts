/**
 * `list-table`: a two-level bullet list, each first-level item a row and each second-level item a cell.
 */
import { nonnegativeInt, positiveIntList, valueOr } from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveCall } from '../directive-spec.js';
import { node, settleEntry, walk, type DocNode } from '../doctree.js';
import { ERROR } from '../report.js';
import { addName, directiveNode, parseContent } from './common.js';
import { checkTableDimensions, columnWidths, TABLE_OPTIONS, tableTitle, titled } from './tabular.js';

/** The rows (second-level list items) of the content's two-level bullet list, after docutils' shape checks. */
function listRows(call: DirectiveCall, holder: DocNode): (readonly DocNode[])[] {
  const fail = (detail: string): never => {
    throw new DirectiveProblem(
      ERROR,
      `Error parsing content block for the "${call.name}" directive: ${detail}`,
      'list-table-shape',
    );
  };
  const list = holder.children[0];
  if (holder.children.length !== 1 || list === undefined || list.tag !== 'bullet_list')
    fail('exactly one bullet list expected.');
  const rows: (readonly DocNode[])[] = [];
  list!.children.forEach((item, index) => {
    const inner = item.children[0];
    if (item.children.length !== 1 || inner === undefined || inner.tag !== 'bullet_list') {
      fail(
        `two-level bullet list expected, but row ${index + 1} does not contain a second-level bullet list.`,
      );
    }
    const columns = rows[0]?.length ?? inner!.children.length;
    if (index > 0 && inner!.children.length !== columns) {
      fail(
        `uniform two-level bullet list expected, but row ${index + 1} does not contain the same number of items as row 1 (${inner!.children.length} vs ${columns}).`,
      );
    }
    rows.push(inner!.children);
  });
  return rows;
}

/** A row node whose entries hold the list items' content. */
function rowNode(items: readonly DocNode[]): DocNode {
  const row = node('row');
  for (const item of items) {
    const entry = node('entry')
      .at(item.line, item.column)
      .append(...item.children);
    settleEntry(
      entry,
      [...walk(entry)].some((inner) => inner.tag === 'table'),
    );
    row.append(entry);
  }
  return row;
}

/** The `list-table` directive. */
export const listTable = directive(
  {
    optional: 1,
    whitespace: true,
    options: {
      ...TABLE_OPTIONS,
      'header-rows': nonnegativeInt,
      'stub-columns': nonnegativeInt,
      widths: valueOr(['auto'], positiveIntList),
    },
    content: true,
  },
  (call) => {
    if (call.content.length === 0) {
      return [
        call.m.reporter.error(
          `The "${call.name}" directive is empty; content required.`,
          'directive-content-missing',
          call.place,
        ),
      ];
    }
    const { title, messages } = tableTitle(call);
    const rows = listRows(call, parseContent(call, node('container')));
    const widths = columnWidths(call, rows[0]?.length ?? 0);
    checkTableDimensions(
      call,
      rows.map((row) => row.length),
    );
    const headerRows = Number(call.options.get('header-rows') ?? 0);
    const table = directiveNode(call, 'table');
    call.m.session.tablesMade++;
    table.table = {
      syntax: 'list-table',
      line: call.lineno,
      sourceLine: call.source.line,
      sourceColumn: call.source.column,
      colwidths: widths,
      title: null,
    };
    const group = node('tgroup').append(...widths.map(() => node('colspec')));
    if (headerRows > 0) group.append(node('thead').append(...rows.slice(0, headerRows).map(rowNode)));
    group.append(node('tbody').append(...rows.slice(headerRows).map(rowNode)));
    table.append(group);
    addName(call, table);
    return titled(table, title, messages);
  },
);
