/**
 * The inline markup recognition rules as regular expressions (reStructuredText spec, "Inline markup recognition
 * rules"): which start-strings open markup, and where end-strings may close it. All patterns are linear: no nested
 * quantifiers over overlapping alternatives.
 */
import {
  CLOSERS_CLASS,
  CLOSING_DELIMITERS_CLASS,
  DELIMITERS_CLASS,
  EXTRA_QUOTE_PAIRS,
  OPENERS_CLASS,
  PAIRED_CLOSERS,
  PAIRED_OPENERS,
} from './punctuation.js';
import { PY_WHITESPACE_CLASS as WS } from './py-text.js';

/** A reference name: alphanumerics with single internal `-._+:` (docutils' simplename). */
export const SIMPLE_NAME = '[\\p{L}\\p{N}]+(?:[-._+:][\\p{L}\\p{N}]+)*';

/** What may follow an end-string: the end, white space, an escape, sentence punctuation, a delimiter or a closer. */
const END_SUFFIX = `(?=$|[${WS}\\x00${CLOSING_DELIMITERS_CLASS}${DELIMITERS_CLASS}${CLOSERS_CLASS}])`;

/** The constructs that can start at a position (tried in this order). */
const INITIAL_BODY =
  `(?:(?<start>\\*\\*|\\*(?!\\*)|\`\`|_\`|\\|(?!\\|))(?![${WS}])` +
  `|(?<whole>(?<refname>${SIMPLE_NAME})(?<refend>__?)|\\[(?<fnlabel>[0-9]+|#(?:${SIMPLE_NAME})?|\\*|(?<citation>${SIMPLE_NAME}))(?<fnend>\\]_))${END_SUFFIX}` +
  `|(?<role>(?::${SIMPLE_NAME}:)?)(?<backquote>\`(?!\`))(?![${WS}]))`;

/** A start-string preceded by white space, an opener or a delimiter. */
const INITIAL = new RegExp(`(?<=[${WS}${OPENERS_CLASS}${DELIMITERS_CLASS}])${INITIAL_BODY}`, 'gu');
/** A start-string at the search origin, which docutils treats as the start of the text. */
const INITIAL_AT_ORIGIN = new RegExp(INITIAL_BODY, 'yu');

/** The named groups of a start-string match. */
export interface InitialGroups {
  readonly start?: string;
  readonly whole?: string;
  readonly refname?: string;
  readonly refend?: string;
  readonly fnlabel?: string;
  readonly citation?: string;
  readonly fnend?: string;
  readonly role?: string;
  readonly backquote?: string;
}

/** A recognized start of inline markup: where it is, how long the match is, and its groups. */
export interface InitialMatch {
  readonly index: number;
  readonly length: number;
  readonly groups: InitialGroups;
}

/**
 * The inline markup starts of one text, found in order. References and footnotes need a `_`, roles and interpreted
 * text a backquote: in a text without either, markup can only start at `*` or `|`, and native searches skip to
 * those characters instead of the pattern (with its look-behind) being tried at every position.
 */
export class InlineStarts {
  /** Whether markup may start at any word (the text has a `_` or a backquote). */
  private readonly anywhere: boolean;
  /** The next `*` and `|` at or after `searchedFrom` (-1: none); found again when a search starts past them. */
  private star = -1;
  private bar = -1;
  private searchedFrom = Number.POSITIVE_INFINITY;

  constructor(private readonly text: string) {
    this.anywhere = text.includes('_') || text.includes('`');
  }

  /** The first inline markup start at or after `from`; `from` counts as the start of the text. */
  find(from: number): InitialMatch | null {
    const text = this.text;
    const first = this.anywhere ? from : this.firstStarOrBar(from);
    if (first < 0) return null;
    let match: RegExpExecArray | null = null;
    if (first === from) {
      INITIAL_AT_ORIGIN.lastIndex = from;
      match = INITIAL_AT_ORIGIN.exec(text);
    }
    match ??= searchFrom(INITIAL, text, first);
    if (match === null) return null;
    return { index: match.index, length: match[0].length, groups: (match.groups ?? {}) as InitialGroups };
  }

  private firstStarOrBar(from: number): number {
    if (from < this.searchedFrom || (this.star >= 0 && this.star < from)) {
      this.star = this.text.indexOf('*', from);
    }
    if (from < this.searchedFrom || (this.bar >= 0 && this.bar < from)) {
      this.bar = this.text.indexOf('|', from);
    }
    this.searchedFrom = from;
    if (this.star < 0) return this.bar;
    return this.bar < 0 ? this.star : Math.min(this.star, this.bar);
  }
}

function searchFrom(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** End-string patterns; group 1 is the end-string itself. */
export const END_PATTERNS = {
  emphasis: new RegExp(`(?<![${WS}\\x00])(\\*)${END_SUFFIX}`, 'gu'),
  strong: new RegExp(`(?<![${WS}\\x00])(\\*\\*)${END_SUFFIX}`, 'gu'),
  literal: new RegExp(`(?<![${WS}])(\`\`)${END_SUFFIX}`, 'gu'),
  target: new RegExp(`(?<![${WS}\\x00])(\`)${END_SUFFIX}`, 'gu'),
  substitution: new RegExp(`(?<![${WS}\\x00])(\\|_{0,2})${END_SUFFIX}`, 'gu'),
  interpreted: new RegExp(
    `(?<!(?<!\\x00)[${WS}\\x00])(\`(?<suffix>(?<role>:${SIMPLE_NAME}:)?(?<refend>__?)?))${END_SUFFIX}`,
    'gu',
  ),
} as const;

/** A found end-string: where it starts, the end-string, and where the whole end match ends. */
export interface EndMatch {
  readonly index: number;
  readonly endString: string;
  readonly end: number;
  readonly role?: string;
  readonly refend?: string;
  readonly suffix?: string;
}

/** The first end-string of `pattern` at or after `from`. */
export function findEnd(pattern: RegExp, text: string, from: number): EndMatch | null {
  const match = searchFrom(pattern, text, from);
  if (match === null) return null;
  const groups = match.groups ?? {};
  return {
    index: match.index,
    endString: match[1] ?? '',
    end: match.index + match[0].length,
    ...(groups['role'] !== undefined ? { role: groups['role'] } : {}),
    ...(groups['refend'] !== undefined ? { refend: groups['refend'] } : {}),
    ...(groups['suffix'] !== undefined ? { suffix: groups['suffix'] } : {}),
  };
}

/** Whether `opener` and `closer` are a matching pair (a start-string between them is not markup). */
export function isQuotePair(opener: string, closer: string): boolean {
  const index = PAIRED_OPENERS.indexOf(opener);
  if (index < 0 || opener === '' || closer === '') return false;
  return closer === PAIRED_CLOSERS[index] || (EXTRA_QUOTE_PAIRS[opener] ?? '').includes(closer);
}
