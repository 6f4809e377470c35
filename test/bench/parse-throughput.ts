import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRst } from '../../codegen/parse/index.js';
import { ROOT } from '../support/run-generate.js';
import { corpusFiles } from './corpus.js';

/** Throughput of one parser over the corpus: wall-clock time, and CPU time (steadier on a shared machine). */
export interface Throughput {
  readonly files: number;
  readonly megabytes: number;
  /** Wall-clock seconds of the best pass. */
  readonly seconds: number;
  readonly megabytesPerSecond: number;
  /** CPU seconds (user + system) of the pass with the least CPU time. */
  readonly cpuSeconds: number;
  readonly cpuMegabytesPerSecond: number;
}

/** Parses every corpus file with the project's reader (best of `runs` passes) and reports MB/s. */
export function measureParseThroughput(runs = 3): Throughput {
  const files = corpusFiles();
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const file of files) parseRst(file.text);
    best = Math.min(best, (performance.now() - start) / 1000);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  return summary(files.length, bytes, best, bestCpu);
}

const DOCUTILS_TIMER = `
import sys, time
sys.path.insert(0, sys.argv[1])
import rst_tables
paths = [line.rstrip('\\n') for line in open(sys.argv[2], encoding='utf-8') if line.strip()]
start = time.perf_counter()
cpu = time.process_time()
for path in paths:
    rst_tables.parse_file(path)
print(time.perf_counter() - start, time.process_time() - cpu)
`;

/**
 * Times docutils 0.19 (through the oracle's own tool, ../shared/tools/rst_tables.py) on the same files, when
 * python3 with docutils is present; undefined otherwise.
 */
export function measureDocutilsThroughput(): Throughput | undefined {
  const files = corpusFiles();
  const list = join(tmpdir(), `otc-bench-files-${process.pid}.txt`);
  writeFileSync(list, files.map((f) => f.path).join('\n'));
  const tools = join(ROOT, '..', 'shared', 'tools');
  const result = spawnSync('python3', ['-c', DOCUTILS_TIMER, tools, list], { encoding: 'utf8' });
  const [seconds, cpuSeconds] = result.stdout.trim().split(/\s+/).map(Number);
  if (result.status !== 0 || !Number.isFinite(seconds) || !Number.isFinite(cpuSeconds)) return undefined;
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  return summary(files.length, bytes, seconds!, cpuSeconds!);
}

function summary(files: number, bytes: number, seconds: number, cpuSeconds: number): Throughput {
  const megabytes = bytes / 1e6;
  return {
    files,
    megabytes,
    seconds,
    megabytesPerSecond: megabytes / seconds,
    cpuSeconds,
    cpuMegabytesPerSecond: megabytes / cpuSeconds,
  };
}
