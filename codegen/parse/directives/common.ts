/**
 * Helpers shared by the directive implementations.
 */
import { nestedParse } from '../body.js';
import { classOption, unchanged, type OptionConverter } from '../directive-options.js';
import { DirectiveProblem, type DirectiveCall } from '../directive-spec.js';
import { node, type DocNode } from '../doctree.js';
import { inlineText } from '../inline.js';
import { ERROR } from '../report.js';
import { normalizeName } from '../target-names.js';

/** The `:class:` and `:name:` options most directives accept. */
export const CLASS_AND_NAME: Readonly<Record<string, OptionConverter>> = {
  class: classOption,
  name: unchanged,
};

/** docutils' assert_has_content: an error when the directive has no content. */
export function requireContent(call: DirectiveCall): void {
  if (call.content.length === 0) {
    throw new DirectiveProblem(
      ERROR,
      `Content block expected for the "${call.name}" directive; none found.\nIndent the directive's content under it, after a blank line.`,
      'directive-content-missing',
    );
  }
}

/** Parses the directive's content as body elements into `target`; returns `target`. */
export function parseContent(call: DirectiveCall, target: DocNode): DocNode {
  nestedParse(call.m.session, call.content, call.contentOffset, target);
  return target;
}

/** A text node (`tag`) made from inline markup, and the messages its parse produced. */
export function inlineNode(
  call: DirectiveCall,
  tag: string,
  text: string,
): { node: DocNode; messages: readonly DocNode[] } {
  const parsed = inlineText(text, call.m.inlineContext(call.place));
  return { node: node(tag, parsed.text).at(call.source.line, call.source.column), messages: parsed.messages };
}

/** docutils' add_name: the `:name:` option names `target` (duplicate messages go into `target`). */
export function addName(call: DirectiveCall, target: DocNode): DocNode {
  const name = call.options.get('name');
  if (typeof name === 'string')
    call.m.session.names.note({ names: new Set([normalizeName(name)]) }, true, call.place, target);
  return target;
}

/** A new node placed at the directive. */
export function directiveNode(call: DirectiveCall, tag: string, text = ''): DocNode {
  return node(tag, text).at(call.source.line, call.source.column);
}
