/**
 * Turning a document into the lines docutils parses: \v and \f become spaces, Python's line boundaries,
 * tabs expanded, trailing white space removed.
 */
import { rstrip, splitLines } from './py-text.js';

/** Python's line boundaries other than \n, and \v and \f (which docutils turns into spaces). */
const UNUSUAL_BREAKS = ['\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];

/** Splits a decoded document into docutils' input lines (docutils' string2lines with whitespace conversion). */
export function documentLines(text: string, tabWidth = 8): string[] {
  // Most documents only use \n: native splitting then gives Python's lines directly. (One native search per
  // character finds the others several times faster than a regular expression's character class.)
  const unusual = UNUSUAL_BREAKS.some((ch) => text.includes(ch));
  const lines = unusual ? splitLines(text.replace(/[\v\f]/g, ' ')) : text.split('\n');
  if (!unusual && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    lines[i] = rstrip(line.includes('\t') ? expandTabs(line, tabWidth) : line);
  }
  return lines;
}

/** Python's `str.expandtabs`: each tab moves to the next multiple of `tabWidth` code points. */
export function expandTabs(line: string, tabWidth: number): string {
  let out = '';
  let column = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const spaces = tabWidth > 0 ? tabWidth - (column % tabWidth) : 0;
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column++;
    }
  }
  return out;
}
