import { join } from 'node:path';

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/**
 * Where a document of `repository` (`owner/name`) at `path` may sit in a local folder of upstream checkouts:
 * `<from>/<owner>+<name>/<path>` (the layout of ../shared/corpus/otc/pages) or `<from>/<owner>/<name>/<path>`.
 * Undefined when the repository or path could point outside that folder.
 */
export function upstreamCandidates(from: string, repository: string, path: string): string[] | undefined {
  const match = REPOSITORY.exec(repository);
  const segments = path.split('/');
  const unsafe = segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'));
  if (!match || unsafe || match[1] === '..' || match[2] === '..') return undefined;
  const [, owner = '', name = ''] = match;
  return [join(from, `${owner}+${name}`, ...segments), join(from, owner, name, ...segments)];
}
