/**
 * Directives that set document state or only make sense in substitution definitions: class, role, default-role,
 * title, meta, include, replace, unicode, date, contents, sectnum, header, footer, target-notes.
 */
import { nestedParse } from '../body.js';
import { DirectiveBlockError, parseDirectiveBlock } from '../directive.js';
import {
  choice,
  classOption,
  flag,
  nonnegativeInt,
  OptionError,
  unchanged,
  unchangedRequired,
  unicodeCode,
} from '../directive-options.js';
import { directive, DirectiveProblem, type DirectiveCall, type DirectiveSpec } from '../directive-spec.js';
import { node } from '../doctree.js';
import { SIMPLE_NAME } from '../inline-patterns.js';
import { fieldMarkerEnd } from '../line-patterns.js';
import { isBlank, splitWords } from '../py-text.js';
import { ERROR, WARNING } from '../report.js';
import { roleOptions } from '../roles.js';
import { CLASS_AND_NAME, directiveNode, inlineNode, parseContent, requireContent } from './common.js';

/** docutils' context check for directives that only work inside a substitution definition. */
function requireSubstitution(call: DirectiveCall): void {
  if (!call.inSubstitution) {
    throw new DirectiveProblem(
      ERROR,
      `Invalid context: the "${call.name}" directive can only be used within a substitution definition.`,
      'directive-context',
    );
  }
}

const classDirective = directive({ required: 1, whitespace: true, content: true }, (call) => {
  try {
    classOption(call.arguments[0]!);
  } catch {
    throw new DirectiveProblem(
      ERROR,
      `Invalid class attribute value for "${call.name}" directive: "${call.arguments[0]}".`,
      'directive-invalid',
    );
  }
  if (call.content.length === 0) return [directiveNode(call, 'pending')];
  return parseContent(call, node('container')).children.slice();
});

const ROLE_ARGUMENTS = new RegExp(`^(${SIMPLE_NAME})\\s*(\\(\\s*(${SIMPLE_NAME})\\s*\\)\\s*)?$`, 'u');

/**
 * `.. role:: name(base)`: checked as docutils checks it (arguments on the first line, valid names, the base role's
 * options). Custom roles show their text like any role, so nothing is registered.
 */
const role = directive({ content: true }, (call) => {
  const fail = (message: string, rule: string): never => {
    throw new DirectiveProblem(ERROR, message, rule);
  };
  if (call.contentOffset > call.lineno || call.content.length === 0)
    fail(`"${call.name}" directive requires arguments on the first line.`, 'directive-arguments');
  const match = ROLE_ARGUMENTS.exec(call.content.text(0));
  if (match === null)
    fail(
      `"${call.name}" directive arguments not valid role names: "${call.content.text(0)}".`,
      'directive-arguments',
    );
  const optionNames = match![3] === undefined ? ['class'] : roleOptions(match![3]);
  const options =
    optionNames === null
      ? null
      : Object.fromEntries(optionNames.map((name) => [name, name === 'class' ? classOption : unchanged]));
  let parts;
  try {
    parts = parseDirectiveBlock(
      call.m,
      {
        requiredArguments: 0,
        optionalArguments: 0,
        finalArgumentWhitespace: false,
        options,
        hasContent: false,
      },
      call.content.slice(1),
      call.contentOffset,
      {},
    );
  } catch (error) {
    if (!(error instanceof DirectiveBlockError)) throw error;
    return fail(`Error in "${call.name}" directive:\n${error.message}.`, 'directive-invalid');
  }
  if (!parts.options.has('class')) {
    try {
      classOption(match![1]!);
    } catch (error) {
      const detail = error instanceof OptionError ? error.message : String(error);
      fail(`Invalid argument for "${call.name}" directive:\n${detail}.`, 'directive-arguments');
    }
  }
  return [];
});

const defaultRole = directive({ optional: 1 }, (call) => {
  call.m.session.defaultRole = call.arguments[0] ?? '';
  return [];
});

const title = directive({ required: 1, whitespace: true }, () => []);

/** `meta`: a field list of metadata; anything else is "Invalid meta directive.". */
const meta = directive({ content: true }, (call) => {
  requireContent(call);
  const lines = call.content.texts;
  const valid = lines.every((line) => isBlank(line) || line[0] === ' ' || fieldMarkerEnd(line) >= 0);
  if (!valid)
    call.m.session.document.prepend(
      call.m.reporter.error('Invalid meta directive.', 'directive-invalid', call.place),
    );
  return [];
});

const INCLUDE_OPTIONS = Object.fromEntries(
  [
    'literal',
    'code',
    'encoding',
    'parser',
    'tab-width',
    'start-line',
    'end-line',
    'start-after',
    'end-before',
    'number-lines',
    'class',
    'name',
  ].map((name) => [name, unchanged]),
);

/** `include` reads files, which the reader never does (as docutils with file insertion disabled). */
const include = directive({ required: 1, whitespace: true, options: INCLUDE_OPTIONS }, (call) => {
  throw new DirectiveProblem(WARNING, `"${call.name}" directive disabled.`, 'directive-disabled');
});

/** `replace` (in a substitution definition): the text of its single paragraph. */
const replace = directive({ content: true }, (call) => {
  requireSubstitution(call);
  requireContent(call);
  const holder = parseContent(call, node('container'));
  const paragraphs = holder.children.filter((child) => child.tag === 'paragraph');
  const messages = holder.children.filter((child) => child.tag === 'system_message');
  if (paragraphs.length + messages.length !== holder.children.length || paragraphs.length > 1) {
    return [
      call.m.reporter.error(
        `Error in "${call.name}" directive: may contain a single paragraph only.`,
        'directive-invalid',
        call.place,
      ),
    ];
  }
  return [...messages, ...paragraphs.map((paragraph) => node('#text', paragraph.text))];
});

/** `unicode` (in a substitution definition): characters from codes. */
const unicode = directive(
  { required: 1, whitespace: true, options: { trim: flag, ltrim: flag, rtrim: flag } },
  (call) => {
    requireSubstitution(call);
    const codes = splitWords(call.arguments[0]!.split(/(?: |\n|^)\.\. /)[0] ?? '');
    let text = '';
    for (const code of codes) {
      try {
        text += unicodeCode(code);
      } catch (error) {
        const detail = error instanceof OptionError ? error.message : String(error);
        throw new DirectiveProblem(ERROR, `Invalid character code: ${code}\n${detail}`, 'directive-invalid');
      }
    }
    return [node('#text', text)];
  },
);

const date = directive({ optional: 1, whitespace: true }, (call) => {
  requireSubstitution(call);
  return [node('#text', new Date().toISOString().slice(0, 10))];
});

/** `contents`: a table of contents (document level only). */
const contents = directive(
  {
    optional: 1,
    whitespace: true,
    options: {
      depth: nonnegativeInt,
      local: flag,
      backlinks: choice(['top', 'entry', 'none']),
      class: classOption,
    },
  },
  (call) => {
    if (!call.m.matchTitles)
      throw new DirectiveProblem(
        ERROR,
        `The "${call.name}" directive may not be used within topics or body elements.`,
        'directive-context',
      );
    const topic = directiveNode(call, 'topic');
    if (call.arguments.length > 0) {
      const heading = inlineNode(call, 'title', call.arguments[0]!);
      topic.append(heading.node, ...heading.messages);
    } else if (!call.options.has('local')) {
      topic.append(node('title', 'Contents'));
    }
    return [topic.append(node('pending'))];
  },
);

const sectnum = directive(
  {
    options: {
      depth: nonnegativeInt,
      start: nonnegativeInt,
      prefix: unchangedRequired,
      suffix: unchangedRequired,
    },
  },
  (call) => [directiveNode(call, 'pending')],
);

/** `header`/`footer`: content parsed into the document's decoration. */
function decoration(tag: 'header' | 'footer'): DirectiveSpec {
  return directive({ content: true }, (call) => {
    requireContent(call);
    const holder = node(tag);
    call.m.session.decoration.append(holder);
    nestedParse(call.m.session, call.content, call.contentOffset, holder);
    return [];
  });
}

const targetNotes = directive({ options: CLASS_AND_NAME }, (call) => [directiveNode(call, 'pending')]);

/** The directives of this module by name. */
export const MISC_DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  class: classDirective,
  role,
  'default-role': defaultRole,
  title,
  meta,
  include,
  replace,
  unicode,
  date,
  contents,
  sectnum,
  'section-numbering': sectnum,
  header: decoration('header'),
  footer: decoration('footer'),
  'target-notes': targetNotes,
};
