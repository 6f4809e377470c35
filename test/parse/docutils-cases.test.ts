/**
 * docutils' own table test cases (shared/corpus/docutils/cases.json): the reader agrees with docutils 0.19 on
 * every case; where a case's note describes another behaviour (newer docutils), that one is accepted too.
 */
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../codegen/parse/index.js';
import { agreementView, agrees, type OracleDocument } from './support/agreement.js';
import { agreesWithNote, noteAlternatives } from './support/note-alternatives.js';
import { readSharedJson } from './support/shared.js';

interface DocutilsCase {
  readonly id: string;
  readonly source: string;
  readonly kind: string;
  readonly expect: OracleDocument;
  readonly note?: string;
}

const cases = readSharedJson<DocutilsCase[]>('corpus/docutils/cases.json');
const byId = new Map(cases.map((c) => [c.id, c]));

describe('docutils table cases', () => {
  it('has all 118 cases', () => {
    expect(cases).toHaveLength(118);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, testCase) => {
    const parsed = parseRst(testCase.source);
    if (agrees(parsed, testCase.expect)) return;
    if (testCase.note !== undefined && agreesWithNote(parsed, testCase.expect, testCase.note)) return;
    const view = agreementView(parsed, testCase.expect);
    expect(view.actual).toEqual(view.expected);
  });
});

describe('reading the other behaviour from a note', () => {
  it('finds the table count and messages the newer test expects', () => {
    const note = byId.get('test_rst/test_TableParser:grid_tables:2')?.note ?? '';
    expect(noteAlternatives(note)[0]).toEqual({ messages: [], tableCount: 1 });
  });

  it('finds messages with their levels and lines', () => {
    const note = byId.get('test_rst/test_tables:grid_tables:2')?.note ?? '';
    const messages = noteAlternatives(note)[0]?.messages ?? [];
    expect(messages.map((m) => [m.level, m.line])).toEqual([
      [3, 2],
      [3, 6],
    ]);
  });

  it('finds another cell text', () => {
    const note = byId.get('test_rst/test_directives/test_tables:csv_table:1')?.note ?? '';
    expect(noteAlternatives(note)[0]?.cellTexts).toEqual([
      { table: 0, part: 'header', from: 'Treat Quantity "Description"', to: 'Treat' },
    ]);
  });

  it('rejects behaviour the note does not describe', () => {
    const testCase = byId.get('test_rst/test_TableParser:grid_tables:2')!;
    const parsed = parseRst('Just a paragraph.\n');
    expect(agreesWithNote(parsed, testCase.expect, testCase.note ?? '')).toBe(false);
  });
});
