import type { Cell, Table } from '../../codegen/parse/types.js';

/** A cell for model tests: plain text with optional spans, placed at (line, column). */
export function cell(
  text: string,
  line = 1,
  column = 1,
  spans: { morerows?: number; morecols?: number } = {},
): Cell {
  return {
    text,
    line,
    column,
    morerows: spans.morerows ?? 0,
    morecols: spans.morecols ?? 0,
    blocks: ['paragraph'],
  };
}

/**
 * A table for model tests from rows of strings (the first row is the header); each body cell is placed on
 * line `10 + row index`, column `1 + 10 × column index`, so tests can assert places.
 */
export function tableOf(header: readonly string[], body: readonly (readonly (string | Cell)[])[]): Table {
  return {
    title: null,
    line: 1,
    column: 1,
    syntax: 'grid',
    context: [],
    cols: header.length,
    colwidths: header.map(() => 10),
    header: [header.map((text, c) => cell(text, 3, 1 + 10 * c))],
    body: body.map((row, r) => row.map((c, i) => (typeof c === 'string' ? cell(c, 10 + r, 1 + 10 * i) : c))),
  };
}
