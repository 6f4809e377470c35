import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvData, parseCsvHeader, readCsv, type CsvDialect } from '../../../codegen/parse/csv-data.js';
import type { TextBlock } from '../../../codegen/parse/table-structure.js';

interface PythonCase {
  readonly dialect: string;
  readonly lines: string[];
  readonly rows?: string[][];
  readonly error?: string;
}

/** Inputs with Python's csv module's answers, made by tools/gen-csv-fixtures.py. */
const python = JSON.parse(readFileSync(new URL('./fixtures/csv-python.json', import.meta.url), 'utf8')) as {
  dialects: Record<string, CsvDialect>;
  cases: PythonCase[];
};

const block = (lines: string[], firstLine = 1, indent = 0): TextBlock => ({ lines, firstLine, indent });

describe('CSV data read like Python csv.reader', () => {
  it(`agrees with Python on ${python.cases.length} inputs (hand-picked and random)`, () => {
    const outcome = (c: PythonCase): unknown => {
      const result = readCsv(block(c.lines), python.dialects[c.dialect]!);
      if (result.ok) return { rows: result.rows.map((row) => row.cells.map((cell) => cell.text)) };
      const error =
        c.error !== undefined && result.problems[0]!.message.startsWith(c.error)
          ? c.error
          : result.problems[0]!.message;
      return { error };
    };
    const expected = python.cases.map((c) => ({
      lines: c.lines,
      ...(c.error === undefined ? { rows: c.rows } : { error: c.error }),
    }));
    expect(python.cases.map((c) => ({ lines: c.lines, ...(outcome(c) as object) }))).toEqual(expected);
  });
});

describe('CSV places', () => {
  it('gives each cell the source place of its first character or opening quote', () => {
    const result = parseCsvData(block(['one,  "two"', '"multi', 'line", x'], 10, 3));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const places = result.rows.map((row) => [
      row.line,
      row.cells.map((cell) => [cell.text, cell.line, cell.column]),
    ]);
    expect(places).toEqual([
      [
        10,
        [
          ['one', 10, 4],
          ['two', 10, 10],
        ],
      ],
      [
        11,
        [
          ['multi\nline', 11, 4],
          ['x', 12, 11],
        ],
      ],
    ]);
  });

  it('reports an unclosed quote at its opening quote', () => {
    const result = parseCsvData(block(['"bad", "csv, data'], 5, 3));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          rule: 'csv-unexpected-end',
          message: 'unexpected end of data. The quoted cell starting at line 5, column 11 has no closing ".',
          line: 5,
          column: 11,
          docutilsLine: 5,
        },
      ],
    });
  });

  it('reports text after a closing quote at that text', () => {
    const result = parseCsvData(block(['x, "a"b']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ rule: 'csv-delimiter-expected', line: 1, column: 7 });
    expect(result.problems[0]!.message).toMatch(/^',' expected after '"'\. /);
  });

  it('refuses a cell longer than the csv module allows', () => {
    const result = parseCsvData(block(['"' + 'x'.repeat(131073) + '"']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ rule: 'csv-field-limit', line: 1, column: 1 });
  });
});

describe('docutils dialect options', () => {
  it('splits on the :delim: character and keeps spaces with :keepspace:', () => {
    const result = parseCsvData(block(['a; b;"c"']), { delim: ';', keepspace: true });
    expect(result.ok && result.rows[0]!.cells.map((cell) => cell.text)).toEqual(['a', ' b', 'c']);
  });

  it('uses the :quote: character and, with :escape:, ends a quoted part at the next quote instead of doubling', () => {
    const result = parseCsvData(block(["'it^'s', 'x''y'"]), { quote: "'", escape: '^' });
    expect(result.ok && result.rows[0]!.cells.map((cell) => cell.text)).toEqual(["it's", "x'y'"]);
  });

  it('reads the :header: option with backslash escapes and no quote doubling', () => {
    const result = parseCsvHeader(block(['"Treat" Quantity "Description"', 'a\\,b']));
    expect(result.ok && result.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['Treat Quantity "Description"'],
      ['a,b'],
    ]);
  });
});
