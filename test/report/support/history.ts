import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogDocument, type CatalogDocument } from '../../../codegen/emit/catalog-json.js';
import { hasErrors } from '../../../codegen/diagnostics.js';
import { modelTables } from '../../../codegen/pipeline.js';
import { ROOT } from '../../support/run-generate.js';
import type { OracleTable } from './oracle-codes.js';

/** `../shared/corpus/otc/history`: revisions of the appendix pages, `<owner>+<repo>/<path>/<date>-<commit>.rst`. */
export const HISTORY = join(ROOT, '..', 'shared', 'corpus', 'otc', 'history');

/** One revision of a page: its file under HISTORY and docutils' tables of it. */
export interface Revision {
  readonly file: string;
  readonly tables: readonly OracleTable[];
}

/** A page with its revisions, oldest first. */
export interface PageHistory {
  /** `<owner>+<repo>/<path>` */
  readonly page: string;
  readonly revisions: readonly Revision[];
}

/** Every page of the history with at least `minimum` revisions, in page order. */
export function pageHistories(minimum: number): PageHistory[] {
  const oracle = JSON.parse(readFileSync(`${HISTORY}.oracle.json`, 'utf8')) as (Revision & {
    file: string;
  })[];
  const byPage = new Map<string, Revision[]>();
  for (const { file, tables } of oracle) {
    const page = dirname(file);
    byPage.set(page, [...(byPage.get(page) ?? []), { file, tables }]);
  }
  return [...byPage]
    .filter(([, revisions]) => revisions.length >= minimum)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([page, revisions]) => ({
      page,
      revisions: revisions.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    }));
}

const IANA_BYTES = readFileSync(join(ROOT, 'tables', 'iana-http-status-codes.json'));

/** IANA's reason phrases, from the project's own registry file. */
export const IANA: ReadonlyMap<number, string> = new Map(
  (
    JSON.parse(IANA_BYTES.toString('utf8')) as { codes: { code: number; phrase: string | null }[] }
  ).codes.flatMap(({ code, phrase }) => (phrase === null ? [] : [[code, phrase] as const])),
);

/**
 * Runs the generator's pure stages on a tables snapshot holding just this revision, as the one document of a
 * service `replay`: its catalog document, or undefined when the generator refuses the page with an error.
 */
export function generateRevision(page: string, file: string): CatalogDocument | undefined {
  const [owner = '', ...rest] = page.split('/');
  const manifest = {
    name: 'Replay',
    documents: [{ file: 'page.rst', repository: owner.replace('+', '/'), path: rest.join('/') }],
  };
  const snapshot = new Map<string, Uint8Array>([
    ['iana-http-status-codes.json', IANA_BYTES],
    ['replay/service.json', new TextEncoder().encode(JSON.stringify(manifest))],
    ['replay/page.rst', readFileSync(join(HISTORY, file))],
  ]);
  const { catalog, diagnostics } = modelTables(snapshot);
  return catalog && !hasErrors(diagnostics) ? catalogDocument(catalog) : undefined;
}
