/**
 * `image` and `figure`: an image node (its text is the `:alt:` text); a figure adds a caption (its first
 * paragraph) and a legend (the rest of its content).
 */
import {
  choice,
  classOption,
  lengthOrPercentageOrUnitless,
  lengthOrUnitless,
  percentage,
  unchanged,
  unchangedRequired,
  type OptionConverter,
} from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveCall, type DirectiveSpec } from '../directive-spec.js';
import { node, type DocNode } from '../doctree.js';
import { ERROR } from '../report.js';
import { directiveNode, parseContent } from './common.js';

const ALIGN_HORIZONTAL = ['left', 'center', 'right'];
const ALIGN_VERTICAL = ['top', 'middle', 'bottom'];

const IMAGE_OPTIONS: Readonly<Record<string, OptionConverter>> = {
  alt: unchanged,
  height: lengthOrUnitless,
  width: lengthOrPercentageOrUnitless,
  scale: percentage,
  align: choice([...ALIGN_VERTICAL, ...ALIGN_HORIZONTAL]),
  target: unchangedRequired,
  class: classOption,
  name: unchanged,
};

const FIGURE_OPTIONS: Readonly<Record<string, OptionConverter>> = {
  ...IMAGE_OPTIONS,
  align: choice(ALIGN_HORIZONTAL),
  figwidth: (value) =>
    value !== null && value.toLowerCase() === 'image' ? 'image' : lengthOrPercentageOrUnitless(value),
  figclass: classOption,
};

/** The image node (wrapped in a reference when it has a target), after docutils' `:align:` check. */
function imageNode(call: DirectiveCall): DocNode {
  const align = call.options.get('align');
  if (typeof align === 'string') {
    const allowed = call.inSubstitution ? ALIGN_VERTICAL : ALIGN_HORIZONTAL;
    if (!allowed.includes(align)) {
      const where = call.inSubstitution ? ' within a substitution definition' : '';
      const message = `Error in "${call.name}" directive: "${align}" is not a valid value for the "align" option${where}.  Valid values for "align" are: "${allowed.join('", "')}".`;
      throw new DirectiveProblem(ERROR, message, 'directive-invalid');
    }
  }
  const alt = call.options.get('alt');
  const image = directiveNode(call, 'image', typeof alt === 'string' ? alt : '');
  return call.options.has('target') ? node('reference', image.text).at(image.line, image.column) : image;
}

const image = directive({ required: 1, whitespace: true, options: IMAGE_OPTIONS }, (call) => [
  imageNode(call),
]);

/** A figure: the image, then a caption paragraph (or empty comment) and a legend of the remaining content. */
const figure = directive(
  { required: 1, whitespace: true, options: FIGURE_OPTIONS, content: true },
  (call) => {
    const figureNode = directiveNode(call, 'figure');
    const imageCall = {
      ...call,
      options: new Map(
        [...call.options].filter(([name]) => name !== 'align' && name !== 'figwidth' && name !== 'figclass'),
      ),
    };
    figureNode.append(imageNode(imageCall));
    if (call.content.length === 0) return [figureNode];
    const holder = parseContent(call, node('container'));
    const first = holder.children[0];
    if (first !== undefined && first.tag === 'paragraph') {
      figureNode.append(node('caption', first.text).at(first.line, first.column));
    } else if (first !== undefined && !(first.tag === 'comment' && first.text === '')) {
      return [
        figureNode,
        call.m.reporter.error(
          'Figure caption must be a paragraph or empty comment.',
          'figure-caption',
          call.place,
        ),
      ];
    }
    if (holder.children.length > 1) figureNode.append(node('legend').append(...holder.children.slice(1)));
    return [figureNode];
  },
);

/** The directives of this module by name. */
export const IMAGE_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = { image, figure };
