#!/usr/bin/env node
/**
 * `npm run tables:update -- --from DIR`: copies each service's pages into tables/ from a local folder of
 * upstream documentation checkouts, and prints which changed. Nothing is fetched from the network.
 */
import { resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { updateTables } from './update-tables.js';

const USAGE = `usage: npm run tables:update -- --from DIR [--root DIR]

  --from DIR   folder of upstream checkouts: DIR/<owner>+<repo>/<path> or DIR/<owner>/<repo>/<path>
               (../shared/corpus/otc/pages has the first layout)
  --root DIR   project folder holding tables/ (default: current folder)`;

async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.from === undefined) throw new Error('--from DIR is required');
  } catch (error) {
    process.stderr.write(
      `tables:update: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  return updateTables(
    { root: resolve(values.root), from: resolve(values.from) },
    {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      paint: (severity, text) =>
        process.stderr.isTTY ? styleText(severity === 'error' ? 'red' : 'yellow', text) : text,
    },
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tables:update: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
