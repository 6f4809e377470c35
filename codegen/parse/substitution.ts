/**
 * Substitution definitions (`.. |name| directive:: ...`): the embedded directive's inline result becomes the
 * definition's content; other results (block elements, messages) move out to the enclosing element. A name
 * defined twice is an error.
 */
import { runDirective } from './directive.js';
import { node, type DocNode } from './doctree.js';
import { escapeToNull } from './escapes.js';
import { malformedConstruct } from './explicit.js';
import { SIMPLE_NAME } from './inline-patterns.js';
import { Machine } from './machine.js';
import { isBlank, PY_WHITESPACE_CLASS as WS, rstrip, splitWords, strip } from './py-text.js';
import type { MessagePlace } from './report.js';
import { SourceLines } from './source-lines.js';

/** The `name|` part at the start of the escaped text, followed by spaces or the end. */
const SUBSTITUTION_NAME = new RegExp(`^(?! )(.+?)(?<![${WS}\\x00])\\|( +|$)`, 'u');
const EMBEDDED_DIRECTIVE = new RegExp(`^(${SIMPLE_NAME})::( +|$)`, 'u');

/** Inline node tags that stay inside a substitution definition. */
const INLINE_TAGS = new Set([
  '#text',
  'image',
  'reference',
  'raw',
  'literal',
  'emphasis',
  'strong',
  'problematic',
]);

/** A substitution definition at `m.pos`, whose `|` ends at `markerEnd`; returns docutils' blank_finish. */
export function substitutionDefinition(m: Machine, markerEnd: number): boolean {
  const at = m.pos;
  const place = m.placeSource(at);
  const taken = m.takeFirstKnownIndented(markerEnd, { stripIndent: false });
  const lines = taken.block;
  let escaped = escapeToNull(rstrip(lines.text(0)));
  let last = 0;
  let match = SUBSTITUTION_NAME.exec(escaped);
  while (match === null) {
    last++;
    if (last >= lines.length) return malformed(m, at);
    escaped += ' ' + escapeToNull(strip(lines.text(last)));
    match = SUBSTITUTION_NAME.exec(escaped);
  }
  const name = match[1]!;
  const rest = (strip(lines.text(last)) + ' ').slice(match[0].length - escaped.length - 1, -1);
  let first = last;
  const body = [rest];
  for (let i = last + 1; i < lines.length; i++) body.push(lines.text(i));
  if (rest === '') {
    body.shift();
    first++;
  }
  while (body.length > 0 && isBlank(body[body.length - 1]!)) body.pop();
  if (body.length === 0) {
    m.parent.append(
      m.reporter.warning(`Substitution definition "${name}" missing contents.`, 'substitution-empty', place),
    );
    return taken.blankFinish;
  }
  body[0] = strip(body[0]!);
  const bodyLines = SourceLines.of(
    body,
    body.map((_, i) => lines.row(first + i)),
    body.map((_, i) => lines.col(first + i)),
  );
  return defineSubstitution(m, name, bodyLines, taken.offset, place, taken.blankFinish);
}

/** docutils' "malformed substitution definition." warning: the construct is read as a comment. */
function malformed(m: Machine, at: number): boolean {
  return malformedConstruct(m, at, 'malformed substitution definition.', 'malformed-substitution');
}

/** Runs the embedded directive (if any), moves block results out, and records the definition. */
function defineSubstitution(
  m: Machine,
  name: string,
  body: SourceLines,
  offset: number,
  place: MessagePlace,
  blankFinish: boolean,
): boolean {
  const definition = node('substitution_definition').at(place.line, place.column);
  const inner = new Machine(m.session, body, offset, definition, false);
  let finish = blankFinish;
  const directive = EMBEDDED_DIRECTIVE.exec(body.text(0));
  if (directive !== null) {
    const directiveFinish = runDirective(inner, directive[1]!, directive[0].length, { alt: name }, true);
    if (inner.pos < body.length) finish = directiveFinish;
  } else if (body.length > 1) {
    finish = isBlank(body.text(1));
  }
  const outside = definition.children.filter((child) => !INLINE_TAGS.has(child.tag));
  const inside = definition.children.filter((child) => INLINE_TAGS.has(child.tag));
  definition.clear();
  definition.append(...inside);
  m.parent.append(...outside);
  if (inside.length === 0) {
    m.parent.append(
      m.reporter.warning(`Substitution definition "${name}" empty or invalid.`, 'substitution-empty', place),
    );
    return finish;
  }
  noteSubstitution(m, name, place);
  m.parent.append(definition);
  return finish;
}

/** Records the name; a second definition of it is docutils' "Duplicate substitution definition name" error. */
function noteSubstitution(m: Machine, name: string, place: MessagePlace): DocNode | null {
  const normalized = splitWords(name).join(' ');
  const duplicate = m.session.substitutionNames.has(normalized);
  m.session.substitutionNames.add(normalized);
  if (!duplicate) return null;
  const error = m.reporter.error(
    `Duplicate substitution definition name: "${normalized}".`,
    'duplicate-substitution',
    place,
  );
  m.parent.append(error);
  return error;
}
