/**
 * Where the shared reference data lives (`../shared` from the repository root) and how to read it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (three levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The shared data folder next to the repository. */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');

/** Reads and parses a JSON file under the shared folder. */
export function readSharedJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(SHARED, relative), 'utf8')) as T;
}

/** The decoded text of a shared file, as the oracle reads it (UTF-8, BOM stripped). */
export function readSharedText(path: string): string {
  return readFileSync(resolve(SHARED, path), 'utf8').replace(/^\uFEFF/, '');
}
