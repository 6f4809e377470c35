/**
 * Text width in columns as docutils measures it in tables: East Asian Wide/Fullwidth characters take 2 columns,
 * combining characters 0 (newer docutils; 0.19 rejects them in grid tables), everything else 1.
 */
import { COMBINING_RANGES, WIDE_RANGES } from './table-unicode-width.js';

/** Below this code point every character takes exactly one column (no combining or wide characters). */
const FIRST_SPECIAL_CODE_POINT = 0x300;

/** Whether `codePoint` lies in one of the flattened inclusive [first, last] pairs of `ranges`. */
function inRanges(ranges: readonly number[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < ranges[2 * middle]!) high = middle - 1;
    else if (codePoint > ranges[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** Whether a code point is a combining character (non-zero canonical combining class). */
export function isCombining(codePoint: number): boolean {
  return codePoint >= FIRST_SPECIAL_CODE_POINT && inRanges(COMBINING_RANGES, codePoint);
}

/** Columns one code point takes: 0 for combining characters, 2 for East Asian Wide/Fullwidth, else 1. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < FIRST_SPECIAL_CODE_POINT) return 1;
  if (codePoint <= 0xffff) return bmpWidths()[codePoint] as 0 | 1 | 2;
  return searchedWidth(codePoint);
}

function searchedWidth(codePoint: number): 0 | 1 | 2 {
  if (inRanges(COMBINING_RANGES, codePoint)) return 0;
  return inRanges(WIDE_RANGES, codePoint) ? 2 : 1;
}

/** Widths of all BMP characters, computed once on first use: tables of CJK text look up every character. */
let bmpWidthTable: Uint8Array | null = null;

function bmpWidths(): Uint8Array {
  if (bmpWidthTable === null) {
    bmpWidthTable = new Uint8Array(0x10000);
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      bmpWidthTable[codePoint] = codePoint < FIRST_SPECIAL_CODE_POINT ? 1 : searchedWidth(codePoint);
    }
  }
  return bmpWidthTable;
}

/** A code unit at or above FIRST_SPECIAL_CODE_POINT (a regular expression scans long lines far faster than a loop). */
const SPECIAL_CODE_UNIT = /[^\0-\u02ff]/;

/** Whether every character of `text` takes exactly one column, so columns equal UTF-16 indices. */
export function isNarrowText(text: string): boolean {
  return !SPECIAL_CODE_UNIT.test(text);
}

/** Columns a string takes. */
export function textWidth(text: string): number {
  if (isNarrowText(text)) return text.length;
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}
