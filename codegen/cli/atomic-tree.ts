import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { compareText } from '../diagnostics.js';

/** Called between the steps of a tree replacement; a test hook may pause there to kill the process. */
export type StepHook = (step: string) => Promise<void>;

/** The sibling folders a replacement of `dir` works in: hidden, beside it, on the same file system. */
export function workFolders(dir: string): { staging: string; next: string; previous: string } {
  const hidden = join(dirname(dir), `.${basename(dir)}`);
  return { staging: `${hidden}.staging`, next: `${hidden}.next`, previous: `${hidden}.previous` };
}

/**
 * Replaces the folder `dir` with exactly `files` so that a kill at any moment leaves either the old tree or
 * the new one: the new tree is written in full beside it, then the folders are swapped by renames. Only the
 * instant between the two renames has no `dir`; {@link recoverTree} at the next start undoes that.
 */
export async function replaceTree(
  dir: string,
  files: ReadonlyMap<string, string>,
  step: StepHook = async () => {},
): Promise<void> {
  const { staging, next, previous } = workFolders(dir);
  await rm(staging, { recursive: true, force: true });
  await step('staging');
  for (const path of [...files.keys()].sort(compareText)) {
    const target = join(staging, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, files.get(path) ?? '');
    await step(`staged ${path}`);
  }
  // The rename marks the staged tree complete: a `.next` folder is never half-written.
  await rename(staging, next);
  await step('staged');
  const hadTree = await exists(dir);
  if (hadTree) await rename(dir, previous);
  await step('moved-aside');
  await rename(next, dir);
  await step('swapped');
  await rm(previous, { recursive: true, force: true });
  await step('cleaned');
}

/**
 * Finishes what an interrupted {@link replaceTree} left: a run killed before its new tree took the place of
 * the old one is undone (the old tree comes back), and every work folder is removed. Returns what it did,
 * for the log; empty when there was nothing to recover.
 */
export async function recoverTree(dir: string): Promise<string[]> {
  const { staging, next, previous } = workFolders(dir);
  const done: string[] = [];
  if (!(await exists(dir)) && (await exists(previous))) {
    await rename(previous, dir);
    done.push(`restored ${basename(dir)}/ from an interrupted run`);
  }
  for (const folder of [staging, next, previous]) {
    if (!(await exists(folder))) continue;
    await rm(folder, { recursive: true, force: true });
    done.push(`removed ${basename(folder)} left by an interrupted run`);
  }
  return done;
}

/** The work folders an interrupted run left beside `dir`, by name. */
export async function leftovers(dir: string): Promise<string[]> {
  const { staging, next, previous } = workFolders(dir);
  const found: string[] = [];
  for (const folder of [staging, next, previous]) if (await exists(folder)) found.push(basename(folder));
  if (!(await exists(dir)) && found.length > 0) found.unshift(`missing ${basename(dir)}/`);
  return found;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
