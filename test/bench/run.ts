#!/usr/bin/env node
/**
 * `npm run bench`: every speed, memory and size figure of the project, measured in one run, printed as tables
 * and written to test/bench/results.json. Numbers, never pass/fail: benchmarks are not tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/run-generate.js';
import { measureBundleSizes, type BundleSize } from './bundle-size.js';
import { measureGenerateTimings, type GenerateTiming } from './generate-timing.js';
import { measureDocutilsThroughput, measureParseThroughput, type Throughput } from './parse-throughput.js';
import { measureScaling, type ScalingPoint } from './scaling.js';
import { measureTypecheck, type TypecheckTiming } from './typecheck.js';

interface Results {
  readonly machine: string;
  readonly node: string;
  readonly parse: {
    readonly ours: Throughput;
    readonly docutils: Throughput | undefined;
    readonly ratio: number | undefined;
  };
  readonly scaling: readonly ScalingPoint[];
  readonly generate: readonly GenerateTiming[];
  readonly typecheck: TypecheckTiming;
  readonly bundles: readonly BundleSize[];
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  step('parse throughput (corpus)');
  const ours = measureParseThroughput();
  step('docutils on the same files (python3)');
  const docutils = measureDocutilsThroughput();
  step('scaling (1k, 10k, 100k rows)');
  const scaling = measureScaling();
  step('generate: cold, seeds only, no-op');
  const generate = await measureGenerateTimings();
  step('consumer type-check');
  const typecheck = await measureTypecheck();
  step('bundle sizes');
  const bundles = await measureBundleSizes();
  const results: Results = {
    machine,
    node: process.version,
    parse: {
      ours,
      docutils,
      ratio: docutils ? ours.megabytesPerSecond / docutils.megabytesPerSecond : undefined,
    },
    scaling,
    generate,
    typecheck,
    bundles,
  };
  writeFileSync(join(ROOT, 'test', 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(report(results));
}

function report(r: Results): string {
  const mbps = (t: Throughput) =>
    `${t.megabytesPerSecond.toFixed(2)} MB/s (${t.megabytes.toFixed(1)} MB, ${t.files} files, ${t.seconds.toFixed(2)} s)`;
  return [
    `machine: ${r.machine}, node ${r.node}`,
    '',
    table('parse', [
      ['otc-status-codes reader', mbps(r.parse.ours)],
      ['docutils 0.19', r.parse.docutils ? mbps(r.parse.docutils) : 'not available (python3 with docutils)'],
      ['ratio', r.parse.ratio === undefined ? '-' : `${r.parse.ratio.toFixed(1)}×`],
    ]),
    table(
      'scaling (generated grid table)',
      r.scaling.map((p) => [
        `${p.rows} rows`,
        `${p.megabytesPerSecond.toFixed(2)} MB/s (${p.megabytes.toFixed(1)} MB in ${p.seconds.toFixed(3)} s)` +
          `, heap held ${p.heapPerInput.toFixed(1)}× input`,
      ]),
    ),
    table(
      'generate',
      r.generate.map((g) => [g.label, `${g.seconds.toFixed(2)} s`]),
    ),
    table('consumer type-check (tsc 7, published declarations)', [
      ['one service', `${r.typecheck.oneServiceSeconds.toFixed(2)} s`],
      ['every service', `${r.typecheck.allServicesSeconds.toFixed(2)} s`],
      ['ratio', `${r.typecheck.ratio.toFixed(2)}×`],
    ]),
    table(
      'bundle (esbuild, minified / gzipped bytes)',
      r.bundles.map((b) => [b.label, `${b.minifiedBytes} / ${b.gzippedBytes}`]),
    ),
  ].join('\n');
}

function table(title: string, rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${title}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

function step(name: string): void {
  process.stderr.write(`bench: ${name}...\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
