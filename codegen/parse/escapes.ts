/**
 * Backslash escapes as docutils handles them: while inline markup is recognized, each backslash becomes a NUL
 * that marks the next character as escaped; when text is shown, escaped spaces and line breaks vanish and the
 * other escaped characters stay.
 */

/** docutils' escape2null: `\x` becomes NUL + `x` (a trailing backslash becomes a lone NUL). */
export function escapeToNull(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let start = 0;
  for (;;) {
    const found = text.indexOf('\\', start);
    if (found < 0) return out + text.slice(start);
    out += text.slice(start, found) + '\0' + text.slice(found + 1, found + 2);
    start = found + 2;
  }
}

/** docutils' unescape: drops NUL + space, NUL + line break and lone NULs; or turns NULs back into backslashes. */
export function unescape(text: string, restoreBackslashes = false): string {
  if (!text.includes('\0')) return text;
  if (restoreBackslashes) return text.replaceAll('\0', '\\');
  return text.replaceAll('\0 ', '').replaceAll('\0\n', '').replaceAll('\0', '');
}
