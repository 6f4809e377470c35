/**
 * Explicit markup (`.. `): footnotes, citations, hyperlink targets, substitution definitions, directives and
 * comments; consecutive explicit constructs form one run (docutils' Explicit state).
 */
import { nestedParse } from './body.js';
import { runDirective } from './directive.js';
import { node } from './doctree.js';
import { escapeToNull, unescape } from './escapes.js';
import { SIMPLE_NAME } from './inline-patterns.js';
import { anonymousEnd, explicitEnd } from './line-patterns.js';
import { unindentWarning } from './literal-block.js';
import type { Machine } from './machine.js';
import { isBlank, PY_WHITESPACE_CLASS as WS, splitWords } from './py-text.js';
import { substitutionDefinition } from './substitution.js';
import { normalizeName } from './target-names.js';

const FOOTNOTE = new RegExp(`^\\.\\. +\\[([0-9]+|#|#${SIMPLE_NAME}|\\*)\\]( +|$)`, 'u');
const CITATION = new RegExp(`^\\.\\. +\\[(${SIMPLE_NAME})\\]( +|$)`, 'u');
const TARGET = /^\.\. +_(?! |$)/;
const SUBSTITUTION = /^\.\. +\|(?! |$)/;
const DIRECTIVE = new RegExp(`^\\.\\. +(${SIMPLE_NAME}) ?::( +|$)`, 'u');
/** A hyperlink target's name part, on the escaped text after `.. _`. */
const TARGET_NAME = new RegExp(
  `^(?:_|(?!_)(\`?)(?![ \`])(?<name>.+?)(?<![${WS}\\x00])\\1)(?<!(?<!\\x00):)(?<![${WS}\\x00]) ?:( +|$)`,
  'u',
);
/** A reference as an indirect target's destination: `name_` or `` `phrase`_ ``. */
const REFERENCE = new RegExp(
  `^(?:(?<simple>${SIMPLE_NAME})_|\`(?! )(?<phrase>.+?)(?<![${WS}\\x00])\`_)$`,
  'u',
);

/** An explicit markup line at `m.pos` and the explicit constructs directly following it. */
export function explicitMarkup(m: Machine): void {
  explicitRun(m, explicitConstruct(m));
}

/** An anonymous target (`__ uri`) at `m.pos` and the explicit constructs directly following it. */
export function anonymousTarget(m: Machine, markerEnd: number): void {
  explicitRun(m, anonymousConstruct(m, markerEnd));
}

/** More explicit constructs (no blank line between them is needed: each takes its trailing blank lines). */
function explicitRun(m: Machine, blankFinish: boolean): void {
  let finish = blankFinish;
  for (;;) {
    if (m.atEnd) break;
    const line = m.line();
    if (explicitEnd(line) >= 0) finish = explicitConstruct(m);
    else if (anonymousEnd(line) >= 0) finish = anonymousConstruct(m, anonymousEnd(line));
    else break;
  }
  if (!finish) m.parent.append(unindentWarning(m, 'Explicit markup'));
}

/** Which explicit construct the line at `m.pos` is; parses it and returns docutils' blank_finish. */
function explicitConstruct(m: Machine): boolean {
  const line = m.line();
  const footnote = FOOTNOTE.exec(line);
  if (footnote !== null) return labelled(m, 'footnote', footnote[1]!, footnote[0].length);
  const citation = CITATION.exec(line);
  if (citation !== null) return labelled(m, 'citation', citation[1]!, citation[0].length);
  const target = TARGET.exec(line);
  if (target !== null) return hyperlinkTarget(m, target[0].length);
  const substitution = SUBSTITUTION.exec(line);
  if (substitution !== null) return substitutionDefinition(m, substitution[0].length);
  const directive = DIRECTIVE.exec(line);
  if (directive !== null) return runDirective(m, directive[1]!, directive[0].length, {});
  return comment(m, explicitEnd(line));
}

/** A comment: the indented block after `..` (an empty comment when `..` stands alone before a blank line). */
export function comment(m: Machine, markerEnd: number, markerLine = m.line(m.pos)): boolean {
  const at = m.pos;
  const first = markerLine.slice(markerEnd);
  if (isBlank(first) && (at + 1 >= m.lines.length || isBlank(m.line(at + 1)))) {
    m.pos = at + 1;
    m.parent.append(node('comment').at(m.sourceLine(at), m.sourceColumn(at)));
    return true;
  }
  const taken = m.takeFirstKnownIndented(markerEnd);
  let length = taken.block.length;
  while (length > 0 && isBlank(taken.block.text(length - 1))) length--;
  m.parent.append(
    node('comment', taken.block.texts.slice(0, length).join('\n')).at(m.sourceLine(at), m.sourceColumn(at)),
  );
  return taken.blankFinish;
}

/**
 * docutils' fallback for a malformed explicit construct: a warning, and a comment read from where the construct's
 * block ended (docutils does not back up first, so a multi-line construct leaves only its last lines as comment).
 */
export function malformedConstruct(m: Machine, at: number, message: string, rule: string): boolean {
  const markerLine = m.line(at);
  m.pos = Math.max(at, m.pos - 1);
  const place = m.placeAbs(m.pos);
  const finish = comment(m, explicitEnd(markerLine), markerLine);
  m.parent.append(m.reporter.warning(message, rule, place));
  return finish;
}

/** A footnote or citation: its label and its indented content. */
function labelled(m: Machine, tag: 'footnote' | 'citation', label: string, markerEnd: number): boolean {
  const at = m.pos;
  const taken = m.takeFirstKnownIndented(markerEnd);
  const element = node(tag).at(m.sourceLine(at), m.sourceColumn(at));
  const auto = tag === 'footnote' && (label.startsWith('#') || label === '*');
  if (!auto) element.append(node('label', label));
  const name = normalizeName(label.startsWith('#') ? label.slice(1) : label === '*' ? '' : label);
  if (name !== '') m.session.names.note({ names: new Set([name]) }, true, m.placeAbs(at), element);
  m.parent.append(element);
  if (taken.block.length > 0) nestedParse(m.session, taken.block, taken.offset, element);
  return taken.blankFinish;
}

/** `.. _name: target`: the target block runs to the first blank line; a malformed name makes it a comment. */
function hyperlinkTarget(m: Machine, markerEnd: number): boolean {
  const at = m.pos;
  const taken = m.takeFirstKnownIndented(markerEnd, { untilBlank: true, stripIndent: false });
  const lines = taken.block.texts.map(escapeToNull);
  let escaped = lines[0] ?? '';
  let last = 0;
  let match = TARGET_NAME.exec(escaped);
  while (match === null) {
    last++;
    if (last >= lines.length)
      return malformedConstruct(m, at, 'malformed hyperlink target.', 'malformed-target');
    escaped += lines[last];
    match = TARGET_NAME.exec(escaped);
  }
  const destination = [
    (lines[last]! + ' ').slice(match[0].length - escaped.length - 1).trim(),
    ...lines.slice(last + 1),
  ];
  const name = match.groups?.['name'];
  if (name !== undefined) {
    const refuri = targetUri(destination);
    const target = { names: new Set([normalizeName(unescape(name))]), ...(refuri !== '' ? { refuri } : {}) };
    m.session.names.note(target, true, m.placeAbs(at), m.parent);
  }
  m.parent.append(node('target').at(m.sourceLine(at), m.sourceColumn(at)));
  return taken.blankFinish;
}

/** The URI of a target's destination lines ('' for none, or for an indirect target naming another target). */
function targetUri(lines: readonly string[]): string {
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (last.endsWith('_') && REFERENCE.test(splitWords(lines.map((line) => line.trim()).join(' ')).join(' ')))
    return '';
  return lines
    .join(' ')
    .split(/\0[ \n]/)
    .map((part) => splitWords(unescape(part)).join(''))
    .join(' ');
}

/** `__ uri`: an anonymous target, up to the first blank line. */
function anonymousConstruct(m: Machine, markerEnd: number): boolean {
  const at = m.pos;
  const taken = m.takeFirstKnownIndented(markerEnd, { untilBlank: true });
  m.parent.append(node('target').at(m.sourceLine(at), m.sourceColumn(at)));
  return taken.blankFinish;
}
