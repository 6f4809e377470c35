import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const TSC = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** Runs the project's own `tsc` (TypeScript 7) and returns its exit code and combined output. */
export function runTsc(args: readonly string[], cwd = ROOT): { code: number; output: string } {
  const result = spawnSync(process.execPath, [TSC, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** Compiler options shared by the type tests: the strictest settings consumers use. */
export const STRICT_FLAGS = [
  '--ignoreConfig',
  '--noEmit',
  '--strict',
  '--target',
  'es2022',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--isolatedModules',
  '--verbatimModuleSyntax',
  '--noUncheckedIndexedAccess',
  '--exactOptionalPropertyTypes',
];
