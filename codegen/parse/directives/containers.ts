/**
 * Directives whose content is parsed as body elements: admonitions, topics, sidebars, containers, compounds and
 * the block quote variants; and the rubric.
 */
import { blockQuotes } from '../block-quote.js';
import { classOption, unchanged, unchangedRequired } from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveCall, type DirectiveSpec } from '../directive-spec.js';
import { ERROR } from '../report.js';
import {
  addName,
  CLASS_AND_NAME,
  directiveNode,
  inlineNode,
  parseContent,
  requireContent,
} from './common.js';

/** An admonition (`note`, `warning`, ...): its content parsed into a node named like the directive. */
function admonition(tag: string): DirectiveSpec {
  return directive({ whitespace: true, options: CLASS_AND_NAME, content: true }, (call) => {
    requireContent(call);
    return [parseContent(call, addName(call, directiveNode(call, tag)))];
  });
}

/** The generic `admonition`: a title argument, then content. */
const genericAdmonition = directive(
  { required: 1, whitespace: true, options: CLASS_AND_NAME, content: true },
  (call) => {
    requireContent(call);
    const element = directiveNode(call, 'admonition');
    const title = inlineNode(call, 'title', call.arguments[0]!);
    element.append(title.node, ...title.messages);
    return [parseContent(call, element)];
  },
);

/** Topic and sidebar: only where section titles are allowed; a title, then content. */
function pseudoSection(tag: 'topic' | 'sidebar'): DirectiveSpec {
  const options = tag === 'sidebar' ? { ...CLASS_AND_NAME, subtitle: unchangedRequired } : CLASS_AND_NAME;
  return directive(
    {
      required: tag === 'topic' ? 1 : 0,
      optional: tag === 'topic' ? 0 : 1,
      whitespace: true,
      options,
      content: true,
    },
    (call) => {
      if (!call.m.matchTitles)
        throw new DirectiveProblem(
          ERROR,
          `The "${call.name}" directive may not be used within topics or body elements.`,
          'directive-context',
        );
      if (tag === 'sidebar' && call.options.has('subtitle') && call.arguments.length === 0) {
        throw new DirectiveProblem(
          ERROR,
          'The "subtitle" option may not be used without a title.',
          'directive-invalid',
        );
      }
      requireContent(call);
      const element = directiveNode(call, tag);
      if (call.arguments.length > 0) {
        const title = inlineNode(call, 'title', call.arguments[0]!);
        element.append(title.node);
        const subtitleText = call.options.get('subtitle');
        if (typeof subtitleText === 'string') {
          const subtitle = inlineNode(call, 'subtitle', subtitleText);
          element.append(subtitle.node, ...title.messages, ...subtitle.messages);
        } else {
          element.append(...title.messages);
        }
      }
      return [parseContent(call, element)];
    },
  );
}

/** A container with optional class names. */
const container = directive(
  { optional: 1, whitespace: true, options: { name: unchanged }, content: true },
  (call) => {
    requireContent(call);
    if (call.arguments.length > 0) {
      try {
        classOption(call.arguments[0]!);
      } catch {
        throw new DirectiveProblem(
          ERROR,
          `Invalid class attribute value for "${call.name}" directive: "${call.arguments[0]}".`,
          'directive-invalid',
        );
      }
    }
    return [parseContent(call, directiveNode(call, 'container'))];
  },
);

const compound = directive({ options: CLASS_AND_NAME, content: true }, (call) => {
  requireContent(call);
  return [parseContent(call, directiveNode(call, 'compound'))];
});

/** epigraph, highlights, pull-quote: a block quote of the content. */
const quoteDirective = directive({ content: true }, (call: DirectiveCall) => {
  requireContent(call);
  return blockQuotes(call.m, call.content, call.contentOffset);
});

const rubric = directive({ required: 1, whitespace: true, options: CLASS_AND_NAME }, (call) => {
  const title = inlineNode(call, 'rubric', call.arguments[0]!);
  return [title.node, ...title.messages];
});

/** The directives of this module by name. */
export const CONTAINER_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  attention: admonition('attention'),
  caution: admonition('caution'),
  danger: admonition('danger'),
  error: admonition('error'),
  hint: admonition('hint'),
  important: admonition('important'),
  note: admonition('note'),
  tip: admonition('tip'),
  warning: admonition('warning'),
  admonition: genericAdmonition,
  topic: pseudoSection('topic'),
  sidebar: pseudoSection('sidebar'),
  container,
  compound,
  epigraph: quoteDirective,
  highlights: quoteDirective,
  'pull-quote': quoteDirective,
  rubric,
};
