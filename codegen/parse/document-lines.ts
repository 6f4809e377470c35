/**
 * Turning a document into the lines docutils parses: \v and \f become spaces, Python's line boundaries,
 * tabs expanded, trailing white space removed.
 */
import { rstrip, splitLines } from './py-text.js';

/** Splits a decoded document into docutils' input lines (docutils' string2lines with whitespace conversion). */
export function documentLines(text: string, tabWidth = 8): string[] {
  const lines = splitLines(/[\v\f]/.test(text) ? text.replace(/[\v\f]/g, ' ') : text);
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
