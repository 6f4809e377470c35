// The package as its users get it: built, packed, installed offline from the tarball into a fresh project,
// then linted, run, type-checked, bundled and read through an editor's eyes. Build, pack and install happen once.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { measureBundleSizes } from '../bench/bundle-size.js';
import { buildPackage } from './build.js';
import { bundle } from './bundle.js';
import { errorLines, supportedCompilers, typeCheck } from './compilers.js';
import { createConsumer, type ConsumerProject } from './consumer.js';
import { editorViews, placeOf, type EditorView } from './editor.js';
import { attwReport, publintFindings } from './lint.js';
import { packPackage, type PackedPackage } from './npm.js';
import { generatedServices } from './project.js';
import { runNode } from './run.js';
import { distinctiveStrings, serviceStrings } from './service-strings.js';
import { stagePackage } from './stage.js';

/** The service the consumer fixtures use; every other service must stay out of its bundles. */
const SERVICE = 'lts';
const SERVICES = generatedServices();
// The tests start processes (npm, tsc, tsserver) while the rest of the suite shares the machine's cores.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let workDir: string;
/** The staged copy of the package that is built and packed. */
let packageDir: string;
let packed: PackedPackage;
let consumer: ConsumerProject;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'otc-status-codes-package-'));
  packageDir = stagePackage(join(workDir, 'package'));
  await buildPackage({ source: join(packageDir, 'generated'), outDir: join(packageDir, 'dist') });
  packed = await packPackage(packageDir, workDir);
  consumer = await createConsumer(join(workDir, 'consumer'), packed.tarball);
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('publishes only dist/, the generated TypeScript the declaration maps point at, README, LICENSE and package.json', () => {
    const stray = packed.files.filter(
      (path) =>
        !/^dist\/|^generated\/.*\.ts$/.test(path) && !['README.md', 'LICENSE', 'package.json'].includes(path),
    );
    expect(stray).toEqual([]);
    expect(packed.files).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'dist/cjs/package.json', 'generated/index.ts']),
    );
  });

  it.each(SERVICES)('holds ES module, CommonJS and declarations of %s', (key) => {
    const expected = ['esm', 'cjs'].flatMap((format) =>
      ['index.js', 'index.d.ts', 'index.d.ts.map'].map((file) => `dist/${format}/${key}/${file}`),
    );
    expect(packed.files).toEqual(expect.arrayContaining(expected));
  });

  it('has no runtime dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(consumer.packageDir, 'package.json'), 'utf8')) as object;
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('peerDependencies');
    expect(manifest).not.toHaveProperty('optionalDependencies');
  });

  it('ships JavaScript without the JSDoc, which the declarations keep, and with the bundler annotations', () => {
    const file = (format: string, name: string) =>
      readFileSync(join(consumer.packageDir, 'dist', format, SERVICE, name), 'utf8');
    for (const format of ['esm', 'cjs']) {
      expect(file(format, 'status.js')).not.toContain('Source: tables/');
      expect(file(format, 'status.d.ts')).toContain('Source: tables/');
    }
    expect(file('esm', 'status.js')).toContain('/* @__PURE__ */ Object.freeze(');
  });

  it('has declaration maps whose sources are shipped generated/ files', () => {
    const maps = packed.files.filter((path) => path.endsWith('.d.ts.map'));
    expect(maps.length).toBeGreaterThanOrEqual(SERVICES.length * 2);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(consumer.packageDir, map), 'utf8')) as {
        sources: string[];
      };
      const shipped = sources.map((source) => resolve(join(consumer.packageDir, map, '..'), source));
      for (const path of shipped) {
        expect(path.startsWith(join(consumer.packageDir, 'generated/')), map).toBe(true);
        expect(existsSync(path), path).toBe(true);
      }
    }
  });
});

describe('packaging lint', () => {
  it('publint finds nothing, not even a suggestion', async () => {
    expect(await publintFindings(packed.tarball)).toEqual([]);
  });

  it('arethetypeswrong finds no problem, and resolves types for every entry point under node10, node16 and bundler', async () => {
    const subpaths = ['.', ...SERVICES.map((key) => `./${key}`), './package.json'];
    const { analysis } = await attwReport(packed.tarball, subpaths);
    expect(analysis.problems).toEqual([]);
    expect(Object.keys(analysis.entrypoints).sort()).toEqual([...subpaths].sort());
    const subpathTypes = analysis.entrypoints[`./${SERVICE}`]?.resolutions ?? {};
    expect(
      Object.fromEntries(Object.entries(subpathTypes).map(([kind, r]) => [kind, r.resolution?.fileName])),
    ).toEqual({
      node10: `/node_modules/otc-status-codes/dist/cjs/${SERVICE}/index.d.ts`,
      'node16-cjs': `/node_modules/otc-status-codes/dist/cjs/${SERVICE}/index.d.ts`,
      'node16-esm': `/node_modules/otc-status-codes/dist/esm/${SERVICE}/index.d.ts`,
      bundler: `/node_modules/otc-status-codes/dist/esm/${SERVICE}/index.d.ts`,
    });
  });
});

describe('at run time under Node', () => {
  const statusExports = [
    'LTS_STATUS_CODES',
    'LTS_STATUS_DESCRIPTIONS',
    'LTS_STATUS_MESSAGES',
    'LtsStatus',
    'LtsStatusCode',
    'isLtsStatusCode',
  ];
  const values = {
    sameEnumThroughRootAndSubpath: true,
    enumMember: 429,
    enumReverseName: 'TOO_MANY_REQUESTS',
    constMember: 404,
    codes: [200, 201, 204, 400, 401, 403, 404, 408, 429, 500, 503],
    message: 'Not Found',
    guard: [true, false, false],
    frozen: [true, true, true],
    assertNever: 'TypeError: Unexpected value: 418',
  };

  /** Checks what fixtures/consumer/observe.cjs saw: the subpath is the service's part of the root, and works. */
  function expectService(stdout: string, resolvedSubpath: string): void {
    const { subpathExports, rootExportsOfService, ...seen } = JSON.parse(stdout) as Record<string, unknown>;
    expect(subpathExports).toEqual(rootExportsOfService);
    expect(subpathExports).toEqual(expect.arrayContaining(statusExports));
    expect(seen).toEqual({ resolvedSubpath, ...values });
  }

  it('`import` of the root and of a subpath loads the ES modules', async () => {
    const result = await runNode('runtime.mjs', [], consumer.dir);
    expect(result.stderr).toBe('');
    expectService(result.stdout, `file://${join(consumer.packageDir, 'dist', 'esm', SERVICE, 'index.js')}`);
  });

  it('`require` of the root and of a subpath loads the CommonJS modules', async () => {
    const result = await runNode('runtime.cjs', [], consumer.dir);
    expect(result.stderr).toBe('');
    expectService(result.stdout, join(consumer.packageDir, 'dist', 'cjs', SERVICE, 'index.js'));
  });
});

describe.concurrent('type-checking consumers', () => {
  const settings = {
    'tsconfig.nodenext.json': 'module nodenext, an ES module and a CommonJS file',
    'tsconfig.bundler.json': 'module preserve + moduleResolution bundler',
    'tsconfig.strictest.json':
      'strict, isolatedModules, verbatimModuleSyntax, erasableSyntaxOnly, exact optional, unchecked index',
  };

  for (const compiler of supportedCompilers()) {
    for (const [tsconfig, what] of Object.entries(settings)) {
      it(`TypeScript ${compiler.version} accepts the exhaustive switches under ${what}`, async () => {
        const result = await typeCheck(compiler, tsconfig, consumer.dir);
        expect(errorLines(result)).toEqual([]);
        expect(result.code).toBe(0);
      });
    }

    it(`TypeScript ${compiler.version} rejects each switch that misses a case`, async () => {
      const result = await typeCheck(compiler, 'tsconfig.missing-case.json', consumer.dir);
      expect(result.code).not.toBe(0);
      expect(errorLines(result)).toEqual([
        expect.stringMatching(
          /^missing-case\.ts\(\d+,\d+\): error TS2345: Argument of type '429' is not assignable to parameter of type 'never'/,
        ),
        expect.stringMatching(
          /^missing-case\.ts\(\d+,\d+\): error TS2345: Argument of type 'LtsStatus\.SERVICE_UNAVAILABLE' is not assignable to parameter of type 'never'/,
        ),
      ]);
    });
  }
});

describe('bundling with esbuild', () => {
  const esm = (...path: string[]) => join(consumer.packageDir, 'dist', 'esm', ...path);
  let own: Set<string>;
  let foreign: string[];

  beforeAll(async () => {
    own = await serviceStrings(consumer.packageDir, SERVICE);
    const others = await Promise.all(
      SERVICES.filter((key) => key !== SERVICE).map((key) => serviceStrings(consumer.packageDir, key)),
    );
    foreign = others.flatMap((strings) => distinctiveStrings(strings, own));
  });

  it('has strings of other services to look for', () => {
    expect(SERVICES.length).toBeGreaterThan(1);
    expect(foreign.length).toBeGreaterThan(SERVICES.length - 1);
  });

  it(`keeps only ${SERVICE}'s enum module when a consumer imports its enum from the subpath`, async () => {
    const result = await bundle(`export { LtsStatus } from 'otc-status-codes/${SERVICE}';`, consumer.dir);
    expect(result.contributors).toEqual([esm(SERVICE, 'status-enum.js')]);
    expect(result.code).toContain('TOO_MANY_REQUESTS');
    expect(foreign.filter((text) => result.code.includes(text))).toEqual([]);
  });

  it(`keeps only the one ${SERVICE} constant a consumer imports from the root`, async () => {
    const result = await bundle(`export { LTS_STATUS_MESSAGES } from 'otc-status-codes';`, consumer.dir);
    expect(result.contributors).toEqual([esm(SERVICE, 'status.js')]);
    expect(result.code).toContain('LTS_STATUS_MESSAGES');
    expect(result.code).not.toMatch(/LTS_STATUS_DESCRIPTIONS|LtsStatusCode|isLtsStatusCode/);
    expect(foreign.filter((text) => result.code.includes(text))).toEqual([]);
  });
});

describe('the bundle size report', () => {
  it('measures every entry, and an enum costs the same from the root as from its subpath', async () => {
    const sizes = Object.fromEntries(
      (await measureBundleSizes({ root: packageDir, build: false })).map((size) => [size.id, size]),
    );
    expect(Object.keys(sizes)).toEqual([
      'service-enum',
      'service-enum-from-root',
      'service-const',
      'service-api',
      'root',
      'http-status-codes',
    ]);
    expect(sizes['service-enum-from-root']?.minifiedBytes).toBe(sizes['service-enum']?.minifiedBytes);
    expect(sizes['service-enum']?.minifiedBytes).toBeLessThan(sizes['service-api']?.minifiedBytes ?? 0);
    expect(sizes['service-api']?.minifiedBytes).toBeLessThan(sizes['root']?.minifiedBytes ?? 0);
    for (const size of Object.values(sizes)) expect(size.gzippedBytes).toBeLessThan(size.minifiedBytes);
  });
});

describe('in an editor', () => {
  const generated = (file: string) => join(consumer.packageDir, 'generated', SERVICE, file);
  const docOf429 = /^`429` Too Many Requests\n[\s\S]*\nSource: tables\/lts\/[\w-]+\.rst:\d+$/;
  let enumMember: EditorView;
  let constMember: EditorView;

  beforeAll(async () => {
    const consumerFile = join(consumer.dir, 'exhaustive.ts');
    const views = await editorViews([
      placeOf(consumerFile, 'TOO_MANY_REQUESTS', 'LtsStatus.'),
      placeOf(consumerFile, 'TOO_MANY_REQUESTS', 'LtsCode.'),
    ]);
    [enumMember, constMember] = views as [EditorView, EditorView];
  });

  it('hovering an enum member shows its JSDoc; "go to definition" lands on it in generated/', () => {
    expect(enumMember.documentation).toMatch(docOf429);
    expect(enumMember.definitions).toEqual([placeOf(generated('status-enum.ts'), 'TOO_MANY_REQUESTS = ')]);
  });

  it('the same holds for the const object that twins the enum', () => {
    expect(constMember.documentation).toMatch(docOf429);
    // The declaration map ties the member's type to its value, so the editor lands on the member's line at `429`.
    const { file, line } = placeOf(generated('status.ts'), 'TOO_MANY_REQUESTS:');
    expect(constMember.definitions).toEqual([{ file, line, offset: expect.any(Number) }]);
  });
});
