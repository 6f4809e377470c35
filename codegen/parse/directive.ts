/**
 * Running a directive: its block split into arguments, options (a field list) and content, as docutils'
 * run_directive and parse_directive_block do; errors in that block become "Error in ... directive".
 */
import { lookupDirective } from './directives/registry.js';
import { OptionError, unchanged, type OptionValue } from './directive-options.js';
import { DirectiveProblem, type DirectiveCall, type DirectiveSpec } from './directive-spec.js';
import { node } from './doctree.js';
import { inlineText } from './inline.js';
import { fieldMarkerEnd, fieldName } from './line-patterns.js';
import { Machine } from './machine.js';
import { isBlank, splitWords } from './py-text.js';
import { SourceLines } from './source-lines.js';

/** A problem in the directive block (docutils' MarkupError). */
export class DirectiveBlockError extends Error {}

/**
 * The directive `name` whose marker ends at `markerEnd` on line `m.pos`; its nodes are added to the parent.
 * Returns docutils' blank_finish.
 */
export function runDirective(
  m: Machine,
  name: string,
  markerEnd: number,
  presets: Readonly<Record<string, OptionValue>>,
  inSubstitution = false,
): boolean {
  const spec = lookupDirective(name);
  const at = m.pos;
  const place = m.placeAbs(at);
  const source = m.placeSource(at);
  const taken = m.takeFirstKnownIndented(markerEnd, { stripTop: false });
  let call: DirectiveCall;
  try {
    call = {
      ...parseDirectiveBlock(m, spec, taken.block, taken.offset, presets),
      m,
      name,
      lineno: place.line,
      place,
      source,
      inSubstitution,
    };
  } catch (error) {
    if (!(error instanceof DirectiveBlockError)) throw error;
    m.parent.append(
      m.reporter.error(`Error in "${name}" directive:\n${error.message}.`, 'directive-invalid', place),
    );
    return taken.blankFinish;
  }
  try {
    m.parent.append(...spec.run(call));
  } catch (error) {
    if (!(error instanceof DirectiveProblem)) throw error;
    m.parent.append(m.reporter.report(error.level, error.message, error.rule, place));
  }
  return taken.blankFinish || m.nextLineBlank();
}

/** What parsing a directive block needs to know of the directive. */
type BlockSpec = Pick<
  DirectiveSpec,
  'requiredArguments' | 'optionalArguments' | 'finalArgumentWhitespace' | 'options' | 'hasContent'
>;

/** The parts of a directive block. */
export type BlockParts = Pick<DirectiveCall, 'arguments' | 'options' | 'content' | 'contentOffset'>;

/**
 * docutils' parse_directive_block: `block` (docutils offset `blockOffset`) split into arguments, options and
 * content by what `spec` declares. Throws DirectiveBlockError for problems in the block.
 */
export function parseDirectiveBlock(
  m: Machine,
  spec: BlockSpec,
  block: SourceLines,
  blockOffset: number,
  presets: Readonly<Record<string, OptionValue>>,
): BlockParts {
  let lines = block;
  let offset = blockOffset;
  if (lines.length > 0 && isBlank(lines.text(0))) {
    lines = lines.slice(1);
    offset++;
  }
  let end = lines.length;
  while (end > 0 && isBlank(lines.text(end - 1))) end--;
  lines = lines.slice(0, end);
  const takesArguments = spec.requiredArguments + spec.optionalArguments > 0;
  let argumentLines = lines.slice(0, 0);
  let content = lines;
  let contentOffset = offset;
  let split = 0;
  if (lines.length > 0 && (takesArguments || spec.options !== null)) {
    split = 0;
    while (split < lines.length && !isBlank(lines.text(split))) split++;
    argumentLines = lines.slice(0, split);
    content = lines.slice(split + 1);
    contentOffset = offset + split + 1;
  }
  const options = new Map<string, OptionValue>(Object.entries(presets));
  if (spec.options !== null) argumentLines = takeOptions(m, spec.options, argumentLines, options);
  if (argumentLines.length > 0 && !takesArguments) {
    content = SourceLines.concat(argumentLines, lines.slice(split));
    contentOffset = offset;
    argumentLines = lines.slice(0, 0);
  }
  let skip = 0;
  while (skip < content.length && isBlank(content.text(skip))) skip++;
  content = content.slice(skip);
  contentOffset += skip;
  const args = takesArguments ? parseArguments(spec, argumentLines.texts.join('\n')) : [];
  if (content.length > 0 && !spec.hasContent) throw new DirectiveBlockError('no content permitted');
  return { arguments: args, options, content, contentOffset };
}

/** docutils' argument split: words, the last one taking the rest when it may contain white space. */
function parseArguments(spec: BlockSpec, text: string): string[] {
  const words = splitWords(text);
  const most = spec.requiredArguments + spec.optionalArguments;
  if (words.length < spec.requiredArguments)
    throw new DirectiveBlockError(`${spec.requiredArguments} argument(s) required, ${words.length} supplied`);
  if (words.length <= most) return words;
  if (!spec.finalArgumentWhitespace)
    throw new DirectiveBlockError(`maximum ${most} argument(s) allowed, ${words.length} supplied`);
  return splitMax(text, most - 1);
}

/** Python's `text.split(None, maxsplit)`. */
function splitMax(text: string, maxsplit: number): string[] {
  const parts: string[] = [];
  let rest = text.replace(/^[\s\x1c-\x1f\x85]+/u, '');
  while (parts.length < maxsplit) {
    const match = /[\s\x1c-\x1f\x85]+/u.exec(rest);
    if (match === null) break;
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** Takes the option field list off the end of the argument lines into `options`; returns the argument lines left. */
function takeOptions(
  m: Machine,
  spec: NonNullable<DirectiveSpec['options']>,
  lines: SourceLines,
  options: Map<string, OptionValue>,
): SourceLines {
  let start = 0;
  while (start < lines.length && fieldMarkerEnd(lines.text(start)) < 0) start++;
  if (start === lines.length) return lines;
  const fields = readOptionFields(m, lines.slice(start));
  const seen = new Set<string>();
  for (const [name, value] of fields) {
    const converter = spec === 'any' ? unchanged : spec[name];
    if (converter === undefined) throw new DirectiveBlockError(`unknown option: "${name}"`);
    if (seen.has(name)) throw new DirectiveBlockError(`invalid option data: duplicate option "${name}"`);
    seen.add(name);
    try {
      options.set(name, converter(value));
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      throw new DirectiveBlockError(
        `invalid option value: (option: "${name}"; value: ${value === null ? 'None' : pyReprValue(value)})\n${error.message}`,
      );
    }
  }
  return lines.slice(0, start);
}

function pyReprValue(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  return (
    quote +
    value
      .replaceAll('\\', '\\\\')
      .replaceAll('\n', '\\n')
      .replaceAll(quote, '\\' + quote) +
    quote
  );
}

/** The option fields (docutils' ExtensionOptions state): name (lower case) and value text or null. */
function readOptionFields(m: Machine, lines: SourceLines): Array<[string, string | null]> {
  const reader = new Machine(m.session, lines, 0, node('field_list'), false);
  const fields: Array<[string, string | null]> = [];
  let blankFinish = true;
  while (!reader.atEnd) {
    if (isBlank(reader.line())) {
      reader.pos++;
      continue;
    }
    const end = fieldMarkerEnd(reader.line());
    if (end < 0) throw new DirectiveBlockError('invalid option block');
    const name = inlineText(
      fieldName(reader.line().slice(0, end).trimEnd()),
      reader.inlineContext(m.placeAbs(0)),
    );
    const taken = reader.takeFirstKnownIndented(end);
    blankFinish = taken.blankFinish;
    const words = splitWords(name.text);
    if (words.length !== 1)
      throw new DirectiveBlockError(
        'invalid option data: extension option field name may not contain multiple words',
      );
    const nameText = name.text.toLowerCase();
    const value = taken.block.texts.filter((line) => !isBlank(line)).join('\n');
    if (name.messages.length > 0)
      throw new DirectiveBlockError(
        `invalid option data: extension option field body may contain\na single paragraph only (option "${nameText}")`,
      );
    fields.push([nameText, taken.block.length === 0 || value === '' ? null : value]);
  }
  if (!blankFinish) throw new DirectiveBlockError('option data incompletely parsed');
  return fields;
}
