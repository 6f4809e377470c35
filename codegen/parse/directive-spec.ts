/**
 * What a directive declares (arguments, options, content) and what it gets when it runs.
 */
import type { DocNode } from './doctree.js';
import type { OptionConverter, OptionValue } from './directive-options.js';
import type { Machine } from './machine.js';
import type { MessagePlace } from './report.js';
import type { SourceLines } from './source-lines.js';

/** A directive's declaration and behaviour. */
export interface DirectiveSpec {
  readonly requiredArguments: number;
  readonly optionalArguments: number;
  /** Whether the last argument may contain spaces (it then takes the rest of the argument text). */
  readonly finalArgumentWhitespace: boolean;
  /** Known options and their converters; 'any' accepts every option as text; null: no options. */
  readonly options: Readonly<Record<string, OptionConverter>> | 'any' | null;
  readonly hasContent: boolean;
  readonly run: (call: DirectiveCall) => DocNode[];
}

/** One use of a directive: its parsed parts and the parsing level it sits in. */
export interface DirectiveCall {
  readonly m: Machine;
  readonly name: string;
  readonly arguments: readonly string[];
  readonly options: ReadonlyMap<string, OptionValue>;
  readonly content: SourceLines;
  /** docutils' absolute line offset of content line 0. */
  readonly contentOffset: number;
  /** docutils' line number of the directive (where its messages go). */
  readonly lineno: number;
  readonly place: MessagePlace;
  /** The directive's true source place. */
  readonly source: MessagePlace;
  /** True when the directive defines a substitution (`.. |name| directive::`). */
  readonly inSubstitution: boolean;
}

/** A problem that stops a directive (docutils' DirectiveError): reported at the directive's line. */
export class DirectiveProblem extends Error {
  constructor(
    readonly level: number,
    message: string,
    readonly rule: string,
  ) {
    super(message);
  }
}

/** Shorthand for a directive declaration. */
export function directive(
  shape: {
    required?: number;
    optional?: number;
    whitespace?: boolean;
    options?: DirectiveSpec['options'];
    content?: boolean;
  },
  run: DirectiveSpec['run'],
): DirectiveSpec {
  return {
    requiredArguments: shape.required ?? 0,
    optionalArguments: shape.optional ?? 0,
    finalArgumentWhitespace: shape.whitespace ?? false,
    options: shape.options ?? null,
    hasContent: shape.content ?? false,
    run,
  };
}
