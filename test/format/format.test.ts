import { check } from 'prettier';
import { describe, expect, it } from 'vitest';
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
    expect(PRETTIER_OPTIONS).toMatchObject({ parser: 'typescript', printWidth: 100, singleQuote: true, endOfLine: 'lf' });
  });
});
