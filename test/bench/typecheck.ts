import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildPackage } from '../package/build.js';

const TSC = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/**
 * Wall time of the project's `tsc` over a consumer of one service and over a consumer of every service, both
 * reading the declarations the package publishes (checked too: `skipLibCheck` off).
 */
export interface TypecheckTiming {
  readonly oneServiceSeconds: number;
  readonly allServicesSeconds: number;
  readonly ratio: number;
}

/** Builds the package, then type-checks a consumer of `service` alone and of the root (every service), best of `runs`. */
export async function measureTypecheck(service = 'lts', runs = 3): Promise<TypecheckTiming> {
  const dir = mkdtempSync(join(tmpdir(), 'otc-bench-tsc-'));
  try {
    await buildPackage({ outDir: join(dir, 'dist') });
    const esm = join(dir, 'dist', 'esm').split('\\').join('/');
    const one = consumer(dir, 'one.ts', `${esm}/${service}/index.js`);
    const all = consumer(dir, 'all.ts', `${esm}/index.js`);
    const oneServiceSeconds = best(runs, () => tsc(one));
    const allServicesSeconds = best(runs, () => tsc(all));
    return { oneServiceSeconds, allServicesSeconds, ratio: allServicesSeconds / oneServiceSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function consumer(dir: string, name: string, module: string): string {
  const path = join(dir, name);
  writeFileSync(path, `import * as api from '${module}';\nexport const used: unknown = api;\n`);
  return path;
}

function tsc(file: string): number {
  const start = performance.now();
  const flags = [
    '--ignoreConfig',
    '--noEmit',
    '--strict',
    '--module',
    'nodenext',
    '--target',
    'es2022',
    '--skipLibCheck',
  ];
  const result = spawnSync(process.execPath, [TSC, ...flags, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc failed on ${file}:\n${result.stdout}${result.stderr}`);
  return (performance.now() - start) / 1000;
}

function best(runs: number, measure: () => number): number {
  return Math.min(...Array.from({ length: runs }, measure));
}
