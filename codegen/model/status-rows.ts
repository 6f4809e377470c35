import type { Diagnostic, SourcePlace, Table } from '../parse/types.js';
import type { TableLayout } from './columns.js';
import { parseStatusKey } from './status-key.js';
import { readKeyedRows, type KeyedRow, type PlacedText } from './table-rows.js';

/** One mention of a status code in a table row (a continuation row mentions the code above it). */
export interface StatusMention {
  readonly code: number;
  /** The message as written, or undefined where the row gives none. */
  readonly message: string | undefined;
  readonly messagePlace: SourcePlace;
  readonly description: string | undefined;
  /** The code cell's place (for a continuation row, the place of the code it continues). */
  readonly place: SourcePlace;
}

/** The status-code mentions of one table, with the problems found reading it. */
export interface TableMentions {
  readonly mentions: StatusMention[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads the status codes of a status table (see `classifyColumns`). A row with an empty code cell continues the
 * code above it; `4xx` rows are class notes and give no code.
 */
export function statusMentionsOfTable(table: Table, layout: TableLayout): TableMentions {
  const result: TableMentions = { mentions: [], diagnostics: [] };
  let current: readonly StatusMention[] = [];
  for (const row of readKeyedRows(table, layout)) current = readRow(row, current, result);
  return result;
}

function readRow(
  row: KeyedRow,
  previous: readonly StatusMention[],
  result: TableMentions,
): readonly StatusMention[] {
  const { message, description } = row.fields;
  if (!row.key) {
    if (previous.length === 0) {
      if (message || description)
        result.diagnostics.push(
          error(row.place, 'row has no status code and no code above it to continue', 'status-code-missing'),
        );
      return previous;
    }
    const continued = previous.map((m) => ({ ...m, ...texts(message, description) }));
    result.mentions.push(...continued);
    return continued;
  }
  const key = parseStatusKey(row.key.text);
  if (key.kind === 'class' || key.kind === 'empty') return [];
  if (key.kind === 'invalid') {
    result.diagnostics.push(error(row.key.place, key.reason, key.rule));
    return [];
  }
  const keyPlace = row.key.place;
  const messageText = message ?? (key.message ? { text: key.message, place: keyPlace } : undefined);
  const mentions = key.codes.map((code) => ({ code, place: keyPlace, ...texts(messageText, description) }));
  result.mentions.push(...mentions);
  return mentions;
}

function texts(message: PlacedText | undefined, description: PlacedText | undefined) {
  return {
    message: message?.text,
    messagePlace: message?.place ?? { line: 0, column: 0 },
    description: description?.text,
  };
}

function error(at: SourcePlace, message: string, rule: string): Diagnostic {
  return { severity: 'error', message, rule, line: at.line, column: at.column };
}
