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
  // The top folder of each entry: npm pack then applies the entry's pattern (`generated/**/*.ts`) itself.
  const tops = [...ALWAYS_PACKED, ...(manifest.files ?? [])].map((entry) => entry.split('/')[0] ?? entry);
  for (const top of new Set(tops))
    if (top !== 'dist' && existsSync(join(root, top)))
      cpSync(join(root, top), join(into, top), { recursive: true });
  return into;
}
