/**
 * Member names and service prefixes for every input: valid identifiers, unique, deterministic, never a member
 * of `Object.prototype`, and stable for the names that need no change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorMemberNames,
  pascalCase,
  screamingSnakeCase,
  uniqueNames,
  upperSnakeCase,
} from '../../codegen/model/names.js';
import { HOSTILE_PIECES } from '../emit/support/random-catalog.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const RUNS = { seed: 11, numRuns: 300 };

/** Text that makes awkward names: hostile pieces, reserved words, digits, collisions in the making. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_PIECES, '_2', '_3', 'A', 'B', '2FA', 'STATUS', 'E', '$', '_'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

function expectValidUniqueNames(names: readonly string[]): void {
  for (const name of names) {
    expect(name).toMatch(IDENTIFIER);
    expect(INHERITED.has(name), name).toBe(false);
  }
  expect(new Set(names).size).toBe(names.length);
}

describe('uniqueNames (status members)', () => {
  it('gives a suffixed name that is already taken the next free number', () => {
    expect(
      uniqueNames(
        [
          { name: 'ERROR', suffix: '520' },
          { name: 'ERROR', suffix: '521' },
          { name: 'ERROR_521', suffix: '522' },
        ],
        'STATUS',
      ),
    ).toEqual(['ERROR_520', 'ERROR_521_2', 'ERROR_521']);
  });

  it('keeps a fallback name apart from a message that reads the same', () => {
    expect(
      uniqueNames(
        [
          { name: '', suffix: '599' },
          { name: 'STATUS_599', suffix: '598' },
          { name: '2FA_FAILED', suffix: '498' },
          { name: 'STATUS_2FA_FAILED', suffix: '499' },
        ],
        'STATUS',
      ),
    ).toEqual(['STATUS_599_2', 'STATUS_599', 'STATUS_2FA_FAILED_2', 'STATUS_2FA_FAILED']);
  });

  it('turns characters no identifier may hold into _ and keeps off Object.prototype', () => {
    expect(
      uniqueNames(
        [
          { name: 'A-B', suffix: '1' },
          { name: '__proto__', suffix: '2' },
        ],
        'STATUS',
      ),
    ).toEqual(['A_B', '__proto___']);
  });

  it('gives valid, unique, deterministic names for any candidates', () => {
    const candidates = fc.array(
      fc.record({ name: awkwardText, suffix: fc.stringMatching(/^[1-5][0-9]{2}$/) }),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(candidates, (list) => {
        const names = uniqueNames(list, 'STATUS');
        expectValidUniqueNames(names);
        expect(uniqueNames(structuredClone(list), 'STATUS')).toEqual(names);
      }),
      RUNS,
    );
  });

  it('gives members that share a fallback name their suffixes', () => {
    expect(
      uniqueNames(
        [
          { name: '2FA_FAILED', suffix: '498' },
          { name: '2FA_FAILED', suffix: '499' },
          { name: '', suffix: '599' },
        ],
        'STATUS',
      ),
    ).toEqual(['STATUS_2FA_FAILED_498', 'STATUS_2FA_FAILED_499', 'STATUS_599']);
  });

  it('leaves a valid name that no other member shares as it is', () => {
    const phrases = fc.uniqueArray(awkwardText.map(screamingSnakeCase), { maxLength: 6 });
    fc.assert(
      fc.property(phrases, (list) => {
        const names = uniqueNames(
          list.map((name, index) => ({ name, suffix: String(200 + index) })),
          'STATUS',
        );
        list.forEach((name, index) => {
          if (/^[A-Z_]/.test(name)) expect(names[index]).toBe(name);
        });
      }),
      RUNS,
    );
  });
});

describe('errorMemberNames', () => {
  it('keeps reserved words, which every TypeScript and JavaScript accept as member names', () => {
    expect(errorMemberNames(['delete', 'default', 'class', 'enum', 'NaN', 'Infinity'])).toEqual([
      'delete',
      'default',
      'class',
      'enum',
      'NaN',
      'Infinity',
    ]);
  });

  it('moves off every member of Object.prototype, and off the names that move made', () => {
    expect(
      errorMemberNames(['toString', 'toString_', 'valueOf', 'hasOwnProperty', '__defineGetter__']),
    ).toEqual(['toString_', 'toString__2', 'valueOf_', 'hasOwnProperty_', '__defineGetter___']);
  });

  it('names codes that are empty or all punctuation', () => {
    expect(errorMemberNames(['', '.', '-', 'E_'])).toEqual(['E_', '_', '__2', 'E__2']);
  });

  it('gives valid, unique, deterministic names for any codes', () => {
    fc.assert(
      fc.property(fc.array(awkwardText, { maxLength: 8 }), (codes) => {
        const names = errorMemberNames(codes);
        expectValidUniqueNames(names);
        expect(errorMemberNames([...codes])).toEqual(names);
      }),
      RUNS,
    );
  });

  it('keeps the names of earlier codes when codes are added after them', () => {
    fc.assert(
      fc.property(
        fc.array(awkwardText, { maxLength: 8 }),
        fc.array(awkwardText, { maxLength: 3 }),
        (codes, more) => {
          expect(errorMemberNames([...codes, ...more]).slice(0, codes.length)).toEqual(
            errorMemberNames(codes),
          );
        },
      ),
      RUNS,
    );
  });
});

describe('service prefixes', () => {
  it.each([
    ['as', 'As', 'AS'],
    ['dms-rocketmq', 'DmsRocketmq', 'DMS_ROCKETMQ'],
    ['waf-dedicated', 'WafDedicated', 'WAF_DEDICATED'],
    ['3d', '_3d', '_3D'],
    ['a-1', 'A_1', 'A_1'],
    ['a1', 'A1', 'A1'],
    ['delete', 'Delete', 'DELETE'],
  ])('%s: type prefix %s, constant prefix %s', (key, type, constant) => {
    expect(pascalCase(key)).toBe(type);
    expect(upperSnakeCase(key)).toBe(constant);
  });

  it('gives every service key of tables/ its own valid prefixes', () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,3}$/);
    const key = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,2}$/), fc.array(part, { maxLength: 2 }))
      .map(([first, rest]) => [first, ...rest].join('-'));
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 2, maxLength: 6 }), (keys) => {
        for (const prefix of [keys.map(pascalCase), keys.map(upperSnakeCase)]) {
          for (const name of prefix) expect(`${name}Status`).toMatch(IDENTIFIER);
          expect(new Set(prefix).size).toBe(keys.length);
        }
      }),
      RUNS,
    );
  });
});
