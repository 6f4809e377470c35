import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { format, type Options } from 'prettier';
import { balancedBatches } from './batches.js';

/**
 * Prettier options for generated code. Fixed here, never read from a config file, so that output is
 * byte-identical on every machine.
 */
export const PRETTIER_OPTIONS: Options = {
  parser: 'typescript',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

/** How formatting may spread over worker threads. */
export interface FormatOptions {
  /** Text per worker thread below which starting one costs more than it saves. */
  readonly bytesPerWorker?: number;
  readonly maxWorkers?: number;
}

/**
 * Formats every emitted file with prettier, once per file; keeps the map's order. Large outputs are split
 * over worker threads (prettier spends most of a full run on the thousands of JSDoc comments).
 */
export async function formatFiles(
  files: ReadonlyMap<string, string>,
  { bytesPerWorker = 1_000_000, maxWorkers = 4 }: FormatOptions = {},
): Promise<Map<string, string>> {
  const entries = [...files];
  const size = entries.reduce((sum, [, text]) => sum + text.length, 0);
  const workers = Math.min(availableParallelism(), maxWorkers, Math.floor(size / bytesPerWorker));
  const formatted =
    workers >= 2
      ? (await Promise.all(balancedBatches(entries, workers).map(formatInWorker))).flat()
      : await formatHere(entries);
  const byPath = new Map(formatted);
  return new Map(entries.map(([path]) => [path, byPath.get(path) ?? '']));
}

async function formatHere(entries: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  return Promise.all(
    entries.map(async ([path, text]): Promise<[string, string]> => [
      path,
      await format(text, PRETTIER_OPTIONS),
    ]),
  );
}

/** The worker's code: plain JavaScript, so it runs the same under tsx and in compiled form. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.prettier).then(async ({ format }) => {
  const out = [];
  for (const [path, text] of workerData.files) out.push([path, await format(text, workerData.options)]);
  parentPort.postMessage(out);
});
`;

function formatInWorker(batch: readonly (readonly [string, string])[]): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { prettier: import.meta.resolve('prettier'), options: PRETTIER_OPTIONS, files: batch },
    });
    worker.once('message', (result: [string, string][]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`formatting worker stopped with exit code ${code}`));
    });
  });
}
