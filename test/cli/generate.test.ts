import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readTextTree } from '../../codegen/cli/files.js';
import { copyProject, seedProject, runGenerate } from '../support/run-generate.js';

// Each test starts the generator in a process of its own: seconds each, more on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

let seeds: { root: string; cleanup: () => void };
beforeAll(async () => {
  seeds = await seedProject();
}, 120_000);
afterAll(() => seeds.cleanup());

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A fresh copy of the seed project (the two seed documents and what they generate). */
function copy(): string {
  const { root, cleanup } = copyProject(seeds.root);
  cleanups.push(cleanup);
  return root;
}

function editTable(root: string, file: string, edit: (text: string) => string): void {
  const path = join(root, 'tables', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

describe('npm run generate', () => {
  it('--check passes on the committed tree', { timeout: 120_000 }, () => {
    const result = runGenerate(['--check']);
    expect(result.stderr).not.toMatch(/: error: /);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/generated\/ is up to date/);
  });

  it("prints the seeds' IANA warnings and still succeeds", () => {
    const warnings = runGenerate(['--root', copy()]).stderr.trim().split('\n');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^tables\/elb\/status-codes\.rst:\d+:\d+: warning: the message of 500 is "Internal IaaS OpenStack network error\.", IANA's reason phrase is "Internal Server Error".* \[message-differs-from-iana\]$/,
      ),
      expect.stringMatching(
        /^tables\/lts\/status-codes\.rst:19:\d+: warning: the message of 201 is "OK", IANA's reason phrase is "Created".* \[message-differs-from-iana\]$/,
      ),
    ]);
  });

  it('regenerates byte-identical files', async () => {
    const root = copy();
    const result = runGenerate(['--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 written, 0 removed/);
    expect(await readTextTree(join(root, 'generated'))).toEqual(
      await readTextTree(join(seeds.root, 'generated')),
    );
  });

  it('--check fails on one changed byte and names the file', () => {
    const root = copy();
    const path = join(root, 'generated', 'lts', 'status.ts');
    writeFileSync(path, readFileSync(path, 'utf8').replace('429', '428'));
    const result = runGenerate(['--check', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stale: generated/lts/status.ts');
  });

  it('--check fails on a changed table', () => {
    const root = copy();
    editTable(root, 'lts/status-codes.rst', (t) =>
      t.replace('The request timed out.', 'The request timed out!'),
    );
    const result = runGenerate(['--check', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stale: generated/lts/status-enum.ts');
  });

  it('--check fails on a file generated/ should not hold', () => {
    const root = copy();
    writeFileSync(join(root, 'generated', 'extra.ts'), 'export {};\n');
    const result = runGenerate(['--check', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not generated: generated/extra.ts');
  });
});

describe('bad input leaves generated/ untouched', () => {
  async function expectFailure(edit: (root: string) => void, diagnostic: RegExp): Promise<void> {
    const root = copy();
    const before = await readTextTree(join(root, 'generated'));
    edit(root);
    const result = runGenerate(['--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(diagnostic);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readTextTree(join(root, 'generated'))).toEqual(before);
  }

  it('a broken border', async () => {
    await expectFailure(
      (root) =>
        editTable(root, 'lts/status-codes.rst', (t) =>
          t.replace('| 404         | Not Found', '| 404         | Not Found '),
        ),
      /^tables\/lts\/status-codes\.rst:\d+:\d+: error: .+ \[[a-z-]+\]$/m,
    );
  });

  it('a duplicate code with a different message', async () => {
    await expectFailure(
      (root) =>
        editTable(root, 'elb/status-codes.rst', (t) =>
          t.replace('| 403         | Forbidden   ', '| 401         | Forbidden   '),
        ),
      /^tables\/elb\/status-codes\.rst:\d+:\d+: error: status code 401 is documented twice with different messages: "Forbidden" here and "Unauthorized" at tables\/elb\/status-codes\.rst:\d+:\d+ \[duplicate-status-code\]$/m,
    );
  });

  it('a non-numeric code', async () => {
    await expectFailure(
      (root) =>
        editTable(root, 'lts/status-codes.rst', (t) => t.replace('| 408         |', '| 4O8         |')),
      /^tables\/lts\/status-codes\.rst:31:6: error: status code "4O8" is not a number from 100 to 599 \[status-code-not-numeric\]$/m,
    );
  });
});
