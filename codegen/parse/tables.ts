/**
 * Grid and simple tables in the body: isolating the table (the table-structure parsers), reporting its problems at
 * docutils' lines, and building the table node with each cell's content parsed as body elements.
 */
import { nestedParse } from './body.js';
import { node, settleEntry, settleParagraphEntry, type DocNode, type TableFacts } from './doctree.js';
import { gridTableExtent, readGridTable } from './grid-table.js';
import { unmarkedText } from './inline.js';
import { matchEnumerator } from './line-patterns.js';
import type { Machine } from './machine.js';
import { appendParagraph } from './paragraphs.js';
import type { MessagePlace } from './report.js';
import { parseSimpleTable, simpleTableExtent } from './simple-table.js';
import { SourceLines } from './source-lines.js';
import {
  tableRows,
  type RawCell,
  type TableProblem,
  type TableReadResult,
  type TableRows,
  type TextBlock,
} from './table-structure.js';

/** A grid or simple table whose top border is at `m.pos`. */
export function tableAt(m: Machine, syntax: 'grid' | 'simple'): void {
  const start = m.pos;
  const region: TextBlock = { lines: m.lines.texts, firstLine: m.absLine(0), indent: m.lines.col(start) };
  const extent = syntax === 'grid' ? gridTableExtent(region, start) : simpleTableExtent(region, start);
  const messages: DocNode[] = extent.errors.map((problem) => reportProblem(m, problem, start, 'error'));
  if (extent.blockLength > 0) {
    const block: TextBlock = {
      lines: m.lines.texts.slice(start, start + extent.blockLength),
      firstLine: extent.docutilsLine,
      indent: region.indent,
    };
    const parsed = syntax === 'grid' ? readGridTable(block) : readSimpleTable(block);
    if (parsed.ok) {
      const facts: TableFacts = {
        syntax,
        line: extent.docutilsLine,
        sourceLine: m.sourceLine(start),
        sourceColumn: m.sourceColumn(start),
        colwidths: [...parsed.rows.colwidths],
        title: null,
      };
      m.parent.append(buildTable(m, parsed.rows, facts, start));
      messages.push(...parsed.warnings.map((problem) => reportProblem(m, problem, start, 'warning')));
    } else {
      m.parent.append(reportRejection(m, parsed.problems, extent.docutilsLine, start));
    }
  }
  m.parent.append(...messages);
  m.pos = Math.min(start + Math.max(extent.consumed, 1), m.lines.length);
  m.parent.append(...extent.warnings.map((problem) => reportProblem(m, problem, start, 'warning')));
}

/** A simple table: read whole (its rows are few and short), handed out as rows. */
function readSimpleTable(block: TextBlock): TableReadResult {
  const parsed = parseSimpleTable(block);
  return parsed.ok ? { ok: true, rows: tableRows(parsed.table), warnings: parsed.warnings } : parsed;
}

/**
 * docutils stops at the first problem of a table it rejects and reports that one; the table parsers find them all.
 * One error at docutils' line tells them all, the first one first.
 */
function reportRejection(
  m: Machine,
  problems: readonly TableProblem[],
  tableLine: number,
  start: number,
): DocNode {
  const first = problems[0];
  if (first === undefined)
    return m.reporter.error('Malformed table.', 'malformed-table', {
      line: tableLine,
      column: m.sourceColumn(start),
    });
  const message =
    problems.length === 1
      ? first.message
      : [
          first.message,
          ...problems.slice(1).map((problem) => `Also: ${withoutMalformed(problem.message)}`),
        ].join('\n');
  return m.reporter.error(message, first.rule, problemPlace(m, first, start));
}

/** A problem message without docutils' leading "Malformed table." line. */
function withoutMalformed(message: string): string {
  return message.startsWith('Malformed table.\n') ? message.slice('Malformed table.\n'.length) : message;
}

/** Reports a table problem at docutils' line (in the machine's numbering), pointing at the problem's column. */
function reportProblem(
  m: Machine,
  problem: TableProblem,
  start: number,
  severity: 'error' | 'warning',
): DocNode {
  const place = problemPlace(m, problem, start);
  return severity === 'error'
    ? m.reporter.error(problem.message, problem.rule, place)
    : m.reporter.warning(problem.message, problem.rule, place);
}

function problemPlace(m: Machine, problem: TableProblem, start: number): MessagePlace {
  if (problem.rule === 'unexpected-indentation') {
    return { line: m.sourceLine(problem.line - m.absLine(0)), column: problem.column };
  }
  // Where docutils names the table's first line rather than the faulty one, the message points at the table.
  if (problem.docutilsLine !== problem.line) {
    return { line: problem.docutilsLine, column: m.sourceColumn(start) };
  }
  return { line: problem.line, column: problem.column };
}

/** The table node: a tgroup with a colspec per column, an optional thead and the tbody. */
export function buildTable(m: Machine, table: TableRows, facts: TableFacts, start: number): DocNode {
  const tableNode = node('table').at(facts.sourceLine, facts.sourceColumn);
  tableNode.table = facts;
  m.session.tablesMade++;
  const group = node('tgroup');
  tableNode.append(group);
  for (let i = 0; i < table.colwidths.length; i++) group.append(node('colspec'));
  if (table.headRows > 0) group.append(tablePart(m, 'thead', table, 0, table.headRows, facts, start));
  group.append(tablePart(m, 'tbody', table, table.headRows, table.rowCount, facts, start));
  return tableNode;
}

/** Rows [from, to) of the table, each cut from the table's lines as it is reached. */
function tablePart(
  m: Machine,
  tag: string,
  table: TableRows,
  from: number,
  to: number,
  facts: TableFacts,
  start: number,
): DocNode {
  const part = node(tag);
  for (let index = from; index < to; index++) {
    const entries = table.cellsOf(index).map((cell) => tableEntry(m, cell, facts, start));
    part.append(node('row').append(...entries));
  }
  return part;
}

/** Bullets beyond ASCII: lines starting with them are list items. */
const UNICODE_BULLETS = '\u2022\u2023\u2043';

/**
 * The text of a cell holding a single line that can only be a paragraph (the usual cell): it starts with a letter
 * or digit and is no enumerator, and it does not end with `::`. Such cells skip a parsing level; null otherwise.
 */
function plainCellLine(content: readonly string[]): string | null {
  const first = content[0];
  if (first === undefined || first === '' || first.endsWith('::')) return null;
  for (let i = 1; i < content.length; i++) if (content[i] !== '') return null;
  const code = first.charCodeAt(0);
  const lower = code | 0x20;
  const letterOrDigit =
    (code >= 0x30 && code <= 0x39) ||
    (lower >= 0x61 && lower <= 0x7a) ||
    (code >= 0x80 && !UNICODE_BULLETS.includes(first[0]!));
  return letterOrDigit && matchEnumerator(first) === null ? first : null;
}

/** One entry: the cell's lines parsed as body elements, numbered as docutils numbers them (table line + offset). */
function tableEntry(m: Machine, cell: RawCell, facts: TableFacts, start: number): DocNode {
  const first = start + (cell.line - facts.line);
  const entry = node('entry').at(m.sourceLine(first), cell.column);
  entry.morerows = cell.morerows;
  entry.morecols = cell.morecols;
  const tablesBefore = m.session.tablesMade;
  const plain = plainCellLine(cell.content);
  const unmarked = plain === null ? null : unmarkedText(plain);
  if (unmarked !== null) {
    settleParagraphEntry(entry, unmarked);
    return entry;
  }
  if (plain !== null) {
    const context = {
      reporter: m.reporter,
      place: { line: cell.line + 1, column: cell.column },
      defaultRole: m.session.defaultRole,
      targets: { names: m.session.names, parent: entry },
    };
    appendParagraph(entry, plain, context, m.sourceLine(first), cell.lineColumns[0] ?? cell.column);
  } else if (cell.content.some((line) => line !== '')) {
    const rows = cell.content.map((_, i) => m.sourceLine(first + i) - 1);
    const cols = cell.lineColumns.map((column) => column - 1);
    nestedParse(m.session, SourceLines.of(cell.content, rows, cols), cell.line, entry);
  }
  settleEntry(entry, m.session.tablesMade !== tablesBefore);
  return entry;
}
