import { describe, expect, it } from 'vitest';
import { fingerprintOf, hashFiles, sameHashes } from '../../codegen/write/fingerprint.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('fingerprint', () => {
  const tables = new Map([
    ['lts/service.json', encode('{}')],
    ['lts/status-codes.rst', encode('table')],
  ]);
  const base = fingerprintOf({ tables: hashFiles(tables), generator: hashFiles(new Map([['a.ts', 'x']])) });

  it('hashes bytes and text alike, in path order', () => {
    expect(
      hashFiles(
        new Map<string, string | Uint8Array>([
          ['b', 'é'],
          ['a', encode('é')],
        ]),
      ),
    ).toEqual({
      a: hashFiles(new Map([['a', 'é']]))['a'],
      b: hashFiles(new Map([['b', encode('é')]]))['b'],
    });
    expect(
      Object.keys(
        hashFiles(
          new Map([
            ['b', ''],
            ['a', ''],
          ]),
        ),
      ),
    ).toEqual(['a', 'b']);
  });

  it('changes when a file is edited, added, renamed or moved to another tree', () => {
    const variants = [
      {
        tables: hashFiles(new Map([...tables, ['lts/status-codes.rst', encode('tablE')]])),
        generator: hashFiles(new Map([['a.ts', 'x']])),
      },
      {
        tables: hashFiles(new Map([...tables, ['lts/extra.rst', encode('')]])),
        generator: hashFiles(new Map([['a.ts', 'x']])),
      },
      { tables: hashFiles(tables), generator: hashFiles(new Map([['b.ts', 'x']])) },
      { tables: hashFiles(new Map([...tables, ['a.ts', encode('x')]])), generator: {} },
    ];
    for (const trees of variants) expect(fingerprintOf(trees)).not.toBe(base);
    expect(fingerprintOf({ generator: hashFiles(new Map([['a.ts', 'x']])), tables: hashFiles(tables) })).toBe(
      base,
    );
  });

  it('compares hash records exactly', () => {
    expect(sameHashes({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameHashes({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameHashes({ a: '1', b: '2' }, { a: '1', c: '2' })).toBe(false);
    expect(sameHashes({ a: '1' }, { a: '2' })).toBe(false);
  });
});
