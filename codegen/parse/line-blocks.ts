/**
 * Line blocks (`| line`) and doctest blocks (`>>> code`).
 */
import { node, type DocNode } from './doctree.js';
import { inlineText } from './inline.js';
import { lineBlockEnd } from './line-patterns.js';
import type { Machine } from './machine.js';
import { isBlank } from './py-text.js';

/** A doctest block: the lines up to the next blank line, verbatim. */
export function doctestBlock(m: Machine): void {
  const start = m.pos;
  while (!m.atEnd && !isBlank(m.line())) m.pos++;
  const text = m.lines.texts.slice(start, m.pos).join('\n');
  m.parent.append(node('doctest_block', text).at(m.sourceLine(start), m.sourceColumn(start)));
}

/**
 * A line block starting at `m.pos`. Its lines follow directly (no blank line between); the text under a `|` line
 * that is indented continues it. (Nesting by indentation does not change the block's text, so lines stay flat.)
 */
export function lineBlock(m: Machine, markerEnd: number): void {
  const block = node('line_block').at(m.sourceLine(m.pos), m.sourceColumn(m.pos));
  const lineno = m.absLine(m.pos);
  m.parent.append(block);
  let blankFinish = lineBlockLine(m, block, markerEnd);
  if (!blankFinish) {
    blankFinish = m.within(block, () => {
      let finish = false;
      while (!finish && !m.atEnd) {
        const end = lineBlockEnd(m.line());
        if (end < 0 || m.line() === '') break;
        finish = lineBlockLine(m, block, end);
      }
      return finish;
    });
  }
  if (!blankFinish)
    m.parent.append(
      m.reporter.warning('Line block ends without a blank line.', 'line-block-unterminated', {
        line: lineno + 1,
        column: m.sourceColumn(m.pos),
      }),
    );
}

/** One `|` line with its continuation lines; returns docutils' blank_finish. */
function lineBlockLine(m: Machine, block: DocNode, markerEnd: number): boolean {
  const at = m.pos;
  const taken = m.takeFirstKnownIndented(markerEnd, { untilBlank: true });
  const parsed = inlineText(taken.block.texts.join('\n'), m.inlineContext(m.placeAbs(at)));
  block.append(node('line', parsed.text).at(m.sourceLine(at), m.sourceColumn(at, markerEnd)));
  appendAfter(block, parsed.messages);
  return taken.blankFinish;
}

function appendAfter(block: DocNode, messages: readonly DocNode[]): void {
  block.parent?.append(...messages);
}
