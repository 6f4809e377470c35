import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leftovers, recoverTree, replaceTree } from '../../codegen/cli/atomic-tree.js';
import { readTextTree } from '../../codegen/cli/files.js';

const OLD = new Map([
  ['a.ts', 'old a'],
  ['gone/b.ts', 'old b'],
]);
const NEW = new Map([
  ['a.ts', 'new a'],
  ['svc/c.ts', 'new c'],
  ['catalog.json', '{}'],
]);

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

async function treeWithOld(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'atomic-tree-'));
  roots.push(root);
  await replaceTree(join(root, 'generated'), OLD);
  return join(root, 'generated');
}

class Interrupted extends Error {}

describe('replaceTree', () => {
  it('leaves exactly the new files and no work folders', async () => {
    const dir = await treeWithOld();
    const steps: string[] = [];
    await replaceTree(dir, NEW, async (step) => {
      steps.push(step);
    });
    expect(await readTextTree(dir)).toEqual(new Map([...NEW].sort()));
    expect(readdirSync(join(dir, '..'))).toEqual(['generated']);
    expect(steps).toEqual([
      'staging',
      'staged a.ts',
      'staged catalog.json',
      'staged svc/c.ts',
      'staged',
      'moved-aside',
      'swapped',
      'cleaned',
    ]);
  });

  it('after an interruption at any step, recovery leaves wholly the old tree, or the new one once swapped', async () => {
    const left: Record<string, string[]> = {
      staging: [],
      'staged a.ts': ['.generated.staging'],
      'staged catalog.json': ['.generated.staging'],
      staged: ['.generated.next'],
      'moved-aside': ['missing generated/', '.generated.next', '.generated.previous'],
      swapped: ['.generated.previous'],
      cleaned: [],
    };
    for (const stop of Object.keys(left)) {
      const dir = await treeWithOld();
      await expect(
        replaceTree(dir, NEW, async (step) => {
          if (step === stop) throw new Interrupted(step);
        }),
      ).rejects.toThrow(Interrupted);
      const swapped = stop === 'swapped' || stop === 'cleaned';
      expect(await leftovers(dir), stop).toEqual(left[stop]);
      await recoverTree(dir);
      expect(await readTextTree(dir), stop).toEqual(swapped ? sorted(NEW) : sorted(OLD));
      expect(readdirSync(join(dir, '..')), stop).toEqual(['generated']);
      expect(await recoverTree(dir)).toEqual([]);
    }
  });

  it('creates the folder when there was none', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atomic-tree-'));
    roots.push(root);
    await replaceTree(join(root, 'out'), NEW);
    expect(await readTextTree(join(root, 'out'))).toEqual(sorted(NEW));
  });
});

function sorted(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
