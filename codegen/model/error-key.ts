import { foldSpaces } from './text.js';

/** What an error-code cell says. */
export type ErrorKey =
  | { readonly kind: 'code'; readonly code: string; readonly rewritten: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly reason: string };

const CODE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const NO_CODE = new Set(['-', '–', '—', 'n/a', 'none']);

/**
 * Reads an error-code cell: any token of letters, digits, `.`, `_`, `:` and `-` (`LTS.0009`,
 * `SVCSTG.INV.2000000`, `SVCSTG_AMS_4000001`, `AccessDenied`, `111400002` kept as a string). White space inside
 * a code (`DCS. 4855`, a word wrapped in its cell) is dropped and flagged as `rewritten`; a dash means "no error
 * code"; anything else, such as a sentence, is invalid.
 */
export function parseErrorKey(cellText: string): ErrorKey {
  const text = foldSpaces(cellText);
  if (NO_CODE.has(text.toLowerCase())) return { kind: 'none' };
  if (CODE.test(text)) return { kind: 'code', code: text, rewritten: false };
  const joined = text.replace(/\s+/g, '');
  if (CODE.test(joined) && text.split(' ').length <= 3)
    return { kind: 'code', code: joined, rewritten: true };
  return { kind: 'invalid', reason: `"${shorten(text)}" is not an error code` };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
