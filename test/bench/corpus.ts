import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/run-generate.js';

/** The real-world corpus beside the clone: pages, sample and history of the Open Telekom Cloud docs. */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'otc');

/** Every `.rst` file of the corpus folders, in a stable order, with its text. */
export function corpusFiles(
  folders: readonly string[] = ['pages', 'sample', 'history'],
): { path: string; text: string }[] {
  return folders.flatMap((folder) =>
    readdirSync(join(CORPUS, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.rst'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => ({ path, text: readFileSync(path, 'utf8') })),
  );
}
