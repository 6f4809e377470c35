/**
 * Sphinx directives, as the oracle stands them in for docutils: no-ops (toctree, index, ...), literal blocks
 * (code-block, sourcecode) and plain containers whose content is parsed (only, seealso, versionadded, ...).
 * Unknown directives are containers too, so their content is read instead of being reported.
 */
import { directive, type DirectiveSpec } from '../directive-spec.js';
import { directiveNode, parseContent } from './common.js';

const SHAPE = { optional: 1, whitespace: true, options: 'any', content: true } as const;

/** A directive that produces nothing. */
export const noOp: DirectiveSpec = directive(SHAPE, () => []);

/** A directive whose content is a literal block. */
export const literal: DirectiveSpec = directive(SHAPE, (call) => [
  directiveNode(call, 'literal_block', call.content.texts.join('\n')),
]);

/** A container whose content is parsed as body elements. */
export const nested: DirectiveSpec = directive(SHAPE, (call) => {
  const container = directiveNode(call, 'container');
  return [call.content.length > 0 ? parseContent(call, container) : container];
});

/** The Sphinx directives the oracle registers, by name. */
export const SPHINX_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  toctree: noOp,
  highlight: noOp,
  index: noOp,
  tabularcolumns: noOp,
  literalinclude: noOp,
  'code-block': literal,
  sourcecode: literal,
  only: nested,
  seealso: nested,
  versionadded: nested,
  versionchanged: nested,
  deprecated: nested,
  glossary: nested,
  hlist: nested,
  centered: nested,
};
