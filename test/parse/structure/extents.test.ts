import { describe, expect, it } from 'vitest';
import { gridTableExtent, parseGridTable } from '../../../codegen/parse/grid-table.js';
import { parseSimpleTable, simpleTableExtent } from '../../../codegen/parse/simple-table.js';
import type { TextBlock } from '../../../codegen/parse/table-structure.js';

/** A region inside an indented construct: lines with the indentation removed, starting at source line 20. */
const region = (lines: string[]): TextBlock => ({ lines, firstLine: 20, indent: 4 });

describe('source places inside an indented region', () => {
  it('reports grid cells at source lines and columns', () => {
    const lines = ['+------+-----+', '| ab   | c   |', '+------+-----+'];
    const extent = gridTableExtent(region(lines), 0);
    expect(extent).toMatchObject({ blockLength: 3, consumed: 3, blankFinish: true, docutilsLine: 20 });
    const result = parseGridTable(region(lines));
    expect(result.ok && result.table.body[0]!.map((cell) => [cell.line, cell.column])).toEqual([
      [21, 7],
      [21, 14],
    ]);
  });

  it('reports a grid problem at the source column', () => {
    const result = parseGridTable(region(['+-----+', '| ab |', '+-----+']));
    expect(result.ok ? [] : result.problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['grid-right-border', 21, 11],
    ]);
  });

  it('reports simple-table margins at the source column', () => {
    const result = parseSimpleTable(region(['===  ===', 'abcd  x', '===  ===']));
    expect(result.ok ? [] : result.problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['simple-column-margin', 21, 8],
    ]);
  });

  it('gives the blank-line warning the place of the following line', () => {
    const extent = simpleTableExtent(region(['===  ===', 'a    b', '===  ===', 'text']), 0);
    expect(extent.errors.map((p) => p.line)).toEqual([20]);
    expect(extent.warnings.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['table-blank-line-after', 23, 5],
    ]);
  });
});

describe('simple table extents', () => {
  it('end at a header rule followed by a blank line, as docutils does', () => {
    const extent = simpleTableExtent(region(['===  ===', 'a    b', '===  ===', '', 'c    d', '===  ===']), 0);
    expect(extent).toMatchObject({ blockLength: 3, consumed: 3, blankFinish: true, errors: [] });
  });

  it('end at the second border after the top even without a blank line after it', () => {
    const extent = simpleTableExtent(region(['=== ===', 'a   b', '=== ===', 'c   d', '=== ===', 'text']), 0);
    expect(extent).toMatchObject({ blockLength: 5, consumed: 5, blankFinish: false });
  });

  it('refuse a start line that is not a table top', () => {
    expect(() => simpleTableExtent(region(['text']), 0)).toThrow(RangeError);
    expect(() => gridTableExtent(region(['text']), 0)).toThrow(RangeError);
  });
});

describe('the bare simple-table parser', () => {
  it('reads a one-column table (the rst parser would see a section title instead)', () => {
    const lines = [
      '======================================',
      'The last row might stick into the margin',
      'second row.',
      '======================================',
    ];
    const result = parseSimpleTable({ lines, firstLine: 1, indent: 0 });
    expect(result.ok && result.table.colwidths).toEqual([40]);
    expect(result.ok && result.table.body.map((row) => row.map((cell) => cell.content))).toEqual([
      [['The last row might stick into the margin']],
      [['second row.']],
    ]);
  });

  it('reports every extra head/body separator', () => {
    const lines = [
      '===  ===',
      'a    b',
      '===  ===',
      'c    d',
      '===  ===',
      'e    f',
      '===  ===',
      'g    h',
      '===  ===',
    ];
    const result = parseSimpleTable({ lines, firstLine: 1, indent: 0 });
    expect(result.ok ? [] : result.problems.map((p) => p.message.split('\n')[1]!.split(';')[0])).toEqual([
      'Multiple head/body row separators (table lines 3 and 5)',
      'Multiple head/body row separators (table lines 3 and 7)',
    ]);
  });
});
