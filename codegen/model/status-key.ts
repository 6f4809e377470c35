import { foldSpaces } from './text.js';

/** What a status-code cell says. */
export type StatusKey =
  | { readonly kind: 'empty' }
  | { readonly kind: 'codes'; readonly codes: readonly number[]; readonly message: string | undefined }
  | { readonly kind: 'class'; readonly digit: number }
  | { readonly kind: 'invalid'; readonly reason: string; readonly rule: string };

const SINGLE = /^(\d+)(?:\s+(\S.*))?$/s;
const SEVERAL = /^\d+(?:\s*[/,]\s*\d+)+$/;
const CLASS = /^([1-5])xx$/i;

/**
 * Reads a status-code cell: `400`, `400 Bad Request` (code and message), `400/404/500` (several codes),
 * `4xx` (a class note, not a code), or empty (a continuation row).
 */
export function parseStatusKey(cellText: string): StatusKey {
  const text = foldSpaces(cellText);
  if (text === '') return { kind: 'empty' };
  const classMatch = CLASS.exec(text);
  if (classMatch?.[1]) return { kind: 'class', digit: Number(classMatch[1]) };
  if (SEVERAL.test(text)) return checked(text.split(/\s*[/,]\s*/).map(Number), undefined, text);
  const single = SINGLE.exec(text);
  if (single?.[1]) return checked([Number(single[1])], single[2], text);
  return {
    kind: 'invalid',
    reason: `status code "${text}" is not a number from 100 to 599`,
    rule: 'status-code-not-numeric',
  };
}

function checked(codes: number[], message: string | undefined, text: string): StatusKey {
  const outOfRange = codes.find((code) => code < 100 || code > 599);
  if (outOfRange !== undefined) {
    return {
      kind: 'invalid',
      reason: `status code "${text}" is outside the HTTP range 100 to 599`,
      rule: 'status-code-out-of-range',
    };
  }
  return { kind: 'codes', codes, message };
}
