import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridTableExtent, parseGridTable } from '../../../codegen/parse/grid-table.js';
import { parseSimpleTable, simpleTableExtent } from '../../../codegen/parse/simple-table.js';
import type { TableParseResult, TableStructure, TextBlock } from '../../../codegen/parse/table-structure.js';
import {
  expectedGrid,
  expectedSimple,
  randomGridModel,
  randomSimpleModel,
  renderGrid,
  renderSimple,
  type Draw,
  type ExpectedTable,
} from './random-tables.js';

const RUNS = { numRuns: 150 };

const drawWith =
  (g: fc.GeneratorValue): Draw =>
  (min, max) =>
    g(fc.integer, { min, max });

/** Spans and content of a parse result, comparable with an expected table. */
function readBack(result: TableParseResult): ExpectedTable | { problems: string[] } {
  if (!result.ok) return { problems: result.problems.map((p) => p.message) };
  const cells = (rows: TableStructure['body']) =>
    rows.map((row) =>
      row.map(({ morerows, morecols, content }) => ({ morerows, morecols, content: [...content] })),
    );
  return {
    colwidths: result.table.colwidths,
    header: cells(result.table.header),
    body: cells(result.table.body),
  };
}

const wholeBlock = (lines: string[]): TextBlock => ({ lines, firstLine: 1, indent: 0 });

describe('random tables read back (round trip)', () => {
  it('grid tables: same cells, spans and text, header included', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = randomGridModel(drawWith(g));
        const lines = renderGrid(model);
        const block = wholeBlock([...lines, '', 'after']);
        expect(gridTableExtent(block, 0)).toMatchObject({
          blockLength: lines.length,
          blankFinish: true,
          errors: [],
        });
        expect(readBack(parseGridTable(wholeBlock(lines))), lines.join('\n')).toEqual(expectedGrid(model));
      }),
      RUNS,
    );
  });

  it('simple tables: same cells, column spans and text, overflow widening the last column', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = randomSimpleModel(drawWith(g));
        const lines = renderSimple(model);
        const block = wholeBlock([...lines, '', 'after']);
        expect(simpleTableExtent(block, 0)).toMatchObject({
          blockLength: lines.length,
          blankFinish: true,
          errors: [],
        });
        expect(readBack(parseSimpleTable(wholeBlock(lines))), lines.join('\n')).toEqual(
          expectedSimple(model),
        );
      }),
      RUNS,
    );
  });
});
