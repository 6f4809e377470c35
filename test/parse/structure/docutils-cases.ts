/**
 * Test helper: the docutils table cases in ../shared (docutils 0.19's results), with what newer docutils expects
 * where a case's note says it differs, and a test for cell content that is plain text.
 */
import { readFileSync } from 'node:fs';

export interface ExpectedCell {
  readonly text: string;
  readonly morerows: number;
  readonly morecols: number;
}

export interface ExpectedTable {
  readonly title: string | null;
  readonly line: number;
  readonly colwidths: number[];
  readonly header: ExpectedCell[][];
  readonly body: ExpectedCell[][];
  readonly depth: number;
}

export interface ExpectedMessage {
  readonly level: number;
  readonly line: number | null;
  readonly message: string;
}

export interface DocutilsCase {
  readonly id: string;
  readonly source: string;
  readonly kind: string;
  readonly expect: { readonly tables: ExpectedTable[]; readonly errors: ExpectedMessage[] };
  readonly note?: string;
}

/** The cases, read from the shared corpus next to the repository. */
export function loadDocutilsCases(): DocutilsCase[] {
  const url = new URL('../../../../shared/corpus/docutils/cases.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as DocutilsCase[];
}

/**
 * Grid and simple table cases whose source is nothing but tables and paragraphs at the left margin (no
 * directives around the tables), so that the table parsers alone decide the outcome.
 */
export function isBareTableCase(c: DocutilsCase): boolean {
  if (c.kind !== 'grid' && c.kind !== 'simple') return false;
  if (/^\.\. /m.test(c.source)) return false;
  return c.expect.tables.every((table) => table.title === null);
}

/** Messages about table markup and isolation, the ones the table parsers produce. */
export function isTableMessage(message: ExpectedMessage): boolean {
  return /^(Malformed table\.|Blank line required after table\.|Unexpected indentation\.)/.test(
    message.message,
  );
}

/** The messages a note says newer docutils' own test expects, or null when the note does not list them. */
export function newerDocutilsMessages(c: DocutilsCase): ExpectedMessage[] | null {
  const listed = /the test expects \[(.*?)\](?:\.|$)/.exec(c.note ?? '');
  if (listed === null) return null;
  const tuples = [...listed[1]!.matchAll(/\((\d+), (None|\d+), '((?:[^'\\]|\\.)*)'\)/g)];
  return tuples.map(([, level, line, message]) => ({
    level: Number(level),
    line: line === 'None' ? null : Number(line),
    message: message!.replace(/\\(.)/g, '$1'),
  }));
}

/** How many tables a note says newer docutils builds, or null when the note does not say. */
export function newerDocutilsTableCount(c: DocutilsCase): number | null {
  const count = /the test expects (\d+)/.exec(c.note ?? '');
  return count === null ? null : Number(count[1]);
}

/** Folds every run of white space to one space, as the corpus README says to compare texts. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Whether cell content is plain text, so that docutils' text is the content itself: no inline markup characters,
 * no line that starts a list, block quote, line block, directive, table or section underline.
 */
export function isPlainContent(content: readonly string[]): boolean {
  const text = content.join('\n');
  if (/[*`\\]|\w_\b|\|\S[^|]*\||::/u.test(text)) return false;
  const lines = content.filter((line) => line.trim() !== '');
  if (lines.some((line) => /^\s/u.test(line))) return false;
  return !lines.some((line) => /^([-*+•|>]|#\.|\d+[.)]\s|\.\.|[=~^"'#]{3,}|-{2,}\s*$)/u.test(line));
}
