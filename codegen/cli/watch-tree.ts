import { watch, type FSWatcher } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** A running watch over a folder tree; `close` stops it. */
export interface TreeWatcher {
  close(): void;
}

/**
 * Calls `onChange` whenever anything below `root` is created, changed, renamed or removed. Each folder gets a
 * watcher of its own (node:fs `watch`, not recursive: recursive watching is not dependable on Linux with
 * Node 20), and the set of folders is read again after every event, so new folders are watched too.
 */
export async function watchTree(
  root: string,
  onChange: () => void,
  onError: (error: unknown) => void,
): Promise<TreeWatcher> {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const sync = async (): Promise<void> => {
    const folders = new Set([root, ...(await subfolders(root))]);
    if (closed) return;
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      const watcher = watch(folder, () => {
        onChange();
        sync().catch(onError);
      });
      // A watched folder that disappears reports an error; the next sync drops it.
      watcher.on('error', () => sync().catch(onError));
      watchers.set(folder, watcher);
    }
  };
  await sync();
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

async function subfolders(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
