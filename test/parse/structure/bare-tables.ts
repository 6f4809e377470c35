/**
 * Test helper: finds the top-level tables of a "bare" RST source (only tables and plain paragraphs at the left
 * margin) and runs them through the table parsers. Not a document parser: just enough to step over paragraphs
 * the way docutils does (a paragraph runs to the next blank line) and to let the extent rules decide the rest.
 */
import { gridTableExtent, isGridTableTop, parseGridTable } from '../../../codegen/parse/grid-table.js';
import {
  isSimpleTableTop,
  parseSimpleTable,
  simpleTableExtent,
} from '../../../codegen/parse/simple-table.js';
import type { TableExtent, TableParseResult, TextBlock } from '../../../codegen/parse/table-structure.js';
import { isBlankRange } from '../../../codegen/parse/table-text.js';

/** One table markup found in the source: where docutils isolates it and what the parser makes of it. */
export interface FoundTable {
  readonly syntax: 'grid' | 'simple';
  readonly extent: TableExtent;
  /** Null when the extent rules already rejected the block. */
  readonly result: TableParseResult | null;
}

/** Splits a source into lines the way docutils does (tabs expanded, trailing white space removed). */
export function sourceLines(source: string): string[] {
  const lines = source.split(/\r?\n/).map((line) => expandTabs(line).replace(/\s+$/u, ''));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** Finds and parses every top-level table of a bare source. */
export function findBareTables(source: string): FoundTable[] {
  const region: TextBlock = { lines: sourceLines(source), firstLine: 1, indent: 0 };
  const found: FoundTable[] = [];
  let i = 0;
  while (i < region.lines.length) {
    const line = region.lines[i]!;
    if (isBlankRange(line)) {
      i++;
    } else if (isGridTableTop(line) || isSimpleTableTop(line)) {
      const table = parseAt(region, i, isGridTableTop(line) ? 'grid' : 'simple');
      found.push(table);
      i += Math.max(table.extent.consumed, 1);
    } else {
      while (i < region.lines.length && !isBlankRange(region.lines[i]!)) i++;
    }
  }
  return found;
}

function parseAt(region: TextBlock, start: number, syntax: 'grid' | 'simple'): FoundTable {
  const extent = syntax === 'grid' ? gridTableExtent(region, start) : simpleTableExtent(region, start);
  if (extent.blockLength === 0) return { syntax, extent, result: null };
  const block: TextBlock = {
    lines: region.lines.slice(start, start + extent.blockLength),
    firstLine: region.firstLine + start,
    indent: region.indent,
  };
  return { syntax, extent, result: syntax === 'grid' ? parseGridTable(block) : parseSimpleTable(block) };
}
