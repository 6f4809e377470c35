/**
 * Phrase references (`` `text <target>`_ ``): the text they show and the URI target they may embed, as docutils'
 * phrase_ref and embedded_link pattern read them.
 */
import { unescape } from './escapes.js';
import { isSpaceCode, splitWords } from './py-text.js';
import { normalizeName } from './target-names.js';

/**
 * A phrase reference: the text it shows (`text <target>`_ shows "text", `<target>`_ shows the target) and the URI
 * of an embedded URI target (null for plain references and embedded reference names).
 */
export function phraseReference(escaped: string): { text: string; uri: string | null } {
  const link = embeddedLink(escaped);
  if (link === null) return { text: unescape(escaped), uri: null };
  const alias = embeddedAlias(link.alias);
  const text = link.textEnd > 0 ? unescape(escaped.slice(0, link.textEnd)) : unescape(alias.value);
  return { text, uri: alias.isName ? null : alias.value };
}

/** What an embedded `<alias>` refers to: a normalized reference name (`name_`) or a URI. */
function embeddedAlias(alias: string): { value: string; isName: boolean } {
  const raw = unescape(alias, true);
  const isName = alias.endsWith('_') && !raw.endsWith('\\_') && !looksLikeUri(alias);
  if (isName) return { value: normalizeName(unescape(alias.slice(0, -1))), isName };
  let uri = splitEscapedWhitespace(alias)
    .map((part) => splitWords(unescape(part)).join(''))
    .join(' ');
  if (/^[^\s@<>:]+@[^\s@<>:]+\.[^\s@<>:]+$/u.test(uri)) uri = 'mailto:' + uri;
  return { value: uri.endsWith('\\_') ? uri.slice(0, -2) + '_' : uri, isName };
}

function looksLikeUri(text: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9.+-]*:/.test(text) || /^[^\s@<>]+@[^\s@<>]+$/u.test(text);
}

/** Splits at escaped white space (NUL + space or line break), as docutils' split_escaped_whitespace. */
function splitEscapedWhitespace(text: string): string[] {
  return text.split(/\0[ \n]/);
}

/**
 * The embedded `<target>` at the end of a phrase reference's text (docutils' embedded_link pattern): the last
 * unescaped `<` before the final `>`, preceded by spaces/line breaks or at the start, with no unescaped `<`/`>`
 * inside and no white space just inside the brackets. `textEnd` is where the text before the spaces ends.
 */
function embeddedLink(escaped: string): { alias: string; textEnd: number } | null {
  const close = escaped.length - 1;
  if (close < 2 || escaped[close] !== '>') return null;
  const last = escaped.charCodeAt(close - 1);
  if (isSpaceCode(last) || last === 0) return null;
  let open = -1;
  for (let i = close - 1; i >= 0; i--) {
    const ch = escaped[i];
    if ((ch === '<' || ch === '>') && escaped[i - 1] === '\0') {
      i--;
      continue;
    }
    if (ch === '>') return null;
    if (ch === '<') {
      open = i;
      break;
    }
  }
  if (open < 0 || open + 1 >= close || isSpaceCode(escaped.charCodeAt(open + 1))) return null;
  let textEnd = open;
  while (textEnd > 0 && (escaped[textEnd - 1] === ' ' || escaped[textEnd - 1] === '\n')) textEnd--;
  if (textEnd === open && open > 0) return null;
  return { alias: escaped.slice(open + 1, close), textEnd };
}
