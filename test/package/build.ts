#!/usr/bin/env node
/**
 * `npm run build`: generated/ → dist/esm (ES modules) and dist/cjs (CommonJS), each with declarations whose
 * declaration maps point back at generated/. `--source DIR --out DIR` build another tree, e.g. an emitter fixture.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule, packageBin, ROOT } from './project.js';
import { expectSuccess, runNode } from './run.js';
import { stripCommentsInTree } from './strip-comments.js';

/** What to compile and where to; both default to the project's own generated/ and dist/. */
export interface BuildOptions {
  readonly source?: string;
  readonly outDir?: string;
}

/** The module formats in dist/, each compiled by the tsconfig of the same name beside this file. */
const FORMATS = ['esm', 'cjs'] as const;

/**
 * Compiles `source` into `outDir`/esm and `outDir`/cjs with the project's TypeScript: JavaScript without
 * comments (bundler annotations kept), declarations with their JSDoc and declaration maps. Replaces `outDir`.
 */
export async function buildPackage(options: BuildOptions = {}): Promise<void> {
  const source = resolve(options.source ?? join(ROOT, 'generated'));
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  if (!existsSync(join(source, 'index.ts')))
    throw new Error(`${join(source, 'index.ts')} is missing: run \`npm run generate\` first`);
  rmSync(outDir, { recursive: true, force: true });
  const configDir = mkdtempSync(join(tmpdir(), 'otc-status-codes-build-'));
  try {
    await Promise.all(
      FORMATS.map(async (format) => {
        await compile(format, source, join(outDir, format), configDir);
        // The JSDoc is for editors, which read it from the declarations; in the JavaScript it would more than
        // double what Node parses. (tsc's removeComments would drop the bundlers' annotations too.)
        await stripCommentsInTree(join(outDir, format));
      }),
    );
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
  // The package is "type": "module", so without this marker Node and TypeScript would read dist/cjs as ESM.
  writeFileSync(join(outDir, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
}

async function compile(format: string, source: string, outDir: string, configDir: string): Promise<void> {
  // A config extending the committed one: `include` can't be overridden on tsc's command line.
  const config = join(configDir, `tsconfig.${format}.json`);
  const base = join(ROOT, 'test', 'package', `tsconfig.${format}.json`);
  const settings = { extends: base, compilerOptions: { rootDir: source, outDir }, include: [source] };
  writeFileSync(config, JSON.stringify(settings));
  const tsc = packageBin('typescript', 'tsc');
  expectSuccess(await runNode(tsc, ['-p', config], ROOT), `tsc (${format})`);
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { source: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const started = performance.now();
  const options = {
    source: values.source ?? join(ROOT, 'generated'),
    outDir: values.out ?? join(ROOT, 'dist'),
  };
  await buildPackage(options);
  const took = Math.round(performance.now() - started);
  process.stdout.write(
    `built ${relative(ROOT, options.outDir) || '.'}/{${FORMATS.join(',')}} from ${relative(ROOT, options.source)} in ${took} ms\n`,
  );
  return 0;
}

if (isMainModule(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
