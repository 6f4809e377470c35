/**
 * The literal block after a paragraph ending in `::`: the indented block that follows, or (unindented) lines all
 * starting with the same punctuation character (a quoted literal block).
 */
import { node } from './doctree.js';
import { isAdornmentChar } from './line-patterns.js';
import type { Machine } from './machine.js';
import { isBlank } from './py-text.js';

/** Reads the literal block starting at `m.pos` (a blank line, an indented line or the end). */
export function literalBlock(m: Machine): void {
  const start = m.pos;
  if (start >= m.lines.length) return quotedLiteralBlock(m);
  const taken = m.takeIndented();
  let length = taken.block.length;
  while (length > 0 && isBlank(taken.block.text(length - 1))) length--;
  if (length === 0) {
    m.pos = start;
    return quotedLiteralBlock(m);
  }
  const lines = taken.block.slice(0, length);
  const first = taken.offset - m.inputOffset;
  m.parent.append(
    node('literal_block', lines.texts.join('\n')).at(m.sourceLine(first), m.sourceColumn(first)),
  );
  if (!taken.blankFinish) m.parent.append(unindentWarning(m, 'Literal block'));
}

/**
 * Lines (from `m.pos`, after blank lines) that all start with the first one's punctuation character; ends at a blank
 * line. Other text or indentation ends it with an error; no such line is a warning.
 */
function quotedLiteralBlock(m: Machine): void {
  while (!m.atEnd && m.line() === '') m.pos++;
  const first = m.pos;
  const quote = m.line(first)[0];
  if (m.atEnd || !isAdornmentChar(quote)) {
    m.parent.append(
      m.reporter.warning('Literal block expected; none found.', 'literal-block-missing', m.placeAbs(m.pos)),
    );
    return;
  }
  const lines: string[] = [];
  while (!m.atEnd && m.line()[0] === quote) lines.push(m.line(m.pos++));
  const literal = node('literal_block', lines.join('\n')).at(m.sourceLine(first), m.sourceColumn(first));
  m.parent.append(literal);
  if (m.atEnd || m.line() === '') return;
  const rule = m.line()[0] === ' ' ? 'Unexpected indentation.' : 'Inconsistent literal block quoting.';
  m.parent.append(
    m.reporter.error(
      rule,
      rule === 'Unexpected indentation.' ? 'unexpected-indentation' : 'literal-block-quoting',
      m.placeAbs(m.pos),
    ),
  );
}

/** docutils' "<construct> ends without a blank line; unexpected unindent." warning, for the line at `m.pos`. */
export function unindentWarning(m: Machine, construct: string) {
  return m.reporter.warning(
    `${construct} ends without a blank line; unexpected unindent.`,
    'unexpected-unindent',
    m.placeAbs(m.pos),
  );
}
