/**
 * Random tables, as the reader would hand them over, through the model: it never throws, every diagnostic
 * points at a cell of the file it names, names are valid and unique, and the same input gives the same catalog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileDiagnostic } from '../../codegen/diagnostics.js';
import { buildCatalog, type ServiceInput } from '../../codegen/model/catalog.js';
import type { Catalog, SourceRef } from '../../codegen/model/types.js';
import type { Cell, Table } from '../../codegen/parse/types.js';
import { parseIanaRegistry } from '../../codegen/read/iana.js';
import { HOSTILE_PIECES } from '../emit/support/random-catalog.js';
import { ROOT } from '../support/run-generate.js';

const RUNS = { seed: Number(process.env['FC_SEED'] ?? 3), numRuns: Number(process.env['FC_RUNS'] ?? 300) };

const registry = parseIanaRegistry(readFileSync(join(ROOT, 'tables', 'iana-http-status-codes.json'), 'utf8'));
if (!registry.ok) throw new Error('tables/iana-http-status-codes.json is unreadable');
const iana = registry.value;

/** Header labels the model knows, in several spellings, and some it does not. */
const HEADERS = [
  'Status Code',
  'HTTP Status Code',
  'Returned Value',
  'Error Code',
  'Error Type',
  'Message',
  'Error Message',
  'Description',
  'Meaning',
  'Solution',
  'Handling Measure',
  'Module',
  'Categories',
  'Service',
  'Type',
  'Status',
  'Name',
  'STATUS   CODES',
  'Other',
  '',
];

/** Header rows the model reads as status or error tables, and the labels of other columns. */
const LAYOUTS = [
  ['Status Code', 'Message', 'Description'],
  ['Returned Value', 'Description'],
  ['Status Code', 'Description', 'Meaning'],
  ['Error Code', 'HTTP Status Code', 'Error Message', 'Description', 'Solution'],
  ['Module', 'Error Code', 'Status Code', 'Message', 'Handling Measure'],
];

/** Key cells: every reading of a status-code or error-code cell, from a small pool so that codes repeat. */
const KEYS = [
  '',
  '200',
  '201',
  '404',
  '404 Not Found',
  '400/404',
  '400, 500',
  '4xx',
  '5XX',
  '4O8',
  '99',
  '600',
  '1000000000000000000000',
  '200 OK',
  'LTS.0009',
  'LTS.0010',
  'DCS. 4855',
  'AccessDenied',
  'a sentence that is not a code at all',
  '-',
  'n/a',
];

/** Texts of other cells: messages IANA knows or not, several paragraphs, hostile text. */
const TEXTS = [
  'OK',
  'Created',
  'Bad Request',
  'bad request.',
  'Not Found',
  'Internal Server Error',
  'first paragraph\n\nsecond paragraph',
  ...HOSTILE_PIECES,
];

/** A cell before it is placed: places are given per document, unique per cell (see `placeTables`). */
interface CellDraft {
  readonly text: string;
  readonly morerows: number;
  readonly morecols: number;
}

/** A table before it is placed: any shape, ragged rows, spans past the edge, headers the model reads or not. */
interface TableDraft {
  readonly cols: number;
  readonly headerRows: readonly (readonly CellDraft[])[];
  readonly rows: readonly (readonly CellDraft[])[];
}

const span = fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }));

const bodyCell: fc.Arbitrary<CellDraft> = fc.record({
  text: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
    { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
    fc.string({ maxLength: 12 }),
  ),
  morerows: span,
  morecols: span,
});

const headerCell: fc.Arbitrary<CellDraft> = fc.record({
  text: fc.constantFrom(...HEADERS),
  morerows: fc.constant(0),
  morecols: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, fc.constant(1)),
});

const headerRow: fc.Arbitrary<readonly CellDraft[]> = fc.oneof(
  fc.constantFrom(...LAYOUTS).map((labels) => labels.map((text) => ({ text, morerows: 0, morecols: 0 }))),
  fc.array(headerCell, { minLength: 1, maxLength: 5 }),
);

const randomTable: fc.Arbitrary<TableDraft> = fc.record({
  cols: fc.integer({ min: 1, max: 5 }),
  headerRows: fc.array(headerRow, { maxLength: 2 }),
  rows: fc.array(fc.array(bodyCell, { maxLength: 6 }), { maxLength: 8 }),
});

/** Gives every cell of a document its own place: tables one below the other, cells left to right. */
function placeTables(drafts: readonly TableDraft[]): { tables: Table[]; places: Set<string> } {
  const places = new Set<string>();
  let line = 1;
  const tables = drafts.map((draft): Table => {
    const tableLine = line;
    const place = (rows: TableDraft['rows']): Cell[][] =>
      rows.map((row) => {
        line += 2;
        return row.map((cell, index): Cell => {
          const column = 3 + 7 * index;
          places.add(`${line}:${column}`);
          return { ...cell, line, column, blocks: ['paragraph'] };
        });
      });
    const header = place(draft.headerRows);
    const body = place(draft.rows);
    line += 3;
    places.add(`${tableLine}:1`);
    return {
      title: null,
      line: tableLine,
      column: 1,
      syntax: 'grid',
      context: [],
      cols: draft.cols,
      colwidths: Array.from({ length: draft.cols }, () => 10),
      header,
      body,
    };
  });
  return { tables, places };
}

const randomService = fc.record({
  key: fc.constantFrom('lts', 'as', 'delete', 'dms-rocketmq', 'x-3d'),
  documents: fc.array(fc.array(randomTable, { maxLength: 3 }), { minLength: 1, maxLength: 2 }),
});

interface Scenario {
  readonly inputs: ServiceInput[];
  /** `file line:column` of every cell (and table start) of every document. */
  readonly places: Set<string>;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .uniqueArray(randomService, { minLength: 1, maxLength: 3, selector: (s) => s.key })
  .map((services) => {
    const places = new Set<string>();
    const inputs = services.map(({ key, documents }): ServiceInput => {
      const files = documents.map((tables, index) => {
        const file = `tables/${key}/page-${index}.rst`;
        const placed = placeTables(tables);
        for (const place of placed.places) places.add(`${file} ${place}`);
        return { file, parsed: { tables: placed.tables, diagnostics: [] } };
      });
      return {
        key,
        manifest: {
          name: key,
          documents: files.map((d) => ({
            file: d.file.split('/').pop() ?? '',
            repository: 'o/r',
            path: 'p',
          })),
        },
        documents: files,
      };
    });
    return { inputs, places };
  });

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function expectPlaced(what: SourceRef | FileDiagnostic, places: ReadonlySet<string>): void {
  expect(places.has(`${what.file} ${what.line}:${what.column}`), JSON.stringify(what)).toBe(true);
}

describe('random tables through buildCatalog', () => {
  it('never throw, and every diagnostic names a cell of its file', () => {
    fc.assert(
      fc.property(scenario, ({ inputs, places }) => {
        const { diagnostics } = buildCatalog(inputs, iana);
        for (const d of diagnostics) {
          expectPlaced(d, places);
          expect(['error', 'warning']).toContain(d.severity);
          expect(d.rule).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          expect(d.message.trim()).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('give valid, unique names, codes in order, and entries placed at their cells', () => {
    fc.assert(
      fc.property(scenario, ({ inputs, places }) => {
        const { catalog } = buildCatalog(inputs, iana);
        for (const service of catalog.services) {
          const status = service.statusCodes;
          expect(status.map((e) => e.code)).toEqual(
            [...new Set(status.map((e) => e.code))].sort((a, b) => a - b),
          );
          const errors = service.errorCodes;
          expect(new Set(errors.map((e) => e.code)).size).toBe(errors.length);
          for (const names of [status.map((e) => e.name), errors.map((e) => e.name)]) {
            for (const name of names) expect(name).toMatch(IDENTIFIER);
            expect(new Set(names).size).toBe(names.length);
          }
          for (const entry of [...status, ...errors]) expectPlaced(entry.source, places);
          for (const entry of status) expect(entry.code >= 100 && entry.code <= 599).toBe(true);
          expect(service.typePrefix).toMatch(IDENTIFIER);
          expect(service.constPrefix).toMatch(IDENTIFIER);
        }
      }),
      RUNS,
    );
  });

  it('give the same catalog and diagnostics for the same tables', () => {
    fc.assert(
      fc.property(scenario, ({ inputs }) => {
        const first: { catalog: Catalog; diagnostics: FileDiagnostic[] } = buildCatalog(inputs, iana);
        expect(buildCatalog(structuredClone(inputs), iana)).toEqual(first);
      }),
      RUNS,
    );
  });
});
