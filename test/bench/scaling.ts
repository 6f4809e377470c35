import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseRst } from '../../codegen/parse/index.js';

/** Parse time and memory for one generated table size. */
export interface ScalingPoint {
  readonly rows: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly megabytesPerSecond: number;
  /** Heap held while the parse result is alive, as a multiple of the input size. */
  readonly heapPerInput: number;
}

/** A grid table of `rows` status-code rows, the shape of the real appendix pages. */
export function gridTable(rows: number): string {
  const widths = [6, 26, 42];
  const border = `+${widths.map((w) => '-'.repeat(w)).join('+')}+`;
  const row = (cells: readonly string[]) =>
    `|${cells.map((c, i) => ` ${c}`.padEnd(widths[i] ?? 0)).join('|')}|`;
  const lines = [
    '.. table:: **Table 1** Status codes',
    '',
    `   ${border}`,
    `   ${row(['Code', 'Message', 'Description'])}`,
  ];
  lines.push(`   ${border.replace(/-/g, '=')}`);
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `   ${row([String(100 + (i % 500)), `Message ${i}`, `Row ${i} with **bold** text`])}`,
      `   ${border}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Parses generated tables of each size and reports MB/s, to show parse time grows linearly. */
export function measureScaling(sizes: readonly number[] = [1_000, 10_000, 100_000]): ScalingPoint[] {
  const gc = exposeGc();
  const warmUp = gridTable(2_000);
  for (let run = 0; run < 10; run += 1) parseRst(warmUp); // so that the smallest size is not measured cold
  return sizes.map((rows) => {
    const text = gridTable(rows);
    const megabytes = Buffer.byteLength(text) / 1e6;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const parsed = parseRst(text);
    gc();
    const held = process.memoryUsage().heapUsed - heapBefore;
    if (parsed.tables[0]?.body.length !== rows) throw new Error(`expected ${rows} rows`);
    const seconds = fastestParse(text, 3);
    return {
      rows,
      megabytes,
      seconds,
      megabytesPerSecond: megabytes / seconds,
      heapPerInput: held / Buffer.byteLength(text),
    };
  });
}

/** The garbage collector, so that heap figures count only what is still held. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The fastest of `runs` parses of `text`, in seconds. */
function fastestParse(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    parseRst(text);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}
