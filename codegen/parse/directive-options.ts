/**
 * Directive option values: docutils' conversion functions, with their error messages (docutils reports them as
 * "invalid option value").
 */
import { pyInt, pyRepr, splitWords, strip } from './py-text.js';

/** A converted option value; `null` for flags and absent values. */
export type OptionValue = string | number | null | readonly string[] | readonly number[];

/** Converts an option's text (`null` when the option has no value); throws OptionError when invalid. */
export type OptionConverter = (value: string | null) => OptionValue;

/** An invalid option value, with docutils' explanation. */
export class OptionError extends Error {}

function integer(value: string | null): number {
  const parsed = pyInt(value);
  if (typeof parsed !== 'number') throw new OptionError(parsed.error);
  return parsed;
}

/** The text as given ('' when none). */
export const unchanged: OptionConverter = (value) => value ?? '';

/** The text as given; a value is required. */
export const unchangedRequired: OptionConverter = (value) => {
  if (value === null) throw new OptionError('argument required but none supplied');
  return value;
};

/** An option without a value. */
export const flag: OptionConverter = (value) => {
  if (value !== null && strip(value) !== '')
    throw new OptionError(`no argument is allowed; "${value}" supplied`);
  return null;
};

/** A non-negative integer. */
export const nonnegativeInt: OptionConverter = (value) => {
  const number = integer(value);
  if (number < 0) throw new OptionError('negative value; must be positive or zero');
  return number;
};

/** A positive integer. */
function positiveInt(value: string): number {
  const number = integer(value);
  if (number < 1) throw new OptionError('negative or zero value; must be positive');
  return number;
}

/** A list of positive integers, separated by commas or white space. */
export const positiveIntList: OptionConverter = (value) => {
  if (value === null) throw new OptionError("argument of type 'NoneType' is not iterable");
  const entries = value.includes(',') ? value.split(',') : splitWords(value);
  return entries.map(positiveInt);
};

/** One of `values`, or what `other` makes of the text. */
export function valueOr(values: readonly string[], other: OptionConverter): OptionConverter {
  return (value) => (value !== null && values.includes(value) ? value : other(value));
}

function formatValues(values: readonly string[]): string {
  return `${values
    .slice(0, -1)
    .map((value) => `"${value}"`)
    .join(', ')}, or "${values[values.length - 1]}"`;
}

/** One of `values` (case-insensitive). */
export function choice(values: readonly string[]): OptionConverter {
  return (value) => {
    if (value === null) throw new OptionError(`must supply an argument; choose from ${formatValues(values)}`);
    const normalized = strip(value.toLowerCase());
    if (values.includes(normalized)) return normalized;
    throw new OptionError(`"${value}" unknown; choose from ${formatValues(values)}`);
  };
}

const LENGTH_UNITS = ['em', 'ex', 'px', 'in', 'cm', 'mm', 'pt', 'pc'];

function measure(value: string | null, units: readonly string[]): string {
  if (value === null) throw new OptionError('expected string or bytes-like object');
  const match = /^([0-9.]+) *([a-z%]*)$/.exec(value);
  if (match !== null && units.includes(match[2]!) && /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(match[1]!))
    return match[1]! + match[2]!;
  throw new OptionError(
    `not a positive measure of one of the following units:\n${units.map((unit) => `"${unit}"`).join(' ')}`,
  );
}

/** A length with a CSS unit, a percentage, or a number. */
export const lengthOrPercentageOrUnitless: OptionConverter = (value) => {
  try {
    return measure(value, [...LENGTH_UNITS, '%']);
  } catch {
    try {
      return measure(value, ['']);
    } catch {
      return measure(value, [...LENGTH_UNITS, '%']);
    }
  }
};

/** A length with a CSS unit, or a number. */
export const lengthOrUnitless: OptionConverter = (value) => measure(value, [...LENGTH_UNITS, '']);

/** A percentage (the `%` is optional). */
export const percentage: OptionConverter = (value) =>
  nonnegativeInt(value === null ? null : value.replace(/[ %]+$/, ''));

/** Class names: each word turned into an identifier. */
export const classOption: OptionConverter = (value) => {
  if (value === null) throw new OptionError('argument required but none supplied');
  return splitWords(value).map((name) => {
    const id = makeId(name);
    if (id === '') throw new OptionError(`cannot make "${name}" into a class name`);
    return id;
  });
};

/** docutils' make_id (ASCII approximation): lower case, runs of other characters become `-`, no leading digits. */
export function makeId(text: string): string {
  const ascii = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^[-0-9]+|-+$/g, '');
}

/** A path: the lines joined without their surrounding white space. */
export const path: OptionConverter = (value) => {
  if (value === null) throw new OptionError('argument required but none supplied');
  return value.split('\n').map(strip).join('');
};

/** A URI: unescaped white space removed. */
export const uri: OptionConverter = (value) => {
  if (value === null) throw new OptionError('argument required but none supplied');
  return splitWords(value).join('');
};

const KNOWN_ENCODINGS =
  /^(?:utf[-_]?(?:8|16|32)(?:[-_]?(?:le|be|sig))?|ascii|us-ascii|latin[-_]?1|iso[-_]?8859[-_]?\d+|cp\d+|windows[-_]?\d+|shift[-_]?jis|euc[-_]?jp|gb2312|gbk|gb18030|big5|koi8[-_]?[ru])$/i;

/** A text encoding name. */
export const encoding: OptionConverter = (value) => {
  if (value === null || !KNOWN_ENCODINGS.test(value))
    throw new OptionError(`unknown encoding: "${value ?? 'None'}"`);
  return value;
};

/** A character given as itself or as a Unicode code (`0x2c`, `U+002C`, `&#x2c;`, decimal); other text as is. */
export function unicodeCode(code: string): string {
  if (/^[0-9]+$/.test(code)) return codePointChar(Number.parseInt(code, 10));
  const match = /^(?:0x|x|\\x|U\+?|\\u)([0-9a-f]+)$|^&#x([0-9a-f]+);$/i.exec(code);
  if (match === null) return code;
  return codePointChar(Number.parseInt(match[1] ?? match[2]!, 16));
}

function codePointChar(value: number): string {
  if (!Number.isSafeInteger(value) || value > 0x7fffffff)
    throw new OptionError('code too large (Python int too large to convert to C int)');
  if (value > 0x10ffff) throw new OptionError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(value);
}

/** A single character (or a Unicode code for one). */
export const singleCharOrUnicode: OptionConverter = (value) => {
  if (value === null) throw new OptionError("'NoneType' object has no attribute 'isdigit'");
  const char = unicodeCode(value);
  if ([...char].length > 1)
    throw new OptionError(`${pyRepr(char)} invalid; must be a single character or a Unicode code`);
  return char;
};

/** A single character, a Unicode code, `tab` or `space`. */
export const singleCharOrWhitespaceOrUnicode: OptionConverter = (value) => {
  if (value === 'tab') return '\t';
  if (value === 'space') return ' ';
  return singleCharOrUnicode(value);
};
