#!/usr/bin/env node
/**
 * Times `npm run generate` as a user meets it, each in a fresh process on a throw-away copy of the project:
 * cold over the whole catalog, cold over the two seed services alone, and a no-op run after the cold one
 * (nothing changed, so neither ts-morph nor prettier start). Run alone: `npx tsx test/bench/generate-timing.ts`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../support/run-generate.js';

/** One measured run. */
export interface GenerateTiming {
  readonly label: string;
  readonly seconds: number;
}

const SEEDS = ['lts', 'elb'];

/** Cold generate of the whole catalog and of the seeds alone, and a no-op generate, in seconds. */
export async function measureGenerateTimings(): Promise<GenerateTiming[]> {
  const whole = projectCopy();
  const seeds = projectCopy(SEEDS);
  try {
    const cold = timedGenerate(whole);
    const seedsCold = timedGenerate(seeds);
    const noop = timedGenerate(whole);
    return [
      { label: 'cold, whole catalog', seconds: cold },
      { label: `cold, ${SEEDS.join(' + ')} alone`, seconds: seedsCold },
      { label: 'no-op, whole catalog', seconds: noop },
    ];
  } finally {
    rmSync(whole, { recursive: true, force: true });
    rmSync(seeds, { recursive: true, force: true });
  }
}

/** A copy of tables/ (all of it, or only some services and the IANA registry), without generated/. */
function projectCopy(services?: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'otc-bench-generate-'));
  if (!services) {
    cpSync(join(ROOT, 'tables'), join(root, 'tables'), { recursive: true });
    return root;
  }
  cpSync(
    join(ROOT, 'tables', 'iana-http-status-codes.json'),
    join(root, 'tables', 'iana-http-status-codes.json'),
  );
  for (const key of services)
    cpSync(join(ROOT, 'tables', key), join(root, 'tables', key), { recursive: true });
  return root;
}

function timedGenerate(root: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'codegen/cli/generate.ts', '--root', root], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`generate failed in ${root}:\n${result.stderr}`);
  return seconds;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureGenerateTimings().then(
    (timings) => {
      for (const { label, seconds } of timings)
        process.stdout.write(`${label.padEnd(24)} ${seconds.toFixed(2)} s\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
