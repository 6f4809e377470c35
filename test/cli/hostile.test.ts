/**
 * Hostile input to the real command (`npm run generate` on a throw-away project): every file a service folder
 * can hold, broken in every way a file can be. Each run either reads the input correctly or rejects it with
 * compiler-style diagnostics at their places, exit code 1, no stack trace, and generated/ untouched.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readTextTree } from '../../codegen/cli/files.js';
import type { CatalogDocument, ServiceRecord } from '../../codegen/emit/catalog-json.js';
import { copyProject, runGenerate, seedProject } from '../support/run-generate.js';

// Each test starts the generator in a process of its own: seconds each, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

/** A service `x` with one status table: 200 on line 7, 404 on line 9. */
const CLEAN = `Status Codes
============

+-------------+-----------+------------------------+
| Status Code | Message   | Description            |
+=============+===========+========================+
| 200         | OK        | The request succeeded. |
+-------------+-----------+------------------------+
| 404         | Not Found | Nothing is there.      |
+-------------+-----------+------------------------+
`;

const DOCUMENT = { file: 'a.rst', repository: 'example/x', path: 'api-ref/status_codes.rst' };

function manifest(documents: readonly { file: string }[] = [DOCUMENT]): string {
  return `${JSON.stringify({ name: 'X', documents: documents.map((d) => ({ ...DOCUMENT, ...d })) }, null, 2)}\n`;
}

let seeds: { root: string; cleanup: () => void };
/** generated/ of the seeds plus the clean service `x`: what every variant read correctly must give. */
let reference: Map<string, string>;
let cleanups: (() => void)[] = [];

beforeAll(async () => {
  seeds = await seedProject();
  const root = projectWith({ 'service.json': manifest(), 'a.rst': CLEAN });
  const result = runGenerate(['--root', root]);
  if (result.code !== 0) throw new Error(`the clean service does not generate:\n${result.stderr}`);
  reference = await readTextTree(join(root, 'generated'));
}, 180_000);
afterAll(() => seeds.cleanup());
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A copy of the seed project with `tables/x/` holding the given files. */
function projectWith(files: Readonly<Record<string, string | Uint8Array>>): string {
  const { root, cleanup } = copyProject(seeds.root);
  cleanups.push(cleanup);
  mkdirSync(join(root, 'tables', 'x'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(root, 'tables', 'x', name), content);
  return root;
}

/** The service `x` as generated/catalog.json records it. */
function serviceX(root: string): ServiceRecord {
  const text = readFileSync(join(root, 'generated', 'catalog.json'), 'utf8');
  const found = (JSON.parse(text) as CatalogDocument).services.find((s) => s.key === 'x');
  if (!found) throw new Error('generated/catalog.json has no service x');
  return found;
}

/** Runs the generator over the files and expects success with exactly the given stderr lines. */
function expectRead(
  files: Readonly<Record<string, string | Uint8Array>>,
  stderr: readonly (string | RegExp)[] = [],
): string {
  const root = projectWith(files);
  const result = runGenerate(['--root', root]);
  expect(lines(result.stderr)).toEqual(
    stderr.map((line) => (typeof line === 'string' ? line : expect.stringMatching(line))),
  );
  expect(result.code).toBe(0);
  return root;
}

/** Runs the generator over the files and expects exactly these diagnostics, exit code 1 and generated/ untouched. */
async function expectRejected(
  files: Readonly<Record<string, string | Uint8Array>>,
  diagnostics: readonly (string | RegExp)[],
): Promise<void> {
  const stderr = await rejectedRun(files);
  expect(stderr).toEqual([
    ...diagnostics.map((line) => (typeof line === 'string' ? line : expect.stringMatching(line))),
    'generate: errors found; generated/ was left untouched',
  ]);
}

/**
 * Like {@link expectRejected} for problems the RST reader finds: the error must be there as given, and every
 * other line a well-formed diagnostic (the reader's own tests pin down the warnings docutils adds around it).
 */
async function expectRejectedByReader(
  files: Readonly<Record<string, string | Uint8Array>>,
  error: string,
): Promise<void> {
  const stderr = await rejectedRun(files);
  expect(stderr).toContain(error);
  expect(stderr.at(-1)).toBe('generate: errors found; generated/ was left untouched');
  for (const line of stderr.slice(0, -1))
    expect(line).toMatch(/^tables\/x\/a\.rst:\d+:\d+: (error|warning): \S.* \[[a-z0-9-]+\]$/);
}

/** Runs the generator, expects exit code 1, nothing on stdout and generated/ untouched; returns stderr's lines. */
async function rejectedRun(files: Readonly<Record<string, string | Uint8Array>>): Promise<string[]> {
  const root = projectWith(files);
  const before = await readTextTree(join(root, 'generated'));
  const result = runGenerate(['--root', root]);
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(await readTextTree(join(root, 'generated'))).toEqual(before);
  return lines(result.stderr);
}

/** stderr as lines; the seeds' own IANA warnings are left out (test/cli/generate.test.ts covers them). */
function lines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter(
      (line) =>
        line !== '' && !/^tables\/(lts|elb)\/status-codes\.rst:.*\[message-differs-from-iana\]$/.test(line),
    );
}

describe('input the generator reads correctly', () => {
  it.each([
    ['a byte order mark', (text: string) => `\ufeff${text}`],
    ['CRLF line endings', (text: string) => text.replace(/\n/g, '\r\n')],
    [
      'mixed CRLF, LF and CR line endings',
      (text: string) =>
        text
          .split('\n')
          .map((line, index) => `${line}${['\r\n', '\n', '\r'][index % 3]}`)
          .join('')
          .slice(0, -1),
    ],
    ['tabs outside the table', (text: string) => `${text}\n\tAn indented\tparagraph.\n`],
    ['a 50,000-character line after the table', (text: string) => `${text}\n${'x'.repeat(50_000)}\n`],
    ['lists nested 150 deep after the table', (text: string) => `${text}\n${nestedList(150)}`],
  ])('%s: the same generated/ as the clean page', async (_, change) => {
    const root = expectRead({ 'service.json': manifest(), 'a.rst': change(CLEAN) });
    expect(await readTextTree(join(root, 'generated'))).toEqual(reference);
  });

  it('a service.json with a byte order mark and CRLF line endings', async () => {
    const root = expectRead({ 'service.json': `\ufeff${manifest().replace(/\n/g, '\r\n')}`, 'a.rst': CLEAN });
    expect(await readTextTree(join(root, 'generated'))).toEqual(reference);
  });

  it('an empty second page: the codes of the first', async () => {
    const root = expectRead({
      'service.json': manifest([DOCUMENT, { file: 'b.rst' }]),
      'a.rst': CLEAN,
      'b.rst': '',
    });
    expect(serviceX(root).statusCodes.map((e) => [e.code, e.message])).toEqual([
      [200, 'OK'],
      [404, 'Not Found'],
    ]);
  });

  it('a tab in the title: a warning with its place, and the table still read', async () => {
    const root = expectRead(
      { 'service.json': manifest(), 'a.rst': CLEAN.replace('Status Codes', 'Status\tCodes') },
      ['tables/x/a.rst:2:1: warning: Title underline too short. [title-underline-too-short]'],
    );
    expect(serviceX(root).statusCodes.map((e) => e.code)).toEqual([200, 404]);
  });

  it('a 50,000-character cell: its whole text in the catalog', async () => {
    const long = 'word '.repeat(10_000).trim();
    const page = `Status Codes\n============\n\n${gridTable([
      ['Status Code', 'Description'],
      ['200', long],
    ])}`;
    const root = expectRead({ 'service.json': manifest(), 'a.rst': page });
    expect(serviceX(root).statusCodes).toMatchObject([{ code: 200, message: 'OK', descriptions: [long] }]);
  });

  it('a table of 100,000 rows: read whole, well within the time limit', { timeout: 120_000 }, async () => {
    const codes = [
      ['200', 'OK'],
      ['201', 'Created'],
      ['400', 'Bad Request'],
      ['404', 'Not Found'],
      ['500', 'Internal Server Error'],
    ] as const;
    const rows = Array.from({ length: 100_000 }, (_, i) => [...codes[i % codes.length]!, `Row ${i % 7}.`]);
    const page = `Status Codes\n============\n\n${gridTable([['Status Code', 'Message', 'Description'], ...rows])}`;
    const root = expectRead({ 'service.json': manifest(), 'a.rst': page });
    const found = serviceX(root).statusCodes;
    expect(found.map((e) => [String(e.code), e.message])).toEqual(codes);
    expect(found[0]?.descriptions).toEqual([
      'Row 0.',
      'Row 5.',
      'Row 3.',
      'Row 1.',
      'Row 6.',
      'Row 4.',
      'Row 2.',
    ]);
  });
});

describe('input the generator rejects: diagnostics at their places, exit code 1, generated/ untouched', () => {
  it('a binary file', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1,
    ]);
    await expectRejected({ 'service.json': manifest(), 'a.rst': png }, [
      'tables/x/a.rst:1:1: error: Invalid UTF-8: byte 0x89 continues a character that never started; save the file as UTF-8. [invalid-utf8]',
      'tables/x/a.rst:4:1: error: Invalid UTF-8: byte 0xFF never occurs in UTF-8 text; save the file as UTF-8. [invalid-utf8]',
      'tables/x/a.rst:4:2: error: Invalid UTF-8: byte 0xFE never occurs in UTF-8 text; save the file as UTF-8. [invalid-utf8]',
    ]);
  });

  it('a page saved as Latin-1', async () => {
    const latin1 = Buffer.from(CLEAN.replace('Nothing is', 'Nothing é is'), 'latin1');
    await expectRejected({ 'service.json': manifest(), 'a.rst': latin1 }, [
      'tables/x/a.rst:9:37: error: Invalid UTF-8: the character starting with byte 0xE9 is cut short or malformed; save the file as UTF-8. [invalid-utf8]',
    ]);
  });

  it('a service.json that is not JSON', async () => {
    await expectRejected({ 'service.json': '{ "name": "X", documents: [] }\n', 'a.rst': CLEAN }, [
      /^tables\/x\/service\.json:1:16: error: invalid JSON: Expected double-quoted property name in JSON at position 15.* \[json-syntax\]$/,
    ]);
  });

  it('a service.json that lacks fields', async () => {
    await expectRejected({ 'service.json': '{ "documents": [{ "file": "a.rst" }] }\n', 'a.rst': CLEAN }, [
      'tables/x/service.json:1:1: error: service.json needs a non-empty "name" (the display name) [manifest-shape]',
      'tables/x/service.json:1:1: error: documents[0] needs string fields "file", "repository" and "path" [manifest-shape]',
    ]);
  });

  it('a listed page that is missing', async () => {
    await expectRejected({ 'service.json': manifest([DOCUMENT, { file: 'b.rst' }]), 'a.rst': CLEAN }, [
      'tables/x/b.rst:1:1: error: tables/x/b.rst is missing [missing-file]',
    ]);
  });

  it('a tab inside a table, which widens its row', async () => {
    await expectRejectedByReader(
      { 'service.json': manifest(), 'a.rst': CLEAN.replace('| 200         |', '| 200\t        |') },
      'tables/x/a.rst:4:1: error: Malformed table. Right border not aligned or missing. Line 7 ends at column 54, but the top border ends at column 52; align the right border "|" with the top border\'s last "+". [grid-right-border]',
    );
  });

  it('a table without its bottom border', async () => {
    await expectRejectedByReader(
      { 'service.json': manifest(), 'a.rst': CLEAN.split('\n').slice(0, -2).join('\n') + '\n' },
      "tables/x/a.rst:8:1: error: Malformed table. Bottom border missing or corrupt. The table's last line (line 9) is not a border line like +-----+; add the bottom border. [grid-bottom-border]",
    );
  });

  it('lists nested deeper than the reader goes (200 levels)', async () => {
    await expectRejectedByReader(
      { 'service.json': manifest(), 'a.rst': `${CLEAN}\n${nestedList(300)}` },
      'tables/x/a.rst:410:401: error: Blocks nest too deeply here; the content is not read. [nesting-too-deep]',
    );
  });
});

/** Bullet lists nested `depth` deep, one item per level, each two columns further in. */
function nestedList(depth: number): string {
  return Array.from({ length: depth }, (_, level) => `${' '.repeat(2 * level)}- item ${level}\n\n`).join('');
}

/** A grid table of the given rows (the first is the header), columns as wide as their widest cell. */
function gridTable(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map(
    (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)) + 2,
  );
  const border = (fill: string) => `+${widths.map((width) => fill.repeat(width)).join('+')}+`;
  const line = (row: readonly string[]) =>
    `|${widths.map((width, column) => ` ${(row[column] ?? '').padEnd(width - 1)}`).join('|')}|`;
  const [header = [], ...body] = rows;
  return (
    [border('-'), line(header), border('='), ...body.flatMap((row) => [line(row), border('-')])].join('\n') +
    '\n'
  );
}
