import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runRecordPath } from '../../codegen/cli/run-cache.js';
import { ROOT } from '../support/run-generate.js';
import { edit, generatedTree, generateIn, seedTables, type Project } from './support/project.js';

let projects: Project[] = [];
afterEach(() => {
  for (const project of projects) project.cleanup();
  projects = [];
});

function project(): Project {
  const made = seedTables();
  projects.push(made);
  return made;
}

/** Runs the command in its own process, listing every module it loads. */
function tracedRun(root: string): { code: number | null; stdout: string; stderr: string; loaded: string[] } {
  const trace = join(root, 'loaded.txt');
  rmSync(trace, { force: true });
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/cli/support/trace-loads.mjs',
      'codegen/cli/generate.ts',
      '--root',
      root,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', OTC_TRACE_LOADS: trace } },
  );
  const loaded = readFileSync(trace, 'utf8').split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, loaded };
}

const loadsPackage = (loaded: readonly string[], name: string) =>
  loaded.some((url) => url.includes(`/node_modules/${name}/`));

describe('the no-op fast path', () => {
  it('skips ts-morph and prettier when neither tables/ nor the generator changed, and says so', () => {
    const { root } = project();
    const cold = tracedRun(root);
    expect(cold.code, cold.stderr).toBe(0);
    expect([loadsPackage(cold.loaded, 'ts-morph'), loadsPackage(cold.loaded, 'prettier')]).toEqual([
      true,
      true,
    ]);
    const noop = tracedRun(root);
    expect(noop.code, noop.stderr).toBe(0);
    expect([loadsPackage(noop.loaded, 'ts-morph'), loadsPackage(noop.loaded, 'prettier')]).toEqual([
      false,
      false,
    ]);
    expect(noop.loaded.some((url) => url.endsWith('/codegen/pipeline.ts'))).toBe(false);
    expect(noop.stdout).toMatch(
      /^generate: 0 written, 0 removed, \d+ unchanged \(nothing changed since the last run\)\n/,
    );
    expect(noop.stdout).toContain('0 breaking, 0 dangerous, 0 safe: no version bump needed\n');
    expect(noop.stderr).toBe(cold.stderr);
  }, 60_000);

  it('never accepts a hand-edited generated file: the next run writes it back', async () => {
    const { root } = project();
    await generateIn(root);
    const good = await generatedTree(root);
    edit(root, 'generated/lts/status.ts', (t) => t.replace('429', '428'));
    const result = await generateIn(root);
    expect(result.stdout).toMatch(/^generate: 1 written, 0 removed, \d+ unchanged\n/);
    expect(await generatedTree(root)).toEqual(good);
  });

  it('runs in full after a table changed, and after its record was lost', async () => {
    const { root } = project();
    await generateIn(root);
    edit(root, 'tables/lts/status-codes.rst', (t) => t.replace('Request error.', 'Wrong request.'));
    expect((await generateIn(root)).stdout).toMatch(/^generate: 3 written, 0 removed, \d+ unchanged\n/);
    expect((await generateIn(root)).stdout).toContain('(nothing changed since the last run)');
    rmSync(runRecordPath(root));
    expect((await generateIn(root)).stdout).toMatch(/^generate: 0 written, 0 removed, \d+ unchanged\n/);
  });
});

describe('the change report of a run', () => {
  it('on the first run counts everything as added; afterwards reports against the previous catalog', async () => {
    const { root } = project();
    const reportJson = join(root, 'report.json');
    const first = await generateIn(root, { reportJson });
    expect(first.stdout).toContain(
      [
        'Change report (no previous generated/catalog.json):',
        '  elb (Elastic Load Balancing): dangerous: new service, 17 status codes, 0 error codes',
        '  lts (Log Tank Service): dangerous: new service, 11 status codes, 0 error codes',
        '0 breaking, 28 dangerous, 0 safe: semver bump: minor',
      ].join('\n'),
    );
    expect(JSON.parse(readFileSync(reportJson, 'utf8'))).toMatchObject({ hadPrevious: false, bump: 'minor' });
    edit(root, 'tables/lts/status-codes.rst', (t) =>
      t.replace('| 201         | OK         ', '| 201         | Created    '),
    );
    const second = await generateIn(root, { reportJson });
    expect(second.stdout).toContain(
      'Change report:\n  lts (Log Tank Service)\n    breaking  status 201 message: "OK" → "Created"\n1 breaking, 0 dangerous, 0 safe: semver bump: major\n',
    );
    expect(JSON.parse(readFileSync(reportJson, 'utf8'))).toEqual({
      hadPrevious: true,
      services: [
        {
          key: 'lts',
          name: 'Log Tank Service',
          status: 'changed',
          changes: [
            {
              kind: 'status-message-changed',
              code: 201,
              before: 'OK',
              after: 'Created',
              severity: 'breaking',
            },
          ],
        },
      ],
      counts: { breaking: 1, dangerous: 0, safe: 0 },
      bump: 'major',
    });
  });
});
