import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Reads every file below `root` into a map keyed by its `/`-separated path relative to `root`. */
export async function readTree(root: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return files;
    throw error;
  }
  const paths = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const contents = await Promise.all(paths.map((path) => readFile(path)));
  paths.forEach((path, index) => {
    const bytes = contents[index];
    if (bytes) files.set(relative(root, path).split(sep).join('/'), bytes);
  });
  return files;
}

/** Reads every file below `root` as UTF-8 text. */
export async function readTextTree(root: string): Promise<Map<string, string>> {
  return decodeTree(await readTree(root));
}

/** Decodes files as UTF-8, keeping a byte-order mark so that adding one still counts as a change. */
export function decodeTree(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return new Map([...files].map(([path, data]) => [path, decoder.decode(data)]));
}

/** Writes a file so that a reader never sees it half-written: a temporary sibling renamed into place. */
export async function writeFileAtomically(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
