/**
 * Text lines (docutils' Text state): a paragraph, the term of a definition list item, or a section title,
 * depending on the line after it; and the literal block a paragraph ending in `::` introduces.
 */
import { definitionList } from './definition-list.js';
import { node, type DocNode } from './doctree.js';
import { inlineText, type InlineContext } from './inline.js';
import { isAdornmentLine } from './line-patterns.js';
import { literalBlock } from './literal-block.js';
import type { Machine } from './machine.js';
import { isBlank, rstrip, strip } from './py-text.js';
import { overlinedTitle, underlinedTitle } from './sections.js';

/** A line of ordinary text at `m.pos`: reads the paragraph (or definition list or title) it starts. */
export function textLine(m: Machine): void {
  const first = m.pos;
  const context = m.line(first);
  m.pos++;
  if (m.atEnd) {
    if (addParagraph(m, [context], first)) literalBlock(m);
    return;
  }
  const next = m.line();
  if (next === '') return paragraphBeforeBlank(m, context, first);
  if (next[0] === ' ') return definitionList(m, first);
  if (isAdornmentLine(next) && underlinedTitle(m, context, first)) return;
  paragraphLines(m, context, first);
}

/** A one-line paragraph followed by a blank line (at `m.pos`). */
function paragraphBeforeBlank(m: Machine, context: string, first: number): void {
  if (addParagraph(m, [context], first)) literalBlock(m);
  else m.pos++;
}

/** A paragraph of several lines: up to a blank line; an indented line ends it with an error. */
function paragraphLines(m: Machine, context: string, first: number): void {
  const lines = [context];
  let end = m.pos;
  let indented = -1;
  for (; end < m.lines.length; end++) {
    const line = m.line(end);
    if (isBlank(line)) break;
    if (line[0] === ' ') {
      indented = end;
      break;
    }
    lines.push(line);
  }
  const literalNext = addParagraph(m, lines, first);
  if (indented >= 0)
    m.parent.append(
      m.reporter.error(
        'Unexpected indentation.\nThis line is indented, but the paragraph above goes on: put a blank line before an indented block, or remove the indentation.',
        'unexpected-indentation',
        m.placeSource(indented),
      ),
    );
  m.pos = end;
  if (literalNext) literalBlock(m);
}

/**
 * Adds the paragraph of `lines` (starting at line index `first`) and its inline messages. Returns whether it ends
 * with `::`, introducing a literal block (a lone `::` makes no paragraph).
 */
export function addParagraph(m: Machine, lines: readonly string[], first: number): boolean {
  const data = rstrip(lines.join('\n'));
  let text = data;
  const literalNext = endsWithLiteralMarker(data);
  if (literalNext) {
    if (data.length === 2) return true;
    text = ' \n'.includes(data[data.length - 3]!) ? rstrip(data.slice(0, -3)) : data.slice(0, -1);
  }
  appendParagraph(
    m.parent,
    text,
    m.inlineContext(m.placeAbs(first)),
    m.sourceLine(first),
    m.sourceColumn(first),
  );
  return literalNext;
}

/** Appends the paragraph of `text` (inline markup parsed in `context`) and its messages to `parent`. */
export function appendParagraph(
  parent: DocNode,
  text: string,
  context: InlineContext,
  line: number,
  column: number,
): void {
  const inline = inlineText(text, context);
  parent.append(node('paragraph', inline.text).at(line, column), ...inline.messages);
}

/** Whether text ends with `::` not escaped by a backslash (an even number of backslashes before it). */
function endsWithLiteralMarker(data: string): boolean {
  if (!data.endsWith('::')) return false;
  let backslashes = 0;
  for (let i = data.length - 3; i >= 0 && data[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * A line of one repeated punctuation character (docutils' Body.line): a section overline or a transition where
 * titles are allowed; elsewhere text when short, else an error. Returns false when the line is ordinary text.
 */
export function adornmentLine(m: Machine): boolean {
  if (m.matchTitles) {
    overlinedTitle(m);
    return true;
  }
  const marker = strip(m.line());
  if (marker === '::') return false;
  if (marker.length < 4) {
    m.parent.append(
      m.reporter.info(
        'Unexpected possible title overline or transition.',
        'short-adornment',
        m.placeAbs(m.pos),
      ),
    );
    return false;
  }
  m.parent.append(
    m.reporter.severe(
      'Unexpected section title or transition.\nA line of repeated punctuation makes a title or a transition, which are only allowed at the top level of the document, not in tables, lists or directives.',
      'unexpected-section-title',
      m.placeAbs(m.pos),
    ),
  );
  m.pos++;
  return true;
}
