import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { copyOf, seedTables, type Project } from '../cli/support/project.js';

import { ROOT } from './root.js';

export { ROOT };

const TSX = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs `npm run generate` (without npm's banner) with the given arguments, from the repository root. */
export function runGenerate(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'codegen', 'cli', 'generate.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A throw-away project holding tables/ with the seed documents only and the generated/ they make, removed by
 * the returned cleanup. Built once per test file; tests take copies of it with {@link copyProject}.
 */
export async function seedProject(): Promise<Project> {
  const project = seedTables();
  const result = runGenerate(['--root', project.root]);
  if (result.code !== 0) throw new Error(`generating the seed project failed:\n${result.stderr}`);
  return project;
}

/** A throw-away copy of a project's tables/ and generated/, removed by the returned cleanup. */
export function copyProject(from: string): Project {
  return copyOf(from);
}
