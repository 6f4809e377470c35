/**
 * `npm run parse -- FILE...`: JSON in the oracle's format on stdout; unreadable or undecodable files as
 * `file:line:column: error: message [rule]` on stderr with exit status 1, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SHARED } from './support/shared.js';

const CLI = join(REPO_ROOT, 'codegen', 'cli', 'parse.ts');

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run parse', () => {
  it('prints the tables of each file in the oracle format', () => {
    const seed = join(SHARED, 'seeds', 'elb_gc_1102.rst');
    const { status, stdout, stderr } = runCli(seed);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [document] = JSON.parse(stdout) as Array<{
      file: string;
      tables: Array<Record<string, unknown>>;
      errors: unknown[];
    }>;
    expect(document?.file).toBe(seed);
    expect(document?.errors).toEqual([]);
    expect(document?.tables.map((t) => [t['title'], t['line'], t['syntax'], t['cols']])).toEqual([
      ['Table 1 Normal status codes', 10, 'simple', 3],
      ['Table 2 Error codes', 20, 'grid', 3],
    ]);
    expect((document?.tables[1]?.['body'] as Array<Array<Record<string, unknown>>>)[0]?.[0]).toMatchObject({
      text: '400',
      morerows: 0,
      morecols: 0,
    });
  });

  it('reports a missing file as a diagnostic and exits with 1', () => {
    const { status, stdout, stderr } = runCli('no/such/file.rst');
    expect(status).toBe(1);
    expect(stderr).toBe('no/such/file.rst:1:1: error: The file does not exist. [unreadable-file]\n');
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('reports invalid UTF-8 with its place and still reads the other files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parse-cli-'));
    const bad = join(folder, 'bad.rst');
    const good = join(folder, 'good.rst');
    writeFileSync(bad, Uint8Array.from([0x61, 0x0a, 0x62, 0xfe, 0x0a]));
    writeFileSync(good, '+---+\n| a |\n+---+\n');
    const { status, stdout, stderr } = runCli(bad, good);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:2: error: Invalid UTF-8: .* \\[invalid-utf8\\]\n$`,
      ),
    );
    const documents = JSON.parse(stdout) as Array<{ file: string; tables: unknown[] }>;
    expect(documents.map((d) => [d.file, d.tables.length])).toEqual([[good, 1]]);
  });

  it('shows its usage without files', () => {
    const { status, stderr } = runCli();
    expect(status).toBe(2);
    expect(stderr).toContain('usage: npm run parse');
  });
});
