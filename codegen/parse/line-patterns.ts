/**
 * The line patterns that decide what a line starts (docutils' Body transitions), as scanners that return where
 * the marker ends (the match end, spaces included) or -1. Lines never end in white space (it was stripped).
 */

const BULLETS = '-+*\u2022\u2023\u2043';

/** Index after `at` and the spaces following it, when `at` is the end of the line or a space; else -1. */
function spacesOrEnd(line: string, at: number): number {
  if (at === line.length) return at;
  if (line[at] !== ' ') return -1;
  let end = at;
  while (line[end] === ' ') end++;
  return end;
}

/** `- item`: a bullet and a space (or the end of the line). */
export function bulletEnd(line: string): number {
  return line.length > 0 && BULLETS.includes(line[0]!) ? spacesOrEnd(line, 1) : -1;
}

/** `>>> code`. */
export function doctestEnd(line: string): number {
  return line.startsWith('>>>') ? spacesOrEnd(line, 3) : -1;
}

/** `| line`. */
export function lineBlockEnd(line: string): number {
  return line[0] === '|' ? spacesOrEnd(line, 1) : -1;
}

/** `.. ` (explicit markup start). */
export function explicitEnd(line: string): number {
  return line.startsWith('..') ? spacesOrEnd(line, 2) : -1;
}

/** `__ ` (anonymous hyperlink target). */
export function anonymousEnd(line: string): number {
  return line.startsWith('__') ? spacesOrEnd(line, 2) : -1;
}

/** `+--+---+`: the top border of a grid table. */
export function isGridTableTop(line: string): boolean {
  const end = line.length;
  if (end < 5 || line[0] !== '+' || line[1] !== '-' || line[end - 2] !== '-' || line[end - 1] !== '+')
    return false;
  for (let i = 2; i < end - 2; i++) {
    if (line[i] !== '-' && line[i] !== '+') return false;
  }
  return true;
}

/** `===  ===`: two or more runs of `=` separated by spaces, the top border of a simple table. */
export function isSimpleTableTop(line: string): boolean {
  if (line[0] !== '=' || line[line.length - 1] !== '=') return false;
  let gaps = 0;
  for (let i = 1; i < line.length; i++) {
    const ch = line[i];
    if (ch === ' ') {
      if (line[i - 1] === '=') gaps++;
    } else if (ch !== '=') {
      return false;
    }
  }
  return gaps > 0;
}

/** Whether a character is 7-bit punctuation that can adorn a section title. */
export function isAdornmentChar(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** `-----`: one punctuation character repeated (a section title adornment or a transition). */
export function isAdornmentLine(line: string): boolean {
  const first = line[0];
  if (!isAdornmentChar(first)) return false;
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== first) return false;
  }
  return true;
}

/**
 * `:field name: body`: where the field marker ends, or -1. The name may contain backslash-escaped characters and
 * colons not followed by a space, backquote or the end; it may not start with a space or colon or end with a space.
 */
export function fieldMarkerEnd(line: string): number {
  if (line[0] !== ':' || line[1] === ':' || line[1] === ' ') return -1;
  let i = 1;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') {
      if (i + 1 >= line.length) return -1;
      i += 2;
    } else if (ch === ':') {
      const after = line[i + 1];
      if (after === undefined || after === ' ' || after === '`') break;
      i++;
    } else {
      i++;
    }
  }
  if (line[i] !== ':' || line[i - 1] === ' ') return -1;
  return spacesOrEnd(line, i + 1);
}

/** The field name of a field marker (between the first colon and the last colon of the marker). */
export function fieldName(marker: string): string {
  const inner = marker.slice(1);
  return inner.slice(0, inner.lastIndexOf(':'));
}

const OPTION_ARGUMENT = '(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)';
const SHORT_OPTION = `(?:-|\\+)[a-zA-Z0-9](?: ?${OPTION_ARGUMENT})?`;
const LONG_OPTION = `(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]${OPTION_ARGUMENT})?`;
const OPTION = `(?:${SHORT_OPTION}|${LONG_OPTION})`;
const OPTION_MARKER = new RegExp(`^${OPTION}(?:, ${OPTION})*(?:  +| ?$)`);

/** `-a, --all  description`: where the option marker ends, or -1. */
export function optionMarkerEnd(line: string): number {
  const match = OPTION_MARKER.exec(line);
  return match === null ? -1 : match[0].length;
}

/** An enumerator's format: `(1)`, `1)` or `1.`. */
export type EnumFormat = 'parens' | 'rparen' | 'period';

/** A matched list enumerator. */
export interface EnumeratorMatch {
  readonly format: EnumFormat;
  /** The enumerator without its punctuation, e.g. `3`, `b`, `iv`, `#`. */
  readonly text: string;
  /** Index after the enumerator and the spaces following it. */
  readonly end: number;
}

const ENUM_TEXT = /^(?:[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)$/;

/** ASCII letters, digits and `#`. */
function isEnumeratorChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x23
  );
}

/** `1. item`, `(a) item`, `iv) item`, `#. item`: the enumerator, or null. */
export function matchEnumerator(line: string): EnumeratorMatch | null {
  const parens = line[0] === '(';
  const start = parens ? 1 : 0;
  let close = start;
  while (close < line.length && isEnumeratorChar(line.charCodeAt(close))) close++;
  if (close === start) return null;
  const text = line.slice(start, close);
  if (!ENUM_TEXT.test(text)) return null;
  const delimiter = line[close];
  let format: EnumFormat;
  if (parens) {
    if (delimiter !== ')') return null;
    format = 'parens';
  } else if (delimiter === ')') {
    format = 'rparen';
  } else if (delimiter === '.') {
    format = 'period';
  } else {
    return null;
  }
  const end = spacesOrEnd(line, close + 1);
  return end < 0 ? null : { format, text, end };
}

/** Whether `line` starts any body construct other than a paragraph (the transitions a specialized list state rejects). */
export function startsConstruct(line: string): boolean {
  return (
    line[0] === ' ' ||
    bulletEnd(line) >= 0 ||
    matchEnumerator(line) !== null ||
    fieldMarkerEnd(line) >= 0 ||
    optionMarkerEnd(line) >= 0 ||
    doctestEnd(line) >= 0 ||
    lineBlockEnd(line) >= 0 ||
    isGridTableTop(line) ||
    isSimpleTableTop(line) ||
    explicitEnd(line) >= 0 ||
    anonymousEnd(line) >= 0 ||
    isAdornmentLine(line)
  );
}
