/**
 * Grid tables (`+---+` borders): isolating the table block and finding its cells, as docutils does.
 */
import type { TableExtent, TableParseResult, TextBlock } from './table-structure.js';

/**
 * How far the grid table whose top border is `region.lines[start]` reaches (docutils' isolate_grid_table).
 * `region` is the text the table sits in, indentation removed; reported lines are source lines.
 */
export function gridTableExtent(region: TextBlock, start: number): TableExtent {
  void region;
  void start;
  throw new Error('gridTableExtent: not implemented yet');
}

/** Parses an isolated grid table block into rows of raw cells, or reports why docutils rejects it. */
export function parseGridTable(block: TextBlock): TableParseResult {
  void block;
  return { ok: false, problems: [{ message: 'not implemented yet', rule: 'not-implemented', line: block.firstLine, column: 1 + block.indent }] };
}
