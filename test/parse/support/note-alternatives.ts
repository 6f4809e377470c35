/**
 * The other behaviour a docutils case's `note` describes (what newer docutils or the bare table parser gives),
 * read from the note's text: another list of messages, another number of tables, or another text for a cell.
 */
import type { ParsedDocument } from '../../../codegen/parse/types.js';
import {
  agreementView,
  agrees,
  type OracleDocument,
  type OracleMessage,
  type OracleTable,
} from './agreement.js';

/** What the note says the other behaviour is; fields absent where it agrees with docutils 0.19. */
export interface Alternative {
  readonly messages?: readonly OracleMessage[];
  readonly tableCount?: number;
  readonly cellTexts?: ReadonlyArray<{
    readonly table: number;
    readonly part: 'header' | 'body';
    readonly from: string;
    readonly to: string;
  }>;
}

/** Reads a Python string literal at `start`; returns its value and where it ends. */
function pythonString(text: string, start: number): { value: string; end: number } | null {
  const quote = text[start];
  if (quote !== "'" && quote !== '"') return null;
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === quote) return { value, end: i + 1 };
    if (ch !== '\\') {
      value += ch;
      continue;
    }
    const next = text[++i];
    value += next === 'n' ? '\n' : next === 't' ? '\t' : (next ?? '');
  }
  return null;
}

/** Reads `[(level, line, 'text'), ...]` starting at `start`. */
function messageList(text: string, start: number): OracleMessage[] | null {
  if (text[start] !== '[') return null;
  const messages: OracleMessage[] = [];
  let at = start + 1;
  while (text[at] === '(') {
    const head = /^\((\d), (None|\d+), /.exec(text.slice(at, at + 20));
    if (head === null) return null;
    const message = pythonString(text, at + head[0].length);
    if (message === null || text[message.end] !== ')') return null;
    messages.push({
      level: Number(head[1]),
      line: head[2] === 'None' ? null : Number(head[2]),
      message: message.value,
    });
    at = message.end + 1;
    if (text.startsWith(', ', at)) at += 2;
  }
  return text[at] === ']' ? messages : null;
}

/** Every alternative a note describes (one per test module it quotes). */
export function noteAlternatives(note: string): Alternative[] {
  return note.split(/(?=The docutils-0\.19 test module also differs)/).map((part) => {
    const expects = /the test expects (?=\[)/.exec(part.slice(part.indexOf('messages (level, line, text)')));
    const messagesAt =
      expects === null || !part.includes('messages (level, line, text)')
        ? -1
        : part.indexOf('messages (level, line, text)') + expects.index + expects[0].length;
    const messages = messagesAt < 0 ? null : messageList(part, messagesAt);
    const count = /builds \d+ table\(s\), the test expects (\d+)/.exec(part);
    const cellTexts = [...part.matchAll(/table (\d+): (header|body) cell text (?=['"])/g)].flatMap(
      (match) => {
        const from = pythonString(part, match.index + match[0].length);
        if (from === null || !part.startsWith(', test expects ', from.end)) return [];
        const to = pythonString(part, from.end + ', test expects '.length);
        return to === null
          ? []
          : [
              {
                table: Number(match[1]),
                part: match[2] as 'header' | 'body',
                from: from.value,
                to: to.value,
              },
            ];
      },
    );
    return {
      ...(messages !== null ? { messages } : {}),
      ...(count !== null ? { tableCount: Number(count[1]) } : {}),
      ...(cellTexts.length > 0 ? { cellTexts } : {}),
    };
  });
}

/** The expectation with an alternative applied (table count alternatives keep docutils 0.19's tables). */
export function applyAlternative(expected: OracleDocument, alternative: Alternative): OracleDocument {
  const tables = expected.tables.map((table, index): OracleTable => {
    const changes = (alternative.cellTexts ?? []).filter((change) => change.table === index);
    if (changes.length === 0) return table;
    const rewrite = (part: 'header' | 'body') =>
      table[part].map((row) =>
        row.map((cell) => {
          const change = changes.find((c) => c.part === part && c.from === cell.text);
          return change === undefined ? cell : { ...cell, text: change.to };
        }),
      );
    return { ...table, header: rewrite('header'), body: rewrite('body') };
  });
  return { tables, errors: alternative.messages ?? expected.errors };
}

/**
 * Whether the reader shows one of the behaviours a note describes. Where the note only says how many tables the
 * other behaviour builds, the number of tables and the error lines are compared.
 */
export function agreesWithNote(parsed: ParsedDocument, expected: OracleDocument, note: string): boolean {
  return noteAlternatives(note).some((alternative) => {
    const other = applyAlternative(expected, alternative);
    if (alternative.tableCount === undefined || alternative.tableCount === expected.tables.length)
      return agrees(parsed, other);
    const view = agreementView(parsed, other);
    return (
      parsed.tables.length === alternative.tableCount &&
      JSON.stringify(view.actual.errorLines) === JSON.stringify(view.expected.errorLines)
    );
  });
}
