/**
 * Enumerated list enumerators: which sequence (arabic, alphabetic, roman) an enumerator belongs to, its ordinal,
 * and the enumerator that would come next.
 */
import type { EnumFormat } from './line-patterns.js';

/** An enumeration sequence; `#` is the auto-enumerator. */
export type EnumSequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman' | '#';

const SEQUENCE_PATTERNS: ReadonlyArray<readonly [EnumSequence, RegExp]> = [
  ['arabic', /^[0-9]+$/],
  ['loweralpha', /^[a-z]$/],
  ['upperalpha', /^[A-Z]$/],
  ['lowerroman', /^[ivxlcdm]+$/],
  ['upperroman', /^[IVXLCDM]+$/],
];

/** The sequence and ordinal of an enumerator text; `ordinal` is null for an invalid roman numeral. */
export function enumeratorValue(
  text: string,
  expected: EnumSequence | null,
): { sequence: EnumSequence; ordinal: number | null } {
  if (text === '#') return { sequence: '#', ordinal: 1 };
  const sequence = sequenceOf(text, expected);
  return { sequence, ordinal: ordinalOf(text, sequence) };
}

function sequenceOf(text: string, expected: EnumSequence | null): EnumSequence {
  if (expected !== null && expected !== '#') {
    const pattern = SEQUENCE_PATTERNS.find(([name]) => name === expected)?.[1];
    if (pattern?.test(text)) return expected;
  } else if (expected === null) {
    if (text === 'i') return 'lowerroman';
    if (text === 'I') return 'upperroman';
  }
  for (const [name, pattern] of SEQUENCE_PATTERNS) {
    if (pattern.test(text)) return name;
  }
  return 'arabic';
}

function ordinalOf(text: string, sequence: EnumSequence): number | null {
  switch (sequence) {
    case 'arabic':
      return Number(text);
    case 'loweralpha':
      return text.charCodeAt(0) - 0x60;
    case 'upperalpha':
      return text.charCodeAt(0) - 0x40;
    case 'lowerroman':
      return fromRoman(text.toUpperCase());
    case 'upperroman':
      return fromRoman(text);
    default:
      return 1;
  }
}

const ROMAN_PATTERN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: ReadonlyArray<readonly [string, number]> = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
];

/** A well-formed roman numeral's value (1..4999), or null. */
export function fromRoman(text: string): number | null {
  if (text === '' || !ROMAN_PATTERN.test(text)) return null;
  let value = 0;
  let index = 0;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (text.startsWith(numeral, index)) {
      value += amount;
      index += numeral.length;
    }
  }
  return value;
}

/** The roman numeral of 1..4999, or null. */
export function toRoman(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 4999) return null;
  let out = '';
  let rest = value;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

const PREFIX: Readonly<Record<EnumFormat, string>> = { parens: '(', rparen: '', period: '' };
const SUFFIX: Readonly<Record<EnumFormat, string>> = { parens: ')', rparen: ')', period: '.' };

/** The next enumerator (`ordinal` in `sequence`) and the auto-enumerator, each followed by a space; null if none. */
export function followingEnumerators(
  ordinal: number,
  sequence: EnumSequence,
  format: EnumFormat,
): [string, string] | null {
  let text: string | null;
  if (sequence === '#') text = '#';
  else if (sequence === 'arabic') text = String(ordinal);
  else if (sequence.endsWith('alpha')) text = ordinal > 26 ? null : String.fromCharCode(ordinal + 0x60);
  else text = toRoman(ordinal);
  if (text === null) return null;
  text = sequence.startsWith('upper')
    ? text.toUpperCase()
    : sequence.startsWith('lower')
      ? text.toLowerCase()
      : text;
  return [`${PREFIX[format]}${text}${SUFFIX[format]} `, `${PREFIX[format]}#${SUFFIX[format]} `];
}
