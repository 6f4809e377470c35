/**
 * String literals, property keys and doc text, checked with the real compiler: what evaluates to the input,
 * what type-checks, and what stays inside its comment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsDocComment, sanitizeDocText } from '../../codegen/emit/jsdoc.js';
import { propertyKey, stringLiteral } from '../../codegen/emit/literals.js';
import { commentsOf, loadModule, throughUtf8, typeCheck } from './support/compiler.js';
import { HOSTILE_PIECES, hostileText } from './support/random-catalog.js';

const RUNS = { seed: 5, numRuns: 200 };

/** Runs `export const value = <expression>;` as a module and returns the value. */
function evaluate(expression: string): unknown {
  const files = throughUtf8(new Map([['value.ts', `export const value = ${expression};\n`]]));
  return loadModule(files, 'value.ts')['value'];
}

describe('stringLiteral', () => {
  it('evaluates to exactly the text, after the file is written as UTF-8', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(evaluate(stringLiteral(text))).toBe(text);
      }),
      RUNS,
    );
  });

  it('leaves no character in the source that ends a line or reorders its display', () => {
    const literal = stringLiteral(HOSTILE_PIECES.join(''));
    expect(literal).not.toMatch(
      /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
    );
  });
});

describe('propertyKey', () => {
  it('writes plain identifiers and canonical integers bare, everything else quoted', () => {
    expect(['LTS_0009', '$a', '_', '0', '404', '111400002'].map(propertyKey)).toEqual([
      'LTS_0009',
      '$a',
      '_',
      '0',
      '404',
      '111400002',
    ]);
    expect(['007', '1e3', '-1', 'A.B', '', '9007199254740993'].map(propertyKey)).toEqual([
      '"007"',
      '"1e3"',
      '"-1"',
      '"A.B"',
      '""',
      '"9007199254740993"',
    ]);
  });

  it('keeps __proto__ an own property: bare or quoted, it would set the prototype instead', () => {
    expect(evaluate('{ "__proto__": "x" }')).toStrictEqual({});
    const object = evaluate(`{ ${propertyKey('__proto__')}: "x", ${propertyKey('constructor')}: "y" }`);
    expect(Object.getOwnPropertyNames(object)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });

  it('gives keys that read back as themselves, and types that know them', () => {
    const keys = fc.uniqueArray(fc.oneof(hostileText, fc.constantFrom('__proto__', 'delete', 'class')), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(keys, (list) => {
        const body = list.map((key, index) => `${propertyKey(key)}: ${index}`).join(', ');
        const reads = list.map(
          (key, index) => `const read${index}: ${index} = object[${stringLiteral(key)}];`,
        );
        const source = `export const object = { ${body} } as const;\n${reads.join('\n')}\n`;
        expect(typeCheck(new Map([['keys.ts', source]]))).toEqual([]);
        const object = evaluate(`{ ${body} }`) as Record<string, number>;
        expect(Object.keys(object).sort()).toEqual([...list].sort());
        list.forEach((key, index) => expect(object[key]).toBe(index));
      }),
      { seed: 5, numRuns: 40 },
    );
  });
});

describe('reserved words and Object.prototype names as enum members', () => {
  it('compile and run as members, except __proto__, which an enum loses', () => {
    const names = ['delete', 'default', 'class', 'enum', 'NaN', 'Infinity', 'constructor', '__proto__'];
    const source = `export enum E {\n${names.map((n) => `  ${n} = ${stringLiteral(n)},`).join('\n')}\n}\n${names
      .map((n, i) => `export const read${i}: E = E.${n};`)
      .join('\n')}\n`;
    expect(typeCheck(new Map([['members.ts', source]]))).toEqual([]);
    const members = loadModule(new Map([['members.ts', source]]), 'members.ts')['E'] as object;
    expect(Object.keys(members)).toEqual(names.filter((n) => n !== '__proto__'));
  });
});

describe('doc text', () => {
  it('never closes its comment early, never starts a tag, shows invisible characters as escapes', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const comment = jsDocComment(paragraphs);
        const { comments, syntaxErrors } = commentsOf(`${comment}\nexport const x = 1;\n`);
        expect(syntaxErrors).toEqual([]);
        expect(comments).toEqual([comment]);
        expect(comment.slice(3, -2)).not.toMatch(
          /\*\/|@|[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069\r\u2028\u2029]/,
        );
      }),
      RUNS,
    );
  });

  it('shows a lone surrogate as an escape: as UTF-8 it would turn into U+FFFD', () => {
    expect(sanitizeDocText('a\ud800b\udfffc 🚀')).toBe('a\\ud800b\\udfffc 🚀');
  });

  it('shows the Arabic letter mark, a bidirectional control, as an escape', () => {
    expect(sanitizeDocText('a\u061cb')).toBe('a\\u061cb');
    expect(stringLiteral('a\u061cb')).toBe('"a\\u061cb"');
  });
});
