/**
 * Simple tables (`=====  =====` borders): isolating the table block and finding its cells, as docutils does.
 */
import type { TableExtent, TableParseResult, TextBlock } from './table-structure.js';

/**
 * How far the simple table whose top border is `region.lines[start]` reaches (docutils' isolate_simple_table).
 * `region` is the text the table sits in, indentation removed; reported lines are source lines.
 */
export function simpleTableExtent(region: TextBlock, start: number): TableExtent {
  void region;
  void start;
  throw new Error('simpleTableExtent: not implemented yet');
}

/** Parses an isolated simple table block into rows of raw cells, or reports why docutils rejects it. */
export function parseSimpleTable(block: TextBlock): TableParseResult {
  return { ok: false, problems: [{ message: 'not implemented yet', rule: 'not-implemented', line: block.firstLine, column: 1 + block.indent }] };
}
