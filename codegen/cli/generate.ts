#!/usr/bin/env node
/**
 * `npm run generate`: tables/ → generated/. The only stage that touches the file system.
 * `--check` writes nothing and fails when generated/ is not what tables/ make.
 */
import { join } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../diagnostics.js';
import { generate } from '../pipeline.js';
import { isUpToDate, planWrites, type WritePlan } from '../write/plan.js';
import { readTextTree, readTree, removeFile, writeFileAtomically } from './files.js';

const USAGE = `usage: npm run generate [-- --check] [--root DIR]

  --check      write nothing; exit 1 when generated/ differs from what tables/ make
  --root DIR   project folder holding tables/ and generated/ (default: current folder)`;

async function main(argv: readonly string[]): Promise<number> {
  const args = readArgs(argv);
  if (!args) return 2;
  const tablesDir = join(args.root, 'tables');
  const outDir = join(args.root, 'generated');
  const result = await generate(await readTree(tablesDir));
  for (const d of sortDiagnostics(result.diagnostics))
    process.stderr.write(`${paint(d.severity, formatDiagnostic(d))}\n`);
  if (!result.files || hasErrors(result.diagnostics)) {
    process.stderr.write('generate: errors found; generated/ was left untouched\n');
    return 1;
  }
  const plan = planWrites(result.files, await readTextTree(outDir));
  if (args.check) return reportCheck(plan);
  await applyPlan(outDir, plan);
  process.stdout.write(summary(plan));
  return 0;
}

function readArgs(argv: readonly string[]): { check: boolean; root: string } | undefined {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        check: { type: 'boolean', default: false },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return undefined;
    }
    return { check: values.check, root: values.root };
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return undefined;
  }
}

function reportCheck(plan: WritePlan): number {
  if (isUpToDate(plan)) {
    process.stdout.write(`generate --check: generated/ is up to date (${plan.unchanged.length} files)\n`);
    return 0;
  }
  for (const path of plan.writes.keys()) process.stderr.write(`stale: generated/${path}\n`);
  for (const path of plan.removals) process.stderr.write(`not generated: generated/${path}\n`);
  process.stderr.write('generate --check: generated/ is out of date; run `npm run generate`\n');
  return 1;
}

async function applyPlan(outDir: string, plan: WritePlan): Promise<void> {
  for (const [path, text] of plan.writes) await writeFileAtomically(join(outDir, path), text);
  for (const path of plan.removals) await removeFile(outDir, path);
}

function summary(plan: WritePlan): string {
  return `generate: ${plan.writes.size} written, ${plan.removals.length} removed, ${plan.unchanged.length} unchanged\n`;
}

function paint(severity: 'error' | 'warning', text: string): string {
  return process.stderr.isTTY ? styleText(severity === 'error' ? 'red' : 'yellow', text) : text;
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
