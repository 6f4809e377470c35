import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { upstreamCandidates } from '../../codegen/cli/upstream-paths.js';
import { ROOT } from '../support/run-generate.js';
import { edit, generateIn, seedTables, type Project } from './support/project.js';

const PAGES = join(ROOT, '..', 'shared', 'corpus', 'otc', 'pages');
const HISTORY = join(ROOT, '..', 'shared', 'corpus', 'otc', 'history');
const LTS = 'opentelekomcloud-docs+log-tank-service/api-ref/source/appendix/status_codes.rst';
const ELB = 'opentelekomcloud-docs+elastic-load-balancing/api-ref/source/appendix/status_codes.rst';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function project(): Project {
  const made = seedTables();
  cleanups.push(made.cleanup);
  return made;
}

/** A folder of upstream checkouts holding the given files (path under it → content). */
function checkouts(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'otc-upstream-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function tablesUpdate(args: readonly string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'codegen/cli/tables-update.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run tables:update -- --from DIR', () => {
  it('copies the pages that changed upstream (<owner>+<repo> layout), and generate then reports the change', async () => {
    const { root } = project();
    await generateIn(root);
    const older = readFileSync(join(HISTORY, ELB, '20221213-86ebb6c.rst'));
    const dir = checkouts({ [LTS]: readFileSync(join(PAGES, LTS)), [ELB]: older });
    const result = tablesUpdate(['--from', dir, '--root', root]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      `updated: tables/elb/status-codes.rst ← ${relative(ROOT, join(dir, ELB))}\n` +
        'tables:update: 1 updated, 1 unchanged, 0 not found\n' +
        'Run `npm run generate` to regenerate generated/ and see the change report.\n',
    );
    expect(readFileSync(join(root, 'tables', 'elb', 'status-codes.rst'))).toEqual(older);
    const generated = await generateIn(root);
    expect(generated.stdout).toContain(
      '    breaking  status 405 removed: METHOD_NOT_ALLOWED "Method Not Allowed"\n',
    );
  });

  it('reads the <owner>/<repo> layout too, and names a page it cannot find (exit code 1)', () => {
    const { root } = project();
    const lts = readFileSync(join(PAGES, LTS), 'utf8').replace(
      'The request timed out.',
      'The request took long.',
    );
    const dir = checkouts({ [LTS.replace('+', '/')]: lts });
    const result = tablesUpdate(['--from', dir, '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('updated: tables/lts/status-codes.rst ← ');
    expect(result.stdout).toContain('tables:update: 1 updated, 0 unchanged, 1 not found\n');
    expect(result.stderr).toMatch(
      /^not found: opentelekomcloud-docs\/elastic-load-balancing api-ref\/source\/appendix\/status_codes\.rst \(for tables\/elb\/status-codes\.rst; looked at .+ and .+\)\n$/,
    );
    expect(readFileSync(join(root, 'tables', 'lts', 'status-codes.rst'), 'utf8')).toBe(lts);
  });

  it('finds every document of the project in ../shared/corpus/otc/pages, each identical to its copy in tables/', () => {
    const root = mkdtempSync(join(tmpdir(), 'otc-tables-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    cpSync(join(ROOT, 'tables'), join(root, 'tables'), { recursive: true });
    const result = tablesUpdate(['--from', PAGES, '--root', root]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^tables:update: 0 updated, \d+ unchanged, 0 not found\n$/);
  });

  it('refuses an upstream path that would leave the folder', () => {
    const { root } = project();
    edit(root, 'tables/lts/service.json', (t) =>
      t.replace('api-ref/source/appendix/status_codes.rst', '../../../etc/passwd'),
    );
    const result = tablesUpdate(['--from', checkouts({}), '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'tables/lts/service.json:1:1: error: the upstream source of lts/status-codes.rst',
    );
    expect(result.stderr).toContain('[manifest-upstream-path]\n');
  });

  it('needs --from', () => {
    const result = tablesUpdate([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tables:update: --from DIR is required\nusage: /);
  });
});

describe('upstreamCandidates', () => {
  it('lists both layouts, and nothing for a repository or path that could escape', () => {
    expect(upstreamCandidates('/up', 'o/r', 'a/b.rst')).toEqual(['/up/o+r/a/b.rst', '/up/o/r/a/b.rst']);
    for (const [repository, path] of [
      ['o/r', '../b.rst'],
      ['o/r', '/etc/passwd'],
      ['o/r', 'a/./b.rst'],
      ['o/r', 'a\\..\\b'],
      ['..', 'b.rst'],
      ['o/..', 'b.rst'],
      ['o/r/x', 'b.rst'],
    ]) {
      expect(
        upstreamCandidates('/up', repository ?? '', path ?? ''),
        `${repository} ${path}`,
      ).toBeUndefined();
    }
  });
});
