import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

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

/** A throw-away copy of the project's tables/ and generated/, removed by the returned cleanup. */
export function projectCopy(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'otc-status-codes-'));
  cpSync(join(ROOT, 'tables'), join(root, 'tables'), { recursive: true });
  cpSync(join(ROOT, 'generated'), join(root, 'generated'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
