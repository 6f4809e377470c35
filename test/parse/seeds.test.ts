/**
 * The two seed documents end to end: they agree with docutils (their pages.oracle.json entries), and the places
 * and titles the generator relies on are right.
 */
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../codegen/parse/index.js';
import { agreementView, type OracleDocument } from './support/agreement.js';
import { readSharedJson, readSharedText } from './support/shared.js';

interface OracleFile extends OracleDocument {
  readonly file: string;
}

const SEEDS = {
  'seeds/lts_api_0020.rst': 'opentelekomcloud-docs+log-tank-service/api-ref/source/appendix/status_codes.rst',
  'seeds/elb_gc_1102.rst':
    'opentelekomcloud-docs+elastic-load-balancing/api-ref/source/appendix/status_codes.rst',
} as const;

const pages = readSharedJson<OracleFile[]>('corpus/otc/pages.oracle.json');

describe.each(Object.entries(SEEDS))('%s', (seed, oracleFile) => {
  it('is the same document as its corpus page', () => {
    expect(readSharedText(seed)).toBe(readSharedText(`corpus/otc/pages/${oracleFile}`));
  });

  it('agrees with docutils', () => {
    const expected = pages.find((entry) => entry.file === oracleFile);
    expect(expected).toBeDefined();
    const view = agreementView(parseRst(readSharedText(seed)), expected!);
    expect(view.actual).toEqual(view.expected);
  });
});

describe('the LTS status codes page', () => {
  const parsed = parseRst(readSharedText('seeds/lts_api_0020.rst'));
  const table = parsed.tables[0]!;

  it('has one grid table titled without its inline markup', () => {
    expect(parsed.tables).toHaveLength(1);
    expect(table.title).toBe('Table 1 Status codes');
    expect(table.syntax).toBe('grid');
    expect(parsed.diagnostics).toEqual([]);
  });

  it('places the table at its top border, indented under the directive', () => {
    expect([table.line, table.column]).toEqual([14, 4]);
  });

  it('places each cell at its first content line and left margin', () => {
    expect(table.header[0]!.map((cell) => [cell.text, cell.line, cell.column])).toEqual([
      ['Status Code', 15, 6],
      ['Returned Value', 15, 20],
      ['Description', 15, 44],
    ]);
    expect(table.body[10]!.map((cell) => [cell.text, cell.line, cell.column])).toEqual([
      ['503', 37, 6],
      ['Service Unavailable', 37, 20],
      ['The service is currently unavailable.', 37, 44],
    ]);
  });
});

describe('the ELB status codes page', () => {
  const parsed = parseRst(readSharedText('seeds/elb_gc_1102.rst'));

  it('has a simple table of normal codes and a grid table of error codes', () => {
    expect(parsed.tables.map((t) => [t.syntax, t.title, t.line])).toEqual([
      ['simple', 'Table 1 Normal status codes', 10],
      ['grid', 'Table 2 Error codes', 20],
    ]);
  });

  it('keeps the rows whose status code cell is empty', () => {
    const errors = parsed.tables[1]!;
    expect(errors.body[1]!.map((cell) => cell.text)).toEqual(['', '', 'Too long request header.']);
    expect(errors.body[1]![2]).toMatchObject({ line: 25, column: 61, blocks: ['paragraph'] });
    expect(errors.body[1]![0]!.blocks).toEqual([]);
  });

  it('places the simple table cells at their columns', () => {
    const normal = parsed.tables[0]!;
    expect(normal.body[0]!.map((cell) => [cell.text, cell.line, cell.column])).toEqual([
      ['200', 13, 4],
      ['OK', 13, 16],
      ['Normal response to GET and PUT requests.', 13, 27],
    ]);
  });
});
