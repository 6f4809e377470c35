/**
 * Definition lists: a term line directly followed by an indented definition. The term may carry classifiers
 * after " : ".
 */
import { nestedParse } from './body.js';
import { node, type DocNode } from './doctree.js';
import { parseInline, type InlinePiece } from './inline.js';
import { unescape } from './escapes.js';
import { startsConstruct } from './line-patterns.js';
import { unindentWarning } from './literal-block.js';
import type { Machine } from './machine.js';
import { rstrip } from './py-text.js';

/** A definition list whose first term is line `termAt` (the definition starts at `m.pos`). */
export function definitionList(m: Machine, termAt: number): void {
  const list = node('definition_list').at(m.sourceLine(termAt), m.sourceColumn(termAt));
  const firstFinish = definitionItem(m, list, termAt);
  m.parent.append(list);
  const blankFinish = m.within(list, () => moreDefinitions(m, list, firstFinish));
  if (!blankFinish) m.parent.append(unindentWarning(m, 'Definition list'));
}

/** Items after the first: a term line directly followed by an indented line; returns the last blank_finish. */
function moreDefinitions(m: Machine, list: DocNode, firstFinish: boolean): boolean {
  let blankFinish = firstFinish;
  for (;;) {
    while (!m.atEnd && m.line() === '') m.pos++;
    if (m.atEnd || startsConstruct(m.line())) return blankFinish;
    const term = m.pos;
    const definition = term + 1;
    if (definition >= m.lines.length || m.line(definition)[0] !== ' ') return blankFinish;
    m.pos = definition;
    blankFinish = definitionItem(m, list, term);
  }
}

/**
 * One item: the term (line `termAt`) and the indented definition at `m.pos`. Returns docutils' blank_finish.
 * docutils dates the term's messages to the line before the definition block's last line.
 */
function definitionItem(m: Machine, list: DocNode, termAt: number): boolean {
  const termLine = m.line(termAt);
  const taken = m.takeIndented();
  const lineno = m.absLine(m.pos - 1) - 1;
  const place = { line: lineno, column: m.sourceColumn(termAt) };
  const item = node('definition_list_item').at(m.sourceLine(termAt), m.sourceColumn(termAt));
  const parsed = parseInline(termLine, m.inlineContext(place));
  item.append(...termNodes(parsed.pieces, m.sourceLine(termAt), m.sourceColumn(termAt)));
  const definition = node('definition').append(...parsed.messages);
  if (termLine.endsWith('::')) {
    const message =
      'Blank line missing before literal block (after the "::")? Interpreted as a definition list item.';
    definition.append(
      m.reporter.info(message, 'definition-list-literal', { line: lineno + 1, column: place.column }),
    );
  }
  item.append(definition);
  list.append(item);
  nestedParse(m.session, taken.block, taken.offset, definition);
  return taken.blankFinish;
}

const CLASSIFIER_DELIMITER = / +: +/;

/** The term and its classifiers: plain text is split at " : "; what follows a split belongs to the last classifier. */
function termNodes(pieces: readonly InlinePiece[], line: number, column: number): DocNode[] {
  const nodes = [node('term').at(line, column)];
  for (const piece of pieces) {
    const last = nodes[nodes.length - 1]!;
    if (!('raw' in piece)) {
      last.text += piece.text;
      continue;
    }
    const parts = piece.raw.split(CLASSIFIER_DELIMITER);
    if (parts.length === 1) {
      last.text += unescape(piece.raw);
      continue;
    }
    last.text += unescape(rstrip(parts[0]!));
    for (const part of parts.slice(1)) nodes.push(node('classifier', unescape(part)).at(line, column));
  }
  return nodes;
}
