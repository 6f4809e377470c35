import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageBin } from './project.js';
import { runNode, type RunResult } from './run.js';

/** A TypeScript compiler installed in the repository (the project's own, or an aliased older major). */
export interface Compiler {
  /** The package it's installed as, e.g. `typescript5`. */
  readonly packageName: string;
  /** Its exact version, e.g. `5.9.3`. */
  readonly version: string;
  readonly tsc: string;
}

const require = createRequire(import.meta.url);

/** The latest 5.x, 6.0 and the project's own 7.x, as devDependencies name them. */
const COMPILER_PACKAGES = ['typescript5', 'typescript6', 'typescript'] as const;

/** Every TypeScript major consumers are checked with, oldest first. */
export function supportedCompilers(): Compiler[] {
  return COMPILER_PACKAGES.map((packageName) => {
    const manifest = JSON.parse(readFileSync(require.resolve(`${packageName}/package.json`), 'utf8')) as {
      version: string;
    };
    return { packageName, version: manifest.version, tsc: packageBin(packageName, 'tsc') };
  });
}

/** Type-checks the project of `tsconfig` (a path relative to `cwd`) with one compiler. */
export function typeCheck(compiler: Compiler, tsconfig: string, cwd: string): Promise<RunResult> {
  return runNode(compiler.tsc, ['-p', tsconfig, '--pretty', 'false'], cwd);
}

/** The `file(line,col): error TSnnnn: message` lines of a compiler's output. */
export function errorLines(result: RunResult): string[] {
  return `${result.stdout}${result.stderr}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\berror TS\d+:/.test(line));
}
