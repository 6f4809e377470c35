import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runRecordPath } from '../../codegen/cli/run-cache.js';
import { runGenerate } from '../support/run-generate.js';
import { copyOf, edit, generatedTree, generateIn, seedTables, type Project } from './support/project.js';

let base: Project;
let committed: Map<string, string>;
beforeAll(async () => {
  base = seedTables();
  const first = await generateIn(base.root);
  if (first.code !== 0) throw new Error(first.stderr);
  committed = await generatedTree(base.root);
}, 120_000);
afterAll(() => base.cleanup());

let copies: Project[] = [];
afterEach(() => {
  for (const copy of copies) copy.cleanup();
  copies = [];
});

function copy(): Project {
  const project = copyOf(base.root);
  copies.push(project);
  return project;
}

/** A deterministic pseudo-random sequence (a linear congruential generator), so failures can be replayed. */
function positions(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('npm run generate -- --check', () => {
  it('passes on an up-to-date tree, with and without the record of the last run', async () => {
    expect(existsSync(runRecordPath(base.root))).toBe(true);
    const fast = await generateIn(base.root, { check: true });
    expect([fast.code, fast.stdout]).toEqual([
      0,
      `generate --check: generated/ is up to date (${committed.size} files)\n`,
    ]);
    const project = copy();
    const full = await generateIn(project.root, { check: true });
    expect([full.code, full.stdout, full.stderr]).toEqual([0, fast.stdout, expect.any(String)]);
  });

  it('fails on any single changed byte in generated/, naming the file with a diff of the change', async () => {
    const random = positions(5);
    const path = (file: string) => join(base.root, 'generated', file);
    expect([...committed.keys()]).toContain('catalog.json');
    for (const file of committed.keys()) {
      const original = readFileSync(path(file));
      for (const at of [Math.floor(random() * original.length), original.length - 1]) {
        const changed = Buffer.from(original);
        changed[at] = (changed[at] ?? 0) ^ 0x01;
        writeFileSync(path(file), changed);
        const result = await generateIn(base.root, { check: true });
        writeFileSync(path(file), original);
        const where = `${file}, byte ${at}`;
        expect(result.code, where).toBe(1);
        expect(result.stderr, where).toContain(
          `stale: generated/${file}\n--- a/generated/${file}\n+++ b/generated/${file}\n@@ -`,
        );
        expect(result.stderr.match(/^stale: /gm), where).toHaveLength(1);
      }
    }
    expect(await generatedTree(base.root)).toEqual(committed);
  }, 120_000);

  it('fails on a changed table with a diff of each stale file and the report of what regenerating would do', async () => {
    const project = copy();
    edit(project.root, 'tables/lts/status-codes.rst', (t) =>
      t.replace('The request timed out.', 'The request took long.'),
    );
    const result = await generateIn(project.root, { check: true });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr.match(/^stale: .*$/gm), result.stderr).toEqual([
      'stale: generated/catalog.json',
      'stale: generated/lts/status-enum.ts',
      'stale: generated/lts/status.ts',
    ]);
    expect(result.stderr).toMatch(/^-.*The request timed out\.$/m);
    expect(result.stderr).toMatch(/^\+.*The request took long\.$/m);
    expect(result.stderr).toContain(
      [
        'Regenerating would change the catalog as follows.',
        'Change report:',
        '  lts (Log Tank Service)',
        '    safe      status 408 descriptions: reworded',
        '                - "The request timed out."',
        '                + "The request took long."',
        '0 breaking, 0 dangerous, 1 safe: semver bump: patch',
        'generate --check: generated/ is out of date; run `npm run generate`',
      ].join('\n'),
    );
  });

  it('reports a renumbered code as one removed (breaking) and one added (dangerous), and writes nothing', async () => {
    const project = copy();
    edit(project.root, 'tables/lts/status-codes.rst', (t) =>
      t.replace('| 408         | Request Timeout', '| 409         | Request Timeout'),
    );
    const before = await generatedTree(project.root);
    const reportJson = join(project.root, 'report.json');
    const result = await generateIn(project.root, { check: true, reportJson });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('    breaking  status 408 removed: REQUEST_TIMEOUT "Request Timeout"\n');
    expect(result.stderr).toContain('    dangerous status 409 added: CONFLICT "Request Timeout"\n');
    expect(result.stderr).toContain('1 breaking, 1 dangerous, 0 safe: semver bump: major\n');
    expect(await generatedTree(project.root)).toEqual(before);
    expect(existsSync(join(project.root, 'node_modules'))).toBe(false);
    expect(JSON.parse(readFileSync(reportJson, 'utf8'))).toMatchObject({
      bump: 'major',
      counts: { breaking: 1, dangerous: 1 },
    });
  });

  it('prints at most twenty diffs, but names every stale file', async () => {
    const project = copy();
    for (let i = 0; i < 25; i += 1)
      writeFileSync(join(project.root, 'generated', `extra-${i}.ts`), `export const x = ${i};\n`);
    const result = await generateIn(project.root, { check: true });
    expect(result.code).toBe(1);
    expect(result.stderr.match(/^not generated: generated\/extra-\d+\.ts$/gm)).toHaveLength(25);
    expect(result.stderr.match(/^--- a\/generated\/extra-\d+\.ts$/gm)).toHaveLength(20);
    expect(result.stderr).toContain('(diffs of the first 20 of 25 stale files shown)\n');
    expect(result.stderr).toContain('0 breaking, 0 dangerous, 0 safe: no version bump needed\n');
  });

  it('fails with exit code 1 from the command line', () => {
    const project = copy();
    edit(project.root, 'tables/elb/service.json', (t) =>
      t.replace('Elastic Load Balancing', 'Elastic Load Balancer'),
    );
    const result = runGenerate(['--check', '--root', project.root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stale: generated/catalog.json\n');
    expect(result.stderr).toContain(
      '    safe      display name "Elastic Load Balancing" → "Elastic Load Balancer"\n',
    );
  });
});
