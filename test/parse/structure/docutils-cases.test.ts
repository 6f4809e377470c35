import { describe, expect, it } from 'vitest';
import type { RawCell, TableProblem } from '../../../codegen/parse/table-structure.js';
import { findBareTables, type FoundTable } from './bare-tables.js';
import {
  fold,
  isBareTableCase,
  isPlainContent,
  isTableMessage,
  loadDocutilsCases,
  newerDocutilsMessages,
  newerDocutilsTableCount,
  type DocutilsCase,
  type ExpectedCell,
  type ExpectedMessage,
} from './docutils-cases.js';

/**
 * A case without a note of its own where the parsers follow newer docutils: the rst-parser reading of it (its note
 * is about the bare parser) puts the error on the faulty line with newer wording, as the note of
 * simple_tables:17 shows.
 */
const NEWER_DOCUTILS: Record<string, ExpectedMessage[]> = {
  'test_rst/test_SimpleTableParser:simple_tables:5': [
    {
      level: 3,
      line: 4,
      message: 'Malformed table.\nBottom border or header rule does not match top border.',
    },
  ],
};

const cases = loadDocutilsCases().filter(isBareTableCase);

interface Message {
  readonly level: number;
  readonly line: number | null;
  readonly message: string;
}

/**
 * The messages the parsers give for the found tables: isolation errors, the first parse problem, warnings. Lines
 * are docutils 0.19's (`docutilsLine`) or the faulty lines newer docutils names (`line`).
 */
function messagesOf(found: readonly FoundTable[], lines: 'docutilsLine' | 'line'): Message[] {
  const asMessage = (level: number) => (p: TableProblem) => ({ level, line: p[lines], message: p.message });
  return found
    .flatMap((table) => [
      ...table.extent.errors.map(asMessage(3)),
      ...(table.result !== null && !table.result.ok ? [asMessage(3)(table.result.problems[0]!)] : []),
      ...table.extent.warnings.map(asMessage(2)),
    ])
    .sort(byPlace);
}

function byPlace(a: Message, b: Message): number {
  return (a.line ?? 0) - (b.line ?? 0) || b.level - a.level;
}

/** Whether our messages say what docutils says: same levels and lines, our texts starting with docutils' words. */
function sameMessages(ours: readonly Message[], theirs: readonly Message[]): boolean {
  const expected = [...theirs].sort(byPlace);
  return (
    ours.length === expected.length &&
    ours.every((message, i) => {
      const other = expected[i]!;
      return (
        message.level === other.level &&
        (other.line === null || message.line === other.line) &&
        fold(message.message).startsWith(fold(other.message))
      );
    })
  );
}

const shape = (rows: readonly (readonly (RawCell | ExpectedCell)[])[]): number[][][] =>
  rows.map((row) => row.map((cell) => [cell.morerows, cell.morecols]));

function checkTables(c: DocutilsCase, found: readonly FoundTable[]): void {
  const ours = found.flatMap((table) =>
    table.result?.ok ? [{ line: table.extent.docutilsLine, table: table.result.table }] : [],
  );
  const expected = c.expect.tables.filter((table) => table.depth === 0);
  const newerCount = newerDocutilsTableCount(c);
  if (newerCount !== null && ours.length === newerCount && expected.length === 0) return;
  expect(ours.length).toBe(expected.length);
  ours.forEach(({ line, table }, i) => {
    const theirs = expected[i]!;
    expect({
      line,
      colwidths: table.colwidths,
      header: shape(table.header),
      body: shape(table.body),
    }).toEqual({
      line: theirs.line,
      colwidths: theirs.colwidths,
      header: shape(theirs.header),
      body: shape(theirs.body),
    });
    const ourCells = [...table.header, ...table.body].flat();
    const theirCells = [...theirs.header, ...theirs.body].flat();
    ourCells.forEach((cell, k) => {
      if (isPlainContent(cell.content)) expect(fold(cell.content.join('\n'))).toBe(fold(theirCells[k]!.text));
    });
  });
}

describe('bare grid and simple table cases from docutils (0.19 results)', () => {
  it('finds enough cases to mean something', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const found = findBareTables(c.source);
    checkTables(c, found);
    // docutils 0.19's messages at the lines it names, or newer docutils' at the faulty lines.
    const ours = messagesOf(found, 'docutilsLine');
    const oursNewer = messagesOf(found, 'line');
    const accepted = c.expect.errors.filter(isTableMessage);
    const acceptedNewer = [
      ...(NEWER_DOCUTILS[c.id] ? [NEWER_DOCUTILS[c.id]!] : []),
      ...(c.note !== undefined ? [(newerDocutilsMessages(c) ?? []).filter(isTableMessage)] : []),
    ];
    expect(
      sameMessages(ours, accepted) || acceptedNewer.some((messages) => sameMessages(oursNewer, messages)),
      JSON.stringify({ ours, accepted, oursNewer, acceptedNewer }),
    ).toBe(true);
  });
});
