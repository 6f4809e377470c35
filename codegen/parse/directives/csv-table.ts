/**
 * `csv-table`: comma-separated data as the directive's content (external files and URLs are not read, as in
 * docutils with file insertion disabled); `:header:` adds header rows written as CSV.
 */
import { nestedParse } from '../body.js';
import {
  parseCsvData,
  parseCsvHeader,
  type CsvCell,
  type CsvDialectOptions,
  type CsvRow,
} from '../csv-data.js';
import {
  encoding,
  flag,
  nonnegativeInt,
  path,
  positiveIntList,
  singleCharOrUnicode,
  singleCharOrWhitespaceOrUnicode,
  unchanged,
  uri,
  valueOr,
} from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveCall } from '../directive-spec.js';
import { node, settleEntry, type DocNode } from '../doctree.js';
import { splitLines } from '../py-text.js';
import { ERROR, WARNING } from '../report.js';
import { SourceLines } from '../source-lines.js';
import type { TableProblem, TextBlock } from '../table-structure.js';
import { addName, directiveNode } from './common.js';
import { checkTableDimensions, columnWidths, TABLE_OPTIONS, tableTitle, titled } from './tabular.js';

const CSV_OPTIONS = {
  ...TABLE_OPTIONS,
  'header-rows': nonnegativeInt,
  'stub-columns': nonnegativeInt,
  header: unchanged,
  widths: valueOr(['auto'], positiveIntList),
  file: path,
  url: uri,
  encoding,
  delim: singleCharOrWhitespaceOrUnicode,
  keepspace: flag,
  quote: singleCharOrUnicode,
  escape: singleCharOrUnicode,
};

/** The dialect options of the directive call. */
function dialectOptions(call: DirectiveCall): CsvDialectOptions {
  const text = (name: string): string | undefined => {
    const value = call.options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const delim = text('delim');
  const quote = text('quote');
  const escape = text('escape');
  return {
    ...(delim !== undefined ? { delim } : {}),
    ...(quote !== undefined ? { quote } : {}),
    ...(escape !== undefined ? { escape } : {}),
    ...(call.options.has('keepspace') ? { keepspace: true } : {}),
  };
}

/** The CSV rows, or docutils' "Error with CSV data" error. */
function csvRows(
  call: DirectiveCall,
  result: { ok: true; rows: CsvRow[] } | { ok: false; problems: TableProblem[] },
): CsvRow[] {
  if (result.ok) return result.rows;
  const detail = result.problems.map((problem) => problem.message).join('\n');
  throw new DirectiveProblem(
    ERROR,
    `Error with CSV data in "${call.name}" directive:\n${detail}`,
    result.problems[0]?.rule ?? 'csv-data',
  );
}

/** The lines of the data and where they are. */
function dataBlock(call: DirectiveCall): TextBlock {
  return { lines: call.content.texts, firstLine: call.contentOffset + 1, indent: call.content.col(0) };
}

/** An entry whose content is the CSV cell's text parsed as body elements (numbered from the content start). */
function csvEntry(call: DirectiveCall, cell: CsvCell | null, block: TextBlock): DocNode {
  const entry = node('entry');
  if (cell === null) return entry;
  const index = cell.line - block.firstLine;
  entry.at(call.content.row(index) + 1, cell.column);
  const lines = splitLines(cell.text);
  if (lines.join('') === '') return entry;
  const rows = lines.map((_, i) => call.content.row(index + i));
  const cols = lines.map((_, i) => (i === 0 ? cell.column - 1 : call.content.col(index + i)));
  const tablesBefore = call.m.session.tablesMade;
  nestedParse(call.m.session, SourceLines.of(lines, rows, cols), call.contentOffset, entry);
  settleEntry(entry, call.m.session.tablesMade !== tablesBefore);
  return entry;
}

function rowNodes(
  call: DirectiveCall,
  rows: readonly CsvRow[],
  columns: number,
  block: TextBlock,
): DocNode[] {
  return rows.map((row) => {
    const cells: Array<CsvCell | null> = [...row.cells];
    while (cells.length < columns) cells.push(null);
    return node('row').append(...cells.map((cell) => csvEntry(call, cell, block)));
  });
}

/** The `csv-table` directive. */
export const csvTable = directive(
  { optional: 1, whitespace: true, options: CSV_OPTIONS, content: true },
  (call) => {
    if (call.options.has('file') || call.options.has('url')) {
      const message = `File and URL access deactivated; ignoring "${call.name}" directive.`;
      return [call.m.reporter.warning(message, 'csv-table-external-data', call.place)];
    }
    const { title, messages } = tableTitle(call);
    if (call.content.length === 0)
      throw new DirectiveProblem(
        WARNING,
        `The "${call.name}" directive requires content; none supplied.`,
        'directive-content-missing',
      );
    const header = call.options.get('header');
    const headerBlock: TextBlock = {
      lines: typeof header === 'string' ? header.split('\n') : [],
      firstLine: call.lineno,
      indent: call.place.column - 1,
    };
    const headerRows = typeof header === 'string' ? csvRows(call, parseCsvHeader(headerBlock)) : [];
    const block = dataBlock(call);
    const rows = csvRows(call, parseCsvData(block, dialectOptions(call)));
    const columns = Math.max(
      0,
      ...rows.map((row) => row.cells.length),
      ...headerRows.map((row) => row.cells.length),
    );
    checkTableDimensions(
      call,
      rows.map((row) => row.cells.length),
    );
    const headCount = Number(call.options.get('header-rows') ?? 0);
    const widths = columnWidths(call, columns);
    const table = directiveNode(call, 'table');
    call.m.session.tablesMade++;
    table.table = {
      syntax: 'csv-table',
      line: call.lineno,
      sourceLine: call.source.line,
      sourceColumn: call.source.column,
      colwidths: widths,
      title: null,
    };
    const group = node('tgroup').append(...widths.map(() => node('colspec')));
    const head = [
      ...rowNodes(call, headerRows, columns, headerBlock),
      ...rowNodes(call, rows.slice(0, headCount), columns, block),
    ];
    if (head.length > 0) group.append(node('thead').append(...head));
    group.append(node('tbody').append(...rowNodes(call, rows.slice(headCount), columns, block)));
    table.append(group);
    addName(call, table);
    return titled(table, title, messages);
  },
);
