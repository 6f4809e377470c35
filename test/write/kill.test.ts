/**
 * Kills the generator (SIGKILL, no chance to clean up) at random points while it replaces generated/, and
 * checks that generated/ is always one of the two complete states: wholly old, or wholly new. The test hook
 * OTC_STATUS_CODES_PAUSE_MS makes the command name each step of the replacement and pause after it.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverTree } from '../../codegen/cli/atomic-tree.js';
import {
  copyOf,
  edit,
  exited,
  generatedTree,
  generateIn,
  OutputWatcher,
  seedTables,
  startGenerate,
  type Project,
} from '../cli/support/project.js';

type Tree = Map<string, string>;

let base: Project;
let oldTree: Tree;
let newTree: Tree;
let steps: string[];
const projects: Project[] = [];

/** The table change every trial regenerates: one service reworded and renumbered, the other removed. */
function changeTables(root: string): void {
  edit(root, 'tables/lts/status-codes.rst', (t) =>
    t
      .replace('The request timed out.', 'The request took long.')
      .replace('| 429         |', '| 428         |'),
  );
  rmSync(join(root, 'tables', 'elb'), { recursive: true });
}

function project(): Project {
  const made = copyOf(base.root);
  projects.push(made);
  changeTables(made.root);
  return made;
}

beforeAll(async () => {
  base = seedTables();
  await generateIn(base.root);
  oldTree = await generatedTree(base.root);
  const reference = project();
  const result = await generateIn(reference.root);
  if (result.code !== 0) throw new Error(result.stderr);
  newTree = await generatedTree(reference.root);
  steps = [
    'staging',
    ...[...newTree.keys()].sort().map((path) => `staged ${path}`),
    'staged',
    'moved-aside',
    'swapped',
    'cleaned',
  ];
}, 120_000);

afterAll(() => {
  for (const made of [base, ...projects]) made.cleanup();
});

/** Seeded pseudo-random numbers in [0, 1), so that a failing trial can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Which complete state a tree is: 'old', 'new', 'missing', or 'mixed' (never allowed). */
function stateOf(tree: Tree | undefined): string {
  if (!tree) return 'missing';
  const same = (other: Tree) =>
    tree.size === other.size && [...other].every(([path, text]) => tree.get(path) === text);
  return same(oldTree) ? 'old' : same(newTree) ? 'new' : 'mixed';
}

async function treeAt(root: string): Promise<Tree | undefined> {
  return existsSync(join(root, 'generated')) ? generatedTree(root) : undefined;
}

/** Runs the command, kills it as `kill` says, and returns the state of generated/ before and after recovery. */
async function trial(
  kill: { afterStep: string } | { delayAfterStagingMs: number },
): Promise<{ killed: string; recovered: string; root: string }> {
  const { root } = project();
  const child = startGenerate(['--root', root], {
    OTC_STATUS_CODES_PAUSE_MS: 'afterStep' in kill ? '40' : '1',
  });
  const output = new OutputWatcher(child);
  try {
    const marker = 'afterStep' in kill ? `step: ${kill.afterStep}\n` : 'step: staging\n';
    await output.until((o) => o.stderr.includes(marker), 60_000, marker.trim());
    if ('delayAfterStagingMs' in kill)
      await new Promise((done) => setTimeout(done, kill.delayAfterStagingMs));
    child.kill('SIGKILL');
    // Paused after a step, the run cannot end first; a timed kill may come after it ended by itself.
    expect(await exited(child)).toEqual('afterStep' in kill ? 'SIGKILL' : expect.anything());
  } finally {
    child.kill('SIGKILL');
  }
  const killed = stateOf(await treeAt(root));
  await recoverTree(join(root, 'generated'));
  return { killed, recovered: stateOf(await treeAt(root)), root };
}

describe('a run killed while it writes generated/', () => {
  it('leaves generated/ wholly old or wholly new, after every kind of step', async () => {
    const next = random(7);
    const picked = new Set(['staging', 'staged', 'moved-aside', 'swapped']);
    while (picked.size < 5) picked.add(steps[Math.floor(next() * steps.length)] ?? 'staging');
    const swappedAt = steps.indexOf('swapped');
    const chosen = [...picked].sort((a, b) => steps.indexOf(a) - steps.indexOf(b));
    const results = await inBatches(
      chosen.map((afterStep) => () => trial({ afterStep })),
      3,
    );
    results.forEach(({ killed, recovered }, index) => {
      const step = chosen[index] ?? '';
      const swapped = steps.indexOf(step) >= swappedAt;
      expect(killed, step).toBe(swapped ? 'new' : step === 'moved-aside' ? 'missing' : 'old');
      expect(recovered, step).toBe(swapped ? 'new' : 'old');
    });
  }, 180_000);

  it('leaves generated/ wholly old or wholly new when killed at random moments, and the next run finishes the job', async () => {
    const next = random(11);
    const delays = Array.from({ length: 2 }, () => Math.floor(next() * 60));
    const results = await inBatches(
      delays.map((delayAfterStagingMs) => () => trial({ delayAfterStagingMs })),
      2,
    );
    for (const [index, { killed, recovered, root }] of results.entries()) {
      expect(['old', 'new', 'missing'], `killed ${delays[index]} ms after staging began`).toContain(killed);
      expect(['old', 'new']).toContain(recovered);
      expect(readdirSync(root).sort()).toEqual(
        ['generated', 'tables'].concat(existsSync(join(root, 'node_modules')) ? ['node_modules'] : []).sort(),
      );
      const rerun = await generateIn(root);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(stateOf(await treeAt(root))).toBe('new');
    }
  }, 180_000);
});

async function inBatches<T>(tasks: readonly (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < tasks.length; start += size) {
    results.push(...(await Promise.all(tasks.slice(start, start + size).map((task) => task()))));
  }
  return results;
}
