import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WAITING_LINE } from '../../codegen/cli/watch.js';
import {
  edit,
  exited,
  generatedTree,
  OutputWatcher,
  seedTables,
  startGenerate,
  type Project,
} from './support/project.js';

let projects: Project[] = [];
afterEach(() => {
  for (const project of projects) project.cleanup();
  projects = [];
});

const runsFinished = (stdout: string) => stdout.split(`${WAITING_LINE}\n`).length - 1;

describe('npm run generate -- --watch', () => {
  it('regenerates on a table change, keeps the last good output on an error, and stops on Ctrl-C', async () => {
    const project = seedTables(['lts']);
    projects.push(project);
    const child = startGenerate(['--watch', '--root', project.root]);
    const output = new OutputWatcher(child);
    try {
      await output.until((o) => runsFinished(o.stdout) === 1, 60_000, 'the first run');
      expect(output.stdout).toMatch(/^generate: \d+ written, 0 removed, 0 unchanged\n/);

      edit(project.root, 'tables/lts/status-codes.rst', (t) =>
        t.replace('The request timed out.', 'The request took long.'),
      );
      await output.until((o) => runsFinished(o.stdout) === 2, 30_000, 'the run after a table change');
      expect(output.stdout).toContain(
        'Change report:\n  lts (Log Tank Service)\n    safe      status 408 descriptions: reworded\n' +
          '                - "The request timed out."\n                + "The request took long."\n' +
          '0 breaking, 0 dangerous, 1 safe: semver bump: patch\n',
      );
      expect(readFileSync(join(project.root, 'generated', 'lts', 'status.ts'), 'utf8')).toContain(
        'The request took long.',
      );
      const good = await generatedTree(project.root);

      edit(project.root, 'tables/lts/status-codes.rst', (t) =>
        t.replace('| 408         |', '| 4O8         |'),
      );
      await output.until((o) => runsFinished(o.stdout) === 3, 30_000, 'the run after breaking a table');
      expect(output.stderr).toMatch(
        /^tables\/lts\/status-codes\.rst:31:6: error: status code "4O8" is not a number from 100 to 599 \[status-code-not-numeric\]\ngenerate: errors found; generated\/ was left untouched\ngenerate --watch: keeping the last good output in generated\/\n/m,
      );
      expect(output.stderr).not.toMatch(/\n\s+at /);
      expect(await generatedTree(project.root)).toEqual(good);

      child.kill('SIGINT');
      expect(await exited(child)).toBe(0);
      expect(output.stdout.endsWith(`${WAITING_LINE}\ngenerate --watch: stopped\n`)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);

  it('notices a new service folder, and ends cleanly on SIGTERM too', async () => {
    const project = seedTables(['lts']);
    const other = seedTables(['elb']);
    projects.push(project, other);
    const child = startGenerate(['--watch', '--root', project.root]);
    const output = new OutputWatcher(child);
    try {
      await output.until((o) => runsFinished(o.stdout) === 1, 60_000, 'the first run');
      cpSync(join(other.root, 'tables', 'elb'), join(project.root, 'tables', 'elb'), { recursive: true });
      await output.until((o) => runsFinished(o.stdout) === 2, 30_000, 'the run after adding a service');
      expect(output.stdout).toContain(
        '  elb (Elastic Load Balancing): dangerous: new service, 17 status codes, 0 error codes\n',
      );
      expect(existsSync(join(project.root, 'generated', 'elb', 'status.ts'))).toBe(true);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(output.stdout).toMatch(/generate --watch: stopped\n$/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});
