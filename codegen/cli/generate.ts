#!/usr/bin/env node
/**
 * `npm run generate`: tables/ → generated/, with a change report against what generated/ held before.
 * `--check` writes nothing and fails with diffs when generated/ is not what tables/ make; `--watch` regenerates
 * on every change under tables/.
 */
import { resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import type { StepHook } from './atomic-tree.js';
import { runGenerate, type RunOptions, type RunOutput } from './generate-run.js';
import { watchAndGenerate } from './watch.js';

const USAGE = `usage: npm run generate [-- [--check | --watch] [--report-json FILE] [--root DIR]]

  --check             write nothing; exit 1 with a diff of each stale file in generated/ and the change report
  --watch             regenerate whenever a file under tables/ changes; Ctrl-C stops
  --report-json FILE  also write the change report as JSON to FILE
  --root DIR          project folder holding tables/ and generated/ (default: current folder)`;

/** Test hook: pause this many milliseconds between the steps of writing generated/, naming each on stderr. */
const PAUSE_VARIABLE = 'OTC_STATUS_CODES_PAUSE_MS';

interface Args {
  readonly options: RunOptions;
  readonly watch: boolean;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === 'number') return args;
  if (!args.watch) return (await runGenerate(args.options, terminalOutput())).code;
  return watchAndGenerate(args.options, terminalOutput(), stopSignal());
}

function readArgs(argv: readonly string[]): Args | number {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        'report-json': { type: 'string' },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.check && values.watch) throw new Error('--check and --watch cannot be combined');
    const reportJson = values['report-json'];
    const step = pauseHook();
    const options: RunOptions = {
      root: resolve(values.root),
      check: values.check,
      reportJson: reportJson === undefined ? undefined : resolve(reportJson),
      ...(step ? { step } : {}),
    };
    return { options, watch: values.watch };
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
}

function pauseHook(): StepHook | undefined {
  const pause = Number(process.env[PAUSE_VARIABLE] ?? '');
  if (!Number.isFinite(pause) || pause <= 0) return undefined;
  return async (step) => {
    process.stderr.write(`step: ${step}\n`);
    await new Promise((done) => setTimeout(done, pause));
  };
}

function terminalOutput(): RunOutput {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    paint: (severity, text) =>
      process.stderr.isTTY ? styleText(severity === 'error' ? 'red' : 'yellow', text) : text,
  };
}

/** Settles on the first Ctrl-C (SIGINT) or SIGTERM; a second one ends the process at once. */
function stopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      process.once('SIGINT', () => process.exit(130)).once('SIGTERM', () => process.exit(143));
      done();
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `generate: internal error (a bug in the generator, not in your tables): ${String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
