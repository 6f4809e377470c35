import { check, format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { balancedBatches } from '../../codegen/format/batches.js';
import { formatFiles, PRETTIER_OPTIONS } from '../../codegen/format/format.js';

describe('formatFiles', () => {
  it('formats every file with the fixed options and keeps the order', async () => {
    const files = await formatFiles(
      new Map([
        ['b.ts', 'export const  x = {a:1,"b":"two"}'],
        ['a.ts', 'export type T=1|2'],
      ]),
    );
    expect([...files]).toEqual([
      ['b.ts', "export const x = { a: 1, b: 'two' };\n"],
      ['a.ts', 'export type T = 1 | 2;\n'],
    ]);
    for (const text of files.values()) expect(await check(text, PRETTIER_OPTIONS)).toBe(true);
  });

  it('pins every option that changes output, so no config file can', () => {
    expect(PRETTIER_OPTIONS).toMatchObject({
      parser: 'typescript',
      printWidth: 100,
      singleQuote: true,
      endOfLine: 'lf',
    });
  });
});

describe('balancedBatches', () => {
  it('spreads files over batches of about equal size, deterministically', () => {
    const files = [
      ['a.ts', 'x'.repeat(50)],
      ['b.ts', 'x'.repeat(40)],
      ['c.ts', 'x'.repeat(30)],
      ['d.ts', 'x'.repeat(20)],
    ] as const;
    const batches = balancedBatches(files, 2).map((batch) => batch.map(([path]) => path));
    expect(batches).toEqual([
      ['a.ts', 'd.ts'],
      ['b.ts', 'c.ts'],
    ]);
    expect(balancedBatches(files, 8)).toHaveLength(4);
  });
});

describe('formatFiles over worker threads', () => {
  it(
    'formats in worker threads exactly as in the main thread, in the input order',
    { timeout: 30_000 },
    async () => {
      const files = new Map(
        Array.from({ length: 12 }, (_, i) => [`f${i}.ts`, `export const  v${i} = {a:${i},"b":'c'}`] as const),
      );
      const parallel = await formatFiles(files, { bytesPerWorker: 1, maxWorkers: 2 });
      expect([...parallel.keys()]).toEqual([...files.keys()]);
      for (const [path, text] of files) expect(parallel.get(path)).toBe(await format(text, PRETTIER_OPTIONS));
    },
  );
});
