/**
 * String helpers with Python's semantics, so that the reader's white-space tests, splitting and messages agree
 * with docutils (Python's str.isspace differs from JavaScript's \s: U+001C..U+001F and U+0085 are white space,
 * U+FEFF is not).
 */

/** Body of a regular-expression character class matching exactly Python's white space. */
export const PY_WHITESPACE_CLASS =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Whether a UTF-16 code unit is white space for Python's str.isspace (no white space lies outside the BMP). */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Number of white-space code units at the start of `text`. */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Python's `text.rstrip()`. */
export function rstrip(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Python's `text.lstrip()`. */
export function lstrip(text: string): string {
  const start = leadingSpace(text);
  return start === 0 ? text : text.slice(start);
}

/** Python's `text.strip()`. */
export function strip(text: string): string {
  return lstrip(rstrip(text));
}

/** Python's `not text.strip()`: empty or white space only. */
export function isBlank(text: string): boolean {
  return leadingSpace(text) === text.length;
}

/** Python's `text.split()`: the words between runs of white space. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpaceCode(text.charCodeAt(i));
    if (space && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/** Python's `text.splitlines()` line boundaries (after docutils turned \v and \f into spaces). */
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's `text.splitlines()`. */
export function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Number of code points in `text` (columns count code points; JavaScript indexes UTF-16 units). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) count--;
    }
  }
  return count;
}

/** Python's `repr()` of a string, as it appears in docutils' option error messages. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's `int(text)` for decimal text: surrounding white space, a sign and `_` between digits allowed. */
export function pyInt(text: string | null): number | { readonly error: string } {
  if (text === null)
    return { error: "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'" };
  const core = strip(text);
  if (/^[+-]?[0-9]+(?:_[0-9]+)*$/.test(core)) return Number(core.replaceAll('_', ''));
  return { error: `invalid literal for int() with base 10: ${pyRepr(text)}` };
}
