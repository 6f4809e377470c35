/**
 * Directives whose content is kept as text: code, math, raw, parsed-literal and line-block.
 */
import { classOption, encoding, path, unchanged, uri } from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveSpec } from '../directive-spec.js';
import { node, type DocNode } from '../doctree.js';
import { inlineText } from '../inline.js';
import { pyInt, strip } from '../py-text.js';
import { ERROR, WARNING } from '../report.js';
import { CLASS_AND_NAME, directiveNode, inlineNode, requireContent } from './common.js';

/** docutils' `code` directive: the content as a literal block (content required). */
const code = directive(
  { optional: 1, options: { ...CLASS_AND_NAME, 'number-lines': unchanged }, content: true },
  (call) => {
    requireContent(call);
    const numberLines = call.options.get('number-lines');
    if (typeof numberLines === 'string' && numberLines !== '' && typeof pyInt(numberLines) !== 'number') {
      throw new DirectiveProblem(ERROR, ':number-lines: with non-integer start value', 'directive-invalid');
    }
    return [directiveNode(call, 'literal_block', call.content.texts.join('\n'))];
  },
);

/** `math`: one math block per blank-line separated part. */
const math = directive({ options: CLASS_AND_NAME, content: true }, (call) => {
  requireContent(call);
  return call.content.texts
    .join('\n')
    .split('\n\n')
    .filter((part) => part !== '')
    .map((part) => directiveNode(call, 'math_block', part));
});

/** `raw`: content passed through (file and URL access are off). */
const raw = directive(
  {
    required: 1,
    whitespace: true,
    options: { file: path, url: uri, encoding, class: classOption },
    content: true,
  },
  (call) => {
    if (call.options.has('file') || call.options.has('url'))
      throw new DirectiveProblem(WARNING, `"${call.name}" directive disabled.`, 'directive-disabled');
    requireContent(call);
    return [directiveNode(call, 'raw', call.content.texts.join('\n'))];
  },
);

/** `parsed-literal`: the content with inline markup. */
const parsedLiteral = directive({ options: CLASS_AND_NAME, content: true }, (call) => {
  requireContent(call);
  const text = inlineNode(call, 'literal_block', call.content.texts.join('\n'));
  return [text.node, ...text.messages];
});

/** The `line-block` directive: one line per content line. */
const lineBlockDirective = directive({ options: CLASS_AND_NAME, content: true }, (call) => {
  requireContent(call);
  const block = directiveNode(call, 'line_block');
  const messages: DocNode[] = [];
  call.content.texts.forEach((line, i) => {
    const place = { line: call.lineno + call.contentOffset + i, column: call.place.column };
    const parsed = inlineText(strip(line), call.m.inlineContext(place));
    block.append(node('line', parsed.text));
    messages.push(...parsed.messages);
  });
  return [block, ...messages];
});

/** The directives of this module by name. */
export const LITERAL_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  code,
  math,
  raw,
  'parsed-literal': parsedLiteral,
  'line-block': lineBlockDirective,
};
