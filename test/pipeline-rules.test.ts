/**
 * Every rule of the stages around the RST reader, each with its exact message and place, through the same
 * function `npm run generate` runs (decode, manifests, the IANA registry, service folders, the model), and
 * `npm run tables:update` for upstream paths.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { updateTables } from '../codegen/cli/update-tables.js';
import type { FileDiagnostic } from '../codegen/diagnostics.js';
import { modelTables } from '../codegen/pipeline.js';
import { ROOT } from './support/run-generate.js';

const IANA = readFileSync(join(ROOT, 'tables', 'iana-http-status-codes.json'));

const MANIFEST = JSON.stringify({
  name: 'X',
  documents: [{ file: 'a.rst', repository: 'example/x', path: 'status_codes.rst' }],
});

/** The diagnostics of a run over tables/ holding the IANA registry and the given files. */
function diagnosticsOf(files: Readonly<Record<string, string | Uint8Array>>): readonly FileDiagnostic[] {
  const encoder = new TextEncoder();
  const snapshot = new Map<string, Uint8Array>([['iana-http-status-codes.json', IANA]]);
  for (const [path, content] of Object.entries(files))
    snapshot.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  return modelTables(snapshot).diagnostics;
}

/** The diagnostics of service `x` with one page. */
function pageDiagnostics(page: string | Uint8Array): readonly FileDiagnostic[] {
  return diagnosticsOf({ 'x/service.json': MANIFEST, 'x/a.rst': page });
}

/** A grid table from rows of cells (the first is the header); body row `i` sits on line `top + 2 + 2i`. */
function gridTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)) + 2);
  const border = (fill: string) => `+${widths.map((w) => fill.repeat(w)).join('+')}+`;
  const line = (row: readonly string[]) =>
    `|${widths.map((w, c) => ` ${(row[c] ?? '').padEnd(w - 1)}`).join('|')}|`;
  const [header = [], ...body] = rows;
  return `${[border('-'), line(header), border('='), ...body.flatMap((row) => [line(row), border('-')])].join('\n')}\n`;
}

const STATUS = ['Status Code', 'Message', 'Description'];
const ERRORS = ['Error Code', 'Status Code', 'Message'];

describe('reading files', () => {
  it('invalid-utf8: the first byte of each bad sequence', () => {
    expect(pageDiagnostics(new Uint8Array([0x61, 0x0a, 0x62, 0xc3, 0x28]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 2,
        column: 2,
        severity: 'error',
        rule: 'invalid-utf8',
        message:
          'Invalid UTF-8: the character starting with byte 0xC3 is cut short or malformed; save the file as UTF-8.',
      },
    ]);
  });

  it('missing-file: a page service.json lists', () => {
    expect(diagnosticsOf({ 'x/service.json': MANIFEST })).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-file',
        message: 'tables/x/a.rst is missing',
      },
    ]);
  });

  it('json-syntax: where the JSON breaks', () => {
    expect(diagnosticsOf({ 'x/service.json': '{\n  "name": "X",\n  ]\n}' })).toEqual([
      {
        file: 'tables/x/service.json',
        line: 3,
        column: 3,
        severity: 'error',
        rule: 'json-syntax',
        message: expect.stringMatching(
          /^invalid JSON: Expected double-quoted property name in JSON at position 19\b/,
        ),
      },
    ]);
  });

  it('manifest-shape: what service.json lacks', () => {
    expect(
      diagnosticsOf({
        'x/service.json':
          '{ "name": "", "documents": [{ "file": "../a.rst", "repository": "o/r", "path": "p" }] }',
      }),
    ).toEqual([
      {
        file: 'tables/x/service.json',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'manifest-shape',
        message: 'service.json needs a non-empty "name" (the display name)',
      },
      {
        file: 'tables/x/service.json',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'manifest-shape',
        message:
          'documents[0].file must be a plain file name (letters, digits, ".", "_", "-") in the service folder',
      },
    ]);
  });

  it('iana-shape: a registry entry without a code', () => {
    const snapshot = new Map([
      [
        'iana-http-status-codes.json',
        new TextEncoder().encode('{ "codes": [{ "code": 200, "phrase": "OK" }, { "phrase": "x" }] }'),
      ],
    ]);
    expect(modelTables(snapshot).diagnostics).toEqual([
      {
        file: 'tables/iana-http-status-codes.json',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'iana-shape',
        message: 'codes[1] needs an integer "code" and a string or null "phrase"',
      },
    ]);
  });

  it('service-key: a folder name that cannot be a key', () => {
    expect(diagnosticsOf({ 'Cloud_Eye/service.json': MANIFEST })).toEqual([
      {
        file: 'tables/Cloud_Eye',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'service-key',
        message: 'service folder "Cloud_Eye" must be named in lower case letters, digits and hyphens',
      },
    ]);
  });
});

describe('reading status tables (the first body row is on line 4)', () => {
  it('status-code-not-numeric', () => {
    expect(pageDiagnostics(gridTable([STATUS, ['4O8', 'Request Timeout', 'd']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 3,
        severity: 'error',
        rule: 'status-code-not-numeric',
        message: 'status code "4O8" is not a number from 100 to 599',
      },
    ]);
  });

  it('status-code-out-of-range', () => {
    expect(pageDiagnostics(gridTable([STATUS, ['600', 'Beyond', 'd']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 3,
        severity: 'error',
        rule: 'status-code-out-of-range',
        message: 'status code "600" is outside the HTTP range 100 to 599',
      },
    ]);
  });

  it('status-code-missing: a first row with text but no code (placed at its empty code cell)', () => {
    expect(pageDiagnostics(gridTable([STATUS, ['', 'OK', 'Fine.']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 2,
        severity: 'error',
        rule: 'status-code-missing',
        message: 'row has no status code and no code above it to continue',
      },
    ]);
  });

  it('duplicate-status-code: two messages for one code in one page', () => {
    expect(
      pageDiagnostics(gridTable([STATUS, ['401', 'Unauthorized', 'a'], ['401', 'Forbidden', 'b']])),
    ).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 6,
        column: 17,
        severity: 'error',
        rule: 'duplicate-status-code',
        message:
          'status code 401 is documented twice with different messages: "Forbidden" here and "Unauthorized" at tables/x/a.rst:4:17',
      },
    ]);
  });

  it('status-message-variant: two messages for one code in two pages', () => {
    const manifest = JSON.stringify({
      name: 'X',
      documents: ['a.rst', 'b.rst'].map((file) => ({ file, repository: 'example/x', path: file })),
    });
    const diagnostics = diagnosticsOf({
      'x/service.json': manifest,
      'x/a.rst': gridTable([STATUS, ['599', 'Network Timeout', 'a']]),
      'x/b.rst': gridTable([STATUS, ['599', 'Gateway Lost', 'b']]),
    });
    expect(diagnostics).toEqual([
      {
        file: 'tables/x/b.rst',
        line: 4,
        column: 17,
        severity: 'warning',
        rule: 'status-message-variant',
        message:
          'status code 599 has the message "Gateway Lost" here and "Network Timeout" at tables/x/a.rst:4:17; the first is kept, both are documented',
      },
    ]);
  });

  it('message-differs-from-iana', () => {
    expect(pageDiagnostics(gridTable([STATUS, ['201', 'OK', 'Made.']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 17,
        severity: 'warning',
        rule: 'message-differs-from-iana',
        message:
          'the message of 201 is "OK", IANA\'s reason phrase is "Created"; the member is named after IANA\'s phrase',
      },
    ]);
  });
});

describe('reading error tables (the first body row is on line 4)', () => {
  it('error-code-unreadable', () => {
    expect(
      pageDiagnostics(gridTable([ERRORS, ['see the table below', '400', 'm'], ['X.0001', '400', 'm']])),
    ).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 3,
        severity: 'warning',
        rule: 'error-code-unreadable',
        message: '"see the table below" is not an error code; the row is skipped',
      },
    ]);
  });

  it('error-code-spaces', () => {
    expect(pageDiagnostics(gridTable([ERRORS, ['DCS. 4855', '400', 'm']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 3,
        severity: 'warning',
        rule: 'error-code-spaces',
        message: 'error code "DCS. 4855" contains white space; read as "DCS.4855"',
      },
    ]);
  });

  it('error-status-unreadable', () => {
    expect(pageDiagnostics(gridTable([ERRORS, ['X.0001', 'four hundred', 'm']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 4,
        column: 16,
        severity: 'warning',
        rule: 'error-status-unreadable',
        message:
          'status code "four hundred" is not a number from 100 to 599; the error code gets no HTTP status',
      },
    ]);
  });

  it('error-code-variant', () => {
    expect(pageDiagnostics(gridTable([ERRORS, ['X.0001', '400', 'one'], ['X.0001', '404', 'two']]))).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 6,
        column: 3,
        severity: 'warning',
        rule: 'error-code-variant',
        message:
          'error code X.0001 is documented again with different content (first at tables/x/a.rst:4:3); both variants are kept',
      },
    ]);
  });
});

describe('npm run tables:update', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('manifest-upstream-path: an upstream path that would leave the checkouts folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'otc-rules-'));
    cleanup = () => rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'tables', 'x'), { recursive: true });
    const documents = [{ file: 'a.rst', repository: 'example/x', path: '../../etc/passwd' }];
    writeFileSync(join(root, 'tables', 'x', 'service.json'), JSON.stringify({ name: 'X', documents }));
    let stderr = '';
    const output = {
      out: () => undefined,
      err: (text: string) => void (stderr += text),
      paint: (_: unknown, text: string) => text,
    };
    expect(await updateTables({ root, from: join(root, 'checkouts') }, output)).toBe(1);
    expect(stderr).toBe(
      'tables/x/service.json:1:1: error: the upstream source of x/a.rst ("example/x", "../../etc/passwd") must be "owner/name" and a relative path without "." or ".." segments [manifest-upstream-path]\n',
    );
  });
});

describe('whole services', () => {
  it('service-without-codes: a service whose pages hold no code table, at its first page', async () => {
    const encoder = new TextEncoder();
    const snapshot = new Map<string, Uint8Array>([
      ['iana-http-status-codes.json', IANA],
      ['x/service.json', encoder.encode(MANIFEST)],
      ['x/a.rst', encoder.encode('Status Codes\n============\n\nNothing here.\n')],
    ]);
    const { generate } = await import('../codegen/pipeline.js');
    const result = await generate(snapshot);
    expect(result.files).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'tables/x/a.rst',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'service-without-codes',
        message:
          'service "x" documents no status code and no error code: none of its pages has a table with a status-code or error-code column',
      },
    ]);
  });

  it('export-name-clash: two services whose exports would clash in the root index', async () => {
    const page = gridTable([STATUS, ['200', 'OK', 'Fine.']]);
    const manifest = (name: string) =>
      JSON.stringify({ name, documents: [{ file: 'a.rst', repository: 'example/x', path: 's.rst' }] });
    const snapshot = new Map<string, Uint8Array>([['iana-http-status-codes.json', IANA]]);
    const encoder = new TextEncoder();
    for (const key of ['x', 'x-success'])
      for (const [file, text] of [
        ['service.json', manifest(key)],
        ['a.rst', page],
      ] as const)
        snapshot.set(`${key}/${file}`, encoder.encode(text));
    const { generate } = await import('../codegen/pipeline.js');
    const result = await generate(snapshot);
    expect(result.files).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      {
        file: 'tables/x-success/service.json',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'export-name-clash',
        message:
          'service "x-success" would export XSuccessStatusCode, which service "x" exports too; rename one service folder',
      },
    ]);
  });
});
