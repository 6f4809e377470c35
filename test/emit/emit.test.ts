import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { emitCatalog } from '../../codegen/emit/emit.js';
import { formatFiles } from '../../codegen/format/format.js';
import { servicesMarkdown } from '../../codegen/emit/services-markdown.js';
import type { Catalog, ServiceModel, StatusCodeEntry } from '../../codegen/model/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function emitted(catalog: Catalog): Promise<Map<string, string>> {
  return formatFiles(emitCatalog(catalog));
}

describe('emitCatalog + formatFiles', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`fixture ${name}: catalog.json gives the files in expected/`, async () => {
      const catalog = JSON.parse(readFileSync(join(FIXTURES, name, 'catalog.json'), 'utf8')) as Catalog;
      const files = await emitted(catalog);
      const expectedDir = join(FIXTURES, name, 'expected');
      if (process.env['UPDATE_FIXTURES'] === '1') writeExpected(expectedDir, files);
      const expected = readdirSync(expectedDir, { recursive: true, encoding: 'utf8' })
        .filter((p) => p.endsWith('.ts'))
        .sort();
      expect([...files.keys()].sort()).toEqual(expected);
      for (const [path, text] of files)
        expect(text, path).toBe(readFileSync(join(expectedDir, path), 'utf8'));
    });
  }

  it('is deterministic: the same catalog twice gives identical files', async () => {
    const catalog = JSON.parse(
      readFileSync(join(FIXTURES, 'three-services', 'catalog.json'), 'utf8'),
    ) as Catalog;
    expect(await emitted(catalog)).toEqual(await emitted(structuredClone(catalog)));
  });
});

const HOSTILE = [
  'ends a comment */ and opens one /* here',
  'back`tick ${injection} and \\ backslash',
  'quotes \' " ‘ ’ “ ”',
  '</script><script>alert(1)</script>',
  'line\u2028separator and paragraph\u2029separator',
  'NUL \u0000 bell \u0007 escape \u001b delete \u007f',
  'bidi \u202e override \u2066 isolate \u200f mark',
  'emoji 🚀👩‍💻 combining é (e\u0301)',
  '@param fake tag {@link nowhere}',
];

function hostileCatalog(): Catalog {
  const entries: StatusCodeEntry[] = HOSTILE.map((text, index) => ({
    code: 520 + index,
    name: `HOSTILE_${index}`,
    message: text,
    ianaPhrase: undefined,
    descriptions: [text, `${text} again`],
    otherMessages: [],
    source: { file: 'tables/x/a.rst', line: index + 1, column: 1 },
  }));
  const service: ServiceModel = {
    key: 'x',
    typePrefix: 'X',
    constPrefix: 'X',
    displayName: 'X */ Service',
    documents: [],
    sourceFiles: ['tables/x/a.rst'],
    statusCodes: entries,
    errorCodes: [],
  };
  return { services: [service] };
}

describe('hostile cell text', () => {
  it('round-trips every string exactly and never escapes a comment', async () => {
    const files = await emitted(hostileCatalog());
    const module = files.get('x/status.ts') ?? '';
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, module);
    const comments: string[] = [];
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      expect(kind).not.toBe(ts.SyntaxKind.Unknown);
    }
    const parsed = ts.createSourceFile('status.ts', module, ts.ScriptTarget.Latest, true);
    expect((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    ts.forEachChild(parsed, (node) => {
      for (const range of ts.getLeadingCommentRanges(module, node.pos) ?? [])
        comments.push(module.slice(range.pos, range.end));
    });
    const blockComments = comments.filter((c) => c.startsWith('/*'));
    expect(blockComments.length).toBeGreaterThan(HOSTILE.length);
    for (const comment of blockComments) expect(comment.indexOf('*/')).toBe(comment.length - 2);
    const exports = loadModule(files, 'x/status.ts');
    const messages = exports['X_STATUS_MESSAGES'] as Record<number, string>;
    const descriptions = exports['X_STATUS_DESCRIPTIONS'] as Record<number, string[]>;
    HOSTILE.forEach((text, index) => {
      expect(messages[520 + index]).toBe(text);
      expect(descriptions[520 + index]).toEqual([text, `${text} again`]);
    });
  });
});

/** Runs a generated module (transpiled to CommonJS) with its generated imports, as Node would. */
function loadModule(files: ReadonlyMap<string, string>, path: string): Record<string, unknown> {
  const source = files.get(path);
  if (source === undefined) throw new Error(`no generated file ${path}`);
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const exports: Record<string, unknown> = {};
  const require = (specifier: string) =>
    loadModule(files, posix.join(posix.dirname(path), specifier).replace(/\.js$/, '.ts'));
  new Function('exports', 'require', js)(exports, require);
  return exports;
}

function writeExpected(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('servicesMarkdown', () => {
  it('lists every service with its import path, code counts and sources', () => {
    const catalog = JSON.parse(
      readFileSync(join(FIXTURES, 'three-services', 'catalog.json'), 'utf8'),
    ) as Catalog;
    expect(servicesMarkdown(catalog).split('\n').slice(4, 11)).toEqual([
      '3 services, 4 status codes, 5 error codes.',
      '',
      '| key | service | import | status codes | error codes | upstream |',
      '| --- | --- | --- | ---: | ---: | --- |',
      '| `as` | Auto Scaling | `otc-status-codes/as` | 0 | 1 | opentelekomcloud-docs/auto-scaling |',
      '| `cloud-eye` | Cloud Eye | `otc-status-codes/cloud-eye` | 3 | 4 | opentelekomcloud-docs/cloud-eye |',
      '| `lts` | Log Tank Service | `otc-status-codes/lts` | 1 | 0 | opentelekomcloud-docs/log-tank-service |',
    ]);
  });
});
