import { join } from 'node:path';
import { runGenerate, type RunOptions, type RunOutput } from './generate-run.js';
import { watchTree } from './watch-tree.js';

/** Editors write a file in several steps (truncate, write, rename): wait for them to settle. */
const DEBOUNCE_MS = 150;

/** Printed after every run; what a watching user (or test) waits for. */
export const WAITING_LINE = 'generate --watch: waiting for changes in tables/ (Ctrl-C stops)';

/**
 * `npm run generate -- --watch`: generates once, then again after every change under tables/, printing each
 * run's change report. A run that finds errors shows them and leaves generated/ as the last good run made it;
 * the watch goes on. Ends, after any run in progress, when `stop` settles.
 */
export async function watchAndGenerate(
  options: RunOptions,
  output: RunOutput,
  stop: Promise<void>,
): Promise<number> {
  const runOnce = async (): Promise<void> => {
    try {
      const { code } = await runGenerate({ ...options, check: false }, output);
      if (code !== 0) output.err('generate --watch: keeping the last good output in generated/\n');
    } catch (error) {
      output.err(
        `generate --watch: internal error (a bug in the generator, not in your tables): ${String(error)}\n`,
      );
    }
    output.out(`${WAITING_LINE}\n`);
  };
  let running = runOnce();
  let queued = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (queued) return;
      queued = true;
      running = running.then(() => {
        queued = false;
        return stopped ? undefined : runOnce();
      });
    }, DEBOUNCE_MS);
  };
  let failure: unknown;
  const watcher = await watchTree(join(options.root, 'tables'), schedule, (error) => {
    failure = error;
  });
  await stop;
  stopped = true;
  clearTimeout(timer);
  watcher.close();
  await running;
  if (failure !== undefined) output.err(`generate --watch: watching tables/ failed: ${String(failure)}\n`);
  output.out('generate --watch: stopped\n');
  return failure === undefined ? 0 : 1;
}
