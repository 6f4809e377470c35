/**
 * The committed tables/ against the corpus they are copied from (`../shared/corpus/otc/pages`): every service
 * folder has a valid service.json whose documents are byte-for-byte copies of their upstream pages, and every
 * corpus page is used by exactly one service or left out for a reason written down in left-out-pages.json (which
 * the README's "Services and sources" section repeats).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, type ServiceManifest } from '../../codegen/read/manifest.js';
import { REPO_ROOT, SHARED } from '../parse/support/shared.js';

interface LeftOut {
  /** Repositories holding the same pages as a service taken from another repository. */
  readonly merged: readonly { readonly repository: string; readonly into: string; readonly reason: string }[];
  /** Repositories left out entirely. */
  readonly repositories: readonly { readonly repository: string; readonly reason: string }[];
  /** Single pages left out of a repository whose other pages are used. */
  readonly pages: readonly { readonly repository: string; readonly path: string; readonly reason: string }[];
}

const TABLES = join(REPO_ROOT, 'tables');
const PAGES = join(SHARED, 'corpus', 'otc', 'pages');
const LEFT_OUT = JSON.parse(
  readFileSync(join(import.meta.dirname, 'left-out-pages.json'), 'utf8'),
) as LeftOut;

/** The service key rule of the generator (`codegen/read/snapshot.ts`). */
const SERVICE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DOCUMENT_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.rst$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Every file under a folder, as `/`-separated paths relative to it, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** The corpus page of an upstream document: repository `owner/name` → folder `owner+name`. */
function pageOf(repository: string, path: string): string {
  return `${repository.replace('/', '+')}/${path}`;
}

/** The repository (`owner/name`) of a corpus page. */
function repositoryOf(page: string): string {
  return page.slice(0, page.indexOf('/')).replace('+', '/');
}

/** The PascalCase prefix the generator derives from a key (`dms-rocketmq` → `DmsRocketmq`). */
function pascal(key: string): string {
  return key
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const serviceKeys = readdirSync(TABLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const manifests = new Map<string, ServiceManifest>();
for (const key of serviceKeys) {
  const parsed = parseManifest(readFileSync(join(TABLES, key, 'service.json'), 'utf8'));
  if (parsed.ok) manifests.set(key, parsed.value);
}

const corpusPages = filesUnder(PAGES);

/** Every corpus page a service uses, with the services and files using it. */
const uses = new Map<string, string[]>();
for (const [key, manifest] of manifests) {
  for (const document of manifest.documents) {
    const page = pageOf(document.repository, document.path);
    uses.set(page, [...(uses.get(page) ?? []), `${key}/${document.file}`]);
  }
}

describe('tables/ service folders', () => {
  it('exist', () => {
    expect(serviceKeys.length).toBeGreaterThan(2);
  });

  it.each(serviceKeys)('%s: service.json parses', (key) => {
    const parsed = parseManifest(readFileSync(join(TABLES, key, 'service.json'), 'utf8'));
    expect(parsed.ok ? [] : parsed.diagnostics).toEqual([]);
  });

  it.each(serviceKeys)(
    '%s: every listed file is its upstream page byte for byte, and nothing else is there',
    (key) => {
      const manifest = manifests.get(key);
      expect(manifest).toBeDefined();
      if (!manifest) return;
      const listed = manifest.documents.map((document) => document.file);
      expect(new Set(listed).size, 'file names are unique in the folder').toBe(listed.length);
      for (const document of manifest.documents) {
        expect(document.file).toMatch(DOCUMENT_FILE);
        expect(document.repository).toMatch(REPOSITORY);
        const copy = readFileSync(join(TABLES, key, document.file));
        const upstream = readFileSync(join(PAGES, pageOf(document.repository, document.path)));
        expect(
          copy.equals(upstream),
          `${key}/${document.file} differs from ${document.repository}:${document.path}`,
        ).toBe(true);
      }
      expect(filesUnder(join(TABLES, key))).toEqual(['service.json', ...listed].sort());
    },
  );
});

describe('service keys and names', () => {
  it('are well-formed keys', () => {
    expect(serviceKeys.filter((key) => !SERVICE_KEY.test(key))).toEqual([]);
  });

  it('give unique TypeScript prefixes (PascalCase and SCREAMING_SNAKE_CASE)', () => {
    const prefixes = serviceKeys.map(pascal);
    expect(prefixes.filter((prefix) => !/^[A-Z][A-Za-z0-9]*$/.test(prefix))).toEqual([]);
    expect(new Set(prefixes.map((prefix) => prefix.toLowerCase())).size).toBe(serviceKeys.length);
    expect(new Set(serviceKeys.map((key) => key.toUpperCase().replaceAll('-', '_'))).size).toBe(
      serviceKeys.length,
    );
  });

  it('have unique display names', () => {
    const names = [...manifests.values()].map((manifest) => manifest.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

describe('corpus coverage', () => {
  const mergedRepositories = new Set(LEFT_OUT.merged.map((entry) => entry.repository));
  const leftOutRepositories = new Set(LEFT_OUT.repositories.map((entry) => entry.repository));
  const leftOutPages = new Set(LEFT_OUT.pages.map((entry) => pageOf(entry.repository, entry.path)));
  const usedRepositories = new Set(
    [...manifests.values()].flatMap((manifest) => manifest.documents.map((document) => document.repository)),
  );

  function leftOut(page: string): boolean {
    const repository = repositoryOf(page);
    return (
      mergedRepositories.has(repository) || leftOutRepositories.has(repository) || leftOutPages.has(page)
    );
  }

  it('has the 167 pages of 68 repositories', () => {
    expect(corpusPages).toHaveLength(167);
    expect(new Set(corpusPages.map(repositoryOf)).size).toBe(68);
  });

  it('uses no page twice', () => {
    expect([...uses].filter(([, users]) => users.length > 1)).toEqual([]);
  });

  it('uses or leaves out every page, never both', () => {
    expect(corpusPages.filter((page) => !uses.has(page) && !leftOut(page))).toEqual([]);
    expect(corpusPages.filter((page) => uses.has(page) && leftOut(page))).toEqual([]);
  });

  it('puts each repository in exactly one of: a service, merged into a service, left out', () => {
    const repositories = [...new Set(corpusPages.map(repositoryOf))];
    const roles = (repository: string): string[] =>
      [
        usedRepositories.has(repository) ? 'service' : '',
        mergedRepositories.has(repository) ? 'merged' : '',
        leftOutRepositories.has(repository) ? 'left out' : '',
      ].filter((role) => role !== '');
    const misplaced = repositories
      .map((repository) => ({ repository, roles: roles(repository) }))
      .filter((entry) => entry.roles.length !== 1);
    expect(misplaced).toEqual([]);
  });

  it('gives a reason for every left-out entry, and each names corpus pages', () => {
    const entries = [
      ...LEFT_OUT.merged.map((entry) => ({
        ...entry,
        pages: corpusPages.filter((p) => repositoryOf(p) === entry.repository),
      })),
      ...LEFT_OUT.repositories.map((entry) => ({
        ...entry,
        pages: corpusPages.filter((p) => repositoryOf(p) === entry.repository),
      })),
      ...LEFT_OUT.pages.map((entry) => ({
        ...entry,
        pages: corpusPages.filter((p) => p === pageOf(entry.repository, entry.path)),
      })),
    ];
    expect(entries.filter((entry) => entry.reason.trim() === '' || entry.pages.length === 0)).toEqual([]);
    expect(leftOutPages.size).toBe(LEFT_OUT.pages.length);
  });

  it('merges duplicates into services that exist', () => {
    expect(LEFT_OUT.merged.filter((entry) => !manifests.has(entry.into))).toEqual([]);
  });
});

describe('README "Services and sources"', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Services and sources\n');
  const end = readme.indexOf('\n## ', start + 1);
  const section = start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);

  it('exists', () => {
    expect(section).not.toBe('');
  });

  it('names every merged and left-out repository and page, as left-out-pages.json does', () => {
    const lines = section.split('\n');
    const named = (...texts: string[]): boolean =>
      lines.some((line) => texts.every((text) => line.includes(text)));
    const name = (repository: string): string => `\`${repository.slice(repository.indexOf('/') + 1)}\``;
    const missing = [
      ...LEFT_OUT.merged.filter((entry) => !named(name(entry.repository), `\`${entry.into}\``)),
      ...LEFT_OUT.repositories.filter((entry) => !named(name(entry.repository))),
      ...LEFT_OUT.pages.filter((entry) => !named(name(entry.repository), `\`${entry.path}\``)),
    ];
    expect(missing).toEqual([]);
  });
});
