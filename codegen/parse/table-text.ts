/**
 * String helpers with Python's notion of white space, so that stripping and blank-line tests agree with docutils
 * (Python's str.strip/isspace differ from JavaScript's \s: e.g. U+001C..U+001F and U+0085 are space, U+FEFF is not).
 */

import { isSpaceCode } from './py-text.js';

/** Whether a UTF-16 code unit is white space for Python's str.isspace (the document reader's own test). */
export const isPyWhitespace = isSpaceCode;

/** Index just after the last non-white-space code unit of `text` at or before `end` (0 when all blank). */
export function trimmedEnd(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && isPyWhitespace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Index just after the last non-white-space code unit of `text[from, to)`; `from` when that range is blank.
 * Table cells are mostly padding, so the native `trimEnd` does the scan; its white space differs from Python's
 * only in U+FEFF (JavaScript's alone) and U+001C..U+001F, U+0085 (Python's alone), where the exact scan takes over.
 */
export function trimmedEndWithin(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  if (end <= from) return from;
  if (!isPyWhitespace(text.charCodeAt(end - 1))) return end;
  const range = text.slice(from, end);
  const kept = range.trimEnd().length;
  if (range.indexOf('\uFEFF', kept) >= 0 || (kept > 0 && isPythonOnlySpace(range.charCodeAt(kept - 1)))) {
    return Math.max(from, trimmedEnd(text, end));
  }
  return from + kept;
}

/** White space for Python but not for JavaScript's `trim`. */
function isPythonOnlySpace(code: number): boolean {
  return (code >= 0x1c && code <= 0x1f) || code === 0x85;
}

/** Index of the first non-white-space code unit of `text` at or after `start` (`end` when all blank). */
export function trimmedStart(text: string, start = 0, end = text.length): number {
  let i = start;
  while (i < end && isPyWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Python's `text.rstrip()`. */
export function pyRstrip(text: string): string {
  const end = trimmedEnd(text);
  return end === text.length ? text : text.slice(0, end);
}

/** Python's `text.strip()`. */
export function pyStrip(text: string): string {
  const end = trimmedEnd(text);
  const start = trimmedStart(text, 0, end);
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Whether `text[start, end)` is empty or white space only (Python's `not text[start:end].strip()`). */
export function isBlankRange(text: string, start = 0, end = text.length): boolean {
  return trimmedStart(text, start, Math.min(end, text.length)) >= Math.min(end, text.length);
}
