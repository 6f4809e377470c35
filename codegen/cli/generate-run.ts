import { join } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, type FileDiagnostic } from '../diagnostics.js';
import { CATALOG_FILE, catalogDocument, type CatalogDocument } from '../emit/catalog-json.js';
import type { ChangeReport } from '../report/changes.js';
import { compareCatalogs } from '../report/compare.js';
import { readCatalogDocument } from '../report/read-catalog.js';
import { renderReport } from '../report/render.js';
import { hashFiles, sameHashes } from '../write/fingerprint.js';
import { isUpToDate, planWrites, type WritePlan } from '../write/plan.js';
import { unifiedDiff } from '../write/unified-diff.js';
import { leftovers, recoverTree, replaceTree, type StepHook } from './atomic-tree.js';
import { decodeTree, readTree, writeFileAtomically } from './files.js';
import { inputFingerprint, readRunRecord, writeRunRecord } from './run-cache.js';

/** What one run of `npm run generate` is asked to do. */
export interface RunOptions {
  /** Project folder holding tables/ and generated/. */
  readonly root: string;
  /** Write nothing; fail with diffs and the change report when generated/ is stale. */
  readonly check: boolean;
  /** Also write the change report as JSON to this file. */
  readonly reportJson: string | undefined;
  /** Called between the steps of writing generated/ (a test hook). */
  readonly step?: StepHook;
}

/** Where a run prints: `out` for results, `err` for diagnostics and failures. */
export interface RunOutput {
  out(text: string): void;
  err(text: string): void;
  /** Paints a diagnostic line for a terminal; identity when output is not one. */
  paint(severity: FileDiagnostic['severity'], text: string): string;
}

/** The outcome of a run: its exit code and, when one was computed, the change report. */
export interface RunOutcome {
  readonly code: number;
  readonly report: ChangeReport | undefined;
}

/** Diffs printed by `--check` at most: beyond that, a list of stale files says more than pages of diff. */
const MAX_DIFFS = 20;

const NO_CHANGES: ChangeReport = {
  hadPrevious: true,
  services: [],
  counts: { breaking: 0, dangerous: 0, safe: 0 },
  bump: 'none',
};

/**
 * One run of the generator over `root`: skips everything when neither tables/ nor the generator changed since
 * the last run and generated/ still holds what that run wrote; otherwise generates, reports the changes, and
 * replaces generated/ as a whole (or, with `check`, only says what would change).
 */
export async function runGenerate(options: RunOptions, output: RunOutput): Promise<RunOutcome> {
  const outDir = join(options.root, 'generated');
  await settleLeftovers(outDir, options.check, output);
  const tables = await readTree(join(options.root, 'tables'));
  const inputs = await inputFingerprint(tables);
  const existing = await readTree(outDir);
  const record = await readRunRecord(options.root);
  if (record && record.inputs === inputs && sameHashes(record.outputs, hashFiles(existing))) {
    for (const warning of record.warnings) output.err(`${output.paint('warning', warning)}\n`);
    return finish(options, output, NO_CHANGES, upToDateLine(options.check, existing.size));
  }
  const { generate } = await import('../pipeline.js');
  const result = await generate(tables);
  const diagnostics = sortDiagnostics(result.diagnostics);
  for (const d of diagnostics) output.err(`${output.paint(d.severity, formatDiagnostic(d))}\n`);
  if (!result.files || !result.catalog || hasErrors(diagnostics)) {
    output.err('generate: errors found; generated/ was left untouched\n');
    return { code: 1, report: undefined };
  }
  const existingText = decodeTree(existing);
  const report = compareCatalogs(previousCatalog(existingText, output), catalogDocument(result.catalog));
  const plan = planWrites(result.files, existingText);
  if (options.check) return check(options, output, plan, existingText, report);
  if (!isUpToDate(plan)) await replaceTree(outDir, result.files, options.step);
  const warnings = diagnostics.map(formatDiagnostic);
  await writeRunRecord(options.root, { version: 1, inputs, outputs: hashFiles(result.files), warnings });
  return finish(options, output, report, summary(plan));
}

async function settleLeftovers(outDir: string, check: boolean, output: RunOutput): Promise<void> {
  if (!check) {
    for (const note of await recoverTree(outDir)) output.err(`generate: ${note}\n`);
    return;
  }
  const found = await leftovers(outDir);
  if (found.length > 0) {
    output.err(
      `generate --check: an interrupted run left ${found.join(', ')}; \`npm run generate\` recovers\n`,
    );
  }
}

function previousCatalog(
  existing: ReadonlyMap<string, string>,
  output: RunOutput,
): CatalogDocument | undefined {
  const text = existing.get(CATALOG_FILE);
  if (text === undefined) return undefined;
  const read = readCatalogDocument(text);
  if (read.ok) return read.catalog;
  output.err(
    `generate: generated/${CATALOG_FILE} is unreadable (${read.reason}); reporting every code as new\n`,
  );
  return undefined;
}

async function check(
  options: RunOptions,
  output: RunOutput,
  plan: WritePlan,
  existing: ReadonlyMap<string, string>,
  report: ChangeReport,
): Promise<RunOutcome> {
  if (isUpToDate(plan)) return finish(options, output, report, upToDateLine(true, plan.unchanged.length));
  const stale: { label: string; path: string; text: string | undefined }[] = [
    ...[...plan.writes].map(([path, text]) => ({ label: 'stale', path, text })),
    ...plan.removals.map((path) => ({ label: 'not generated', path, text: undefined })),
  ];
  stale.forEach(({ label, path, text }, index) => {
    output.err(`${label}: generated/${path}\n`);
    if (index < MAX_DIFFS) output.err(unifiedDiff(`generated/${path}`, existing.get(path), text));
  });
  if (stale.length > MAX_DIFFS)
    output.err(`(diffs of the first ${MAX_DIFFS} of ${stale.length} stale files shown)\n`);
  output.err(`\nRegenerating would change the catalog as follows.\n${renderReport(report)}`);
  output.err('generate --check: generated/ is out of date; run `npm run generate`\n');
  await writeReportJson(options, report);
  return { code: 1, report };
}

async function finish(
  options: RunOptions,
  output: RunOutput,
  report: ChangeReport,
  line: string,
): Promise<RunOutcome> {
  output.out(`${line}\n`);
  if (!options.check) output.out(renderReport(report));
  await writeReportJson(options, report);
  return { code: 0, report };
}

async function writeReportJson(options: RunOptions, report: ChangeReport): Promise<void> {
  if (options.reportJson !== undefined) {
    await writeFileAtomically(options.reportJson, `${JSON.stringify(report, null, 2)}\n`);
  }
}

function upToDateLine(check: boolean, files: number): string {
  return check
    ? `generate --check: generated/ is up to date (${files} files)`
    : `generate: 0 written, 0 removed, ${files} unchanged (nothing changed since the last run)`;
}

function summary(plan: WritePlan): string {
  return `generate: ${plan.writes.size} written, ${plan.removals.length} removed, ${plan.unchanged.length} unchanged`;
}
