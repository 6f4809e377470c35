import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.js';

/** Files npm packs whatever `files` says. */
const ALWAYS_PACKED = ['package.json', 'README.md', 'LICENSE'];

/**
 * Copies what the package publishes (`files` and the files npm always packs) from `root` into `into`, except
 * dist/, which the caller builds there. The tests build and pack this copy, so they never touch the repository's
 * dist/ while someone else builds or tests in the same tree.
 */
export function stagePackage(into: string, root = ROOT): string {
  mkdirSync(into, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files?: string[] };
  const entries = [...ALWAYS_PACKED, ...(manifest.files ?? [])].filter((entry) => entry !== 'dist');
  for (const entry of entries)
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(into, entry), { recursive: true });
  return into;
}
