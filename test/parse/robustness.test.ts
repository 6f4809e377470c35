/**
 * The reader never throws and stays fast on any text: random documents built from RST's significant characters
 * and line shapes, binary-looking input, and inputs that make naive parsers quadratic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../codegen/parse/index.js';

const PIECES = [
  '',
  ' ',
  '   ',
  '\t',
  '*',
  '**',
  '`',
  '``',
  '_',
  '__',
  '|',
  '\\',
  ':',
  '::',
  '..',
  '.. ',
  '-',
  '- ',
  '+',
  '=',
  '#',
  '[1]_',
  '>>>',
  '(',
  ')',
  '<',
  '>',
  'word',
  'é',
  '漢',
  '\u0301',
  '+---+',
  '| a |',
  '===  ===',
  '.. table::',
  '.. note::',
  '.. list-table::',
  '.. csv-table::',
  '* - ',
  ':ref:`x <y>`',
  '`a <b>`_',
  '|s|',
  '\0',
  '\uFEFF',
];

/** Documents of random lines made of RST-significant pieces. */
const documents = fc
  .array(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

describe('parseRst on arbitrary input', () => {
  it('never throws, and reports places inside the document', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const result = parseRst(text);
        const lineCount = text.split('\n').length + 1;
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.column).toBeGreaterThanOrEqual(1);
          expect(Math.abs(diagnostic.line)).toBeLessThanOrEqual(lineCount + 1);
          expect(diagnostic.rule).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        }
        for (const table of result.tables) {
          expect(table.colwidths).toHaveLength(table.cols);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(() => parseRst(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('reads empty and blank documents', () => {
    expect(parseRst('')).toEqual({ tables: [], diagnostics: [] });
    expect(parseRst('\n\n   \n')).toEqual({ tables: [], diagnostics: [] });
  });
});

describe('inputs that are slow for naive parsers stay fast', () => {
  const fast = (text: string): number => {
    const start = performance.now();
    parseRst(text);
    return performance.now() - start;
  };

  it('unmatched inline start-strings', () => {
    expect(fast(`${'*a `b '.repeat(30000)}\n`)).toBeLessThan(3000);
  });

  it('deeply nested blocks are cut off with an error instead of recursing', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}x`).join('\n');
    const start = performance.now();
    const result = parseRst(text);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(result.diagnostics.map((d) => d.rule)).toContain('nesting-too-deep');
  });

  it('a table of 20,000 rows', () => {
    const rows = ['+-------+-----------+', '| Code  | Text      |', '+=======+===========+'];
    for (let i = 0; i < 20000; i++)
      rows.push(`| ${String(i).padEnd(5)} | row ${String(i).padEnd(5)} |`, '+-------+-----------+');
    const start = performance.now();
    const result = parseRst(rows.join('\n'));
    expect(performance.now() - start).toBeLessThan(5000);
    expect(result.tables[0]?.body).toHaveLength(20000);
    expect(result.tables[0]?.body[19999]?.[1]?.text).toBe('row 19999');
  });
});
