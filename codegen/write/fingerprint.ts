import { createHash } from 'node:crypto';
import { compareText } from '../diagnostics.js';

/** SHA-256 of each file, by path, in path order. */
export function hashFiles(files: ReadonlyMap<string, Uint8Array | string>): Record<string, string> {
  const paths = [...files.keys()].sort(compareText);
  return Object.fromEntries(paths.map((path) => [path, sha256(files.get(path) ?? '')]));
}

/**
 * One hash for several named trees of files (e.g. `tables` and `generator`): changes whenever any file is
 * added, removed, renamed or edited in any of them.
 */
export function fingerprintOf(trees: Readonly<Record<string, Record<string, string>>>): string {
  const lines = Object.keys(trees)
    .sort(compareText)
    .flatMap((tree) => Object.entries(trees[tree] ?? {}).map(([path, hash]) => `${tree}/${path}\0${hash}`));
  return sha256(lines.sort(compareText).join('\n'));
}

/** True when two path → hash records list the same files with the same hashes. */
export function sameHashes(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
