/**
 * Block quotes: an indented block, optionally ending with an attribution (`-- Author`) after a blank line, which
 * also ends the quote (text after it starts another block quote).
 */
import { nestedParse } from './body.js';
import { node, type DocNode } from './doctree.js';
import { inlineText } from './inline.js';
import { unindentWarning } from './literal-block.js';
import type { Machine } from './machine.js';
import { leadingSpace, rstrip } from './py-text.js';
import type { SourceLines } from './source-lines.js';

/** An indented block at `m.pos` (docutils' Body.indent). */
export function blockQuote(m: Machine): void {
  const taken = m.takeIndented();
  m.parent.append(...blockQuotes(m, taken.block, taken.offset));
  if (!taken.blankFinish) m.parent.append(unindentWarning(m, 'Block quote'));
}

/** The block quotes (and attribution messages) of an indented block whose line 0 has docutils offset `offset`. */
export function blockQuotes(m: Machine, lines: SourceLines, offset: number): DocNode[] {
  const elements: DocNode[] = [];
  let start = 0;
  while (start < lines.length) {
    const quote = node('block_quote').at(lines.row(start) + 1, lines.col(start) + 1);
    const attribution = findAttribution(lines, start);
    const end = attribution === null ? lines.length : attribution.start;
    nestedParse(m.session, lines.slice(start, end), offset + start, quote);
    elements.push(quote);
    if (attribution === null) break;
    const text = attributionText(lines, attribution);
    const place = { line: offset + attribution.start + 1, column: lines.col(attribution.start) + 1 };
    const parsed = inlineText(text, m.inlineContext(place));
    quote.append(
      node('attribution', parsed.text).at(lines.row(attribution.start) + 1, lines.col(attribution.start) + 1),
    );
    elements.push(...parsed.messages);
    start = attribution.end;
    while (start < lines.length && lines.text(start) === '') start++;
  }
  return elements;
}

/** An attribution: its lines [start, end), the dash marker length, and the indentation of its continuation lines. */
interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly markerEnd: number;
  readonly indent: number;
}

const ATTRIBUTION_MARKER = /^(?:---?(?!-)|\u2014) *(?=[^ \n])/;

/** The first attribution after a blank line that follows text, with consistently indented continuation lines. */
function findAttribution(lines: SourceLines, from: number): Attribution | null {
  let blank = -1;
  let textSeen = false;
  for (let i = from; i < lines.length; i++) {
    const line = rstrip(lines.text(i));
    if (line === '') {
      blank = i;
      continue;
    }
    if (textSeen && blank === i - 1) {
      const marker = ATTRIBUTION_MARKER.exec(line);
      const shape = marker === null ? null : attributionShape(lines, i);
      if (marker !== null && shape !== null)
        return { start: i, end: shape.end, markerEnd: marker[0].length, indent: shape.indent };
    }
    textSeen = true;
  }
  return null;
}

/** The attribution's extent (up to a blank line) when its continuation lines share one indentation. */
function attributionShape(lines: SourceLines, start: number): { end: number; indent: number } | null {
  let indent: number | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = rstrip(lines.text(i));
    if (line === '') return { end: i, indent: indent ?? 0 };
    const lineIndent = leadingSpace(line);
    if (indent === null) indent = lineIndent;
    else if (lineIndent !== indent) return null;
  }
  return { end: lines.length, indent: indent ?? 0 };
}

function attributionText(lines: SourceLines, attribution: Attribution): string {
  const texts: string[] = [];
  for (let i = attribution.start; i < Math.min(attribution.end, lines.length); i++) {
    const text = lines.text(i);
    texts.push(i === attribution.start ? text.slice(attribution.markerEnd) : text.slice(attribution.indent));
  }
  return rstrip(texts.join('\n'));
}
