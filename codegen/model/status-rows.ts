import type { Cell, Diagnostic, SourcePlace, Table } from '../parse/types.js';
import { layOutRows, type Slot } from './cell-grid.js';
import { statusColumnRoles, type ColumnRole } from './columns.js';
import { parseStatusKey } from './status-key.js';
import { foldCellText } from './text.js';

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
 * Reads the status codes of a table whose header names a status-code column; other tables give nothing.
 * A row with an empty code cell continues the code above it.
 */
export function statusMentionsOfTable(table: Table): TableMentions {
  const roles = statusColumnRoles(headerLabels(table));
  if (!roles) return { mentions: [], diagnostics: [] };
  const result: TableMentions = { mentions: [], diagnostics: [] };
  let current: readonly StatusMention[] = [];
  for (const row of layOutRows(table.body, table.cols)) {
    current = readRow(row, roles, current, result);
  }
  return result;
}

function readRow(
  row: readonly (Slot | undefined)[],
  roles: readonly ColumnRole[],
  previous: readonly StatusMention[],
  result: TableMentions,
): readonly StatusMention[] {
  const codeSlot = row[roles.indexOf('status-code')];
  const message = originText(row, roles, 'message');
  const description = originText(row, roles, 'description');
  const key = codeSlot?.isOrigin ? parseStatusKey(codeSlot.cell.text) : { kind: 'empty' as const };
  if (key.kind === 'class') return [];
  if (key.kind === 'invalid') {
    if (codeSlot) result.diagnostics.push(error(codeSlot.cell, key.reason, key.rule));
    return [];
  }
  if (key.kind === 'empty') {
    if (previous.length === 0) {
      if (message || description) result.diagnostics.push(orphanRow(row));
      return previous;
    }
    const continued = previous.map((m) => ({ ...m, ...textOf(message, description) }));
    result.mentions.push(...continued);
    return continued;
  }
  const cell = (codeSlot as Slot).cell;
  const messageText = message ?? (key.message ? { text: key.message, place: cell } : undefined);
  const mentions = key.codes.map((code) => ({
    code,
    place: place(cell),
    ...textOf(messageText, description),
  }));
  result.mentions.push(...mentions);
  return mentions;
}

interface PlacedText {
  readonly text: string;
  readonly place: SourcePlace;
}

function textOf(message: PlacedText | undefined, description: PlacedText | undefined) {
  return {
    message: message?.text,
    messagePlace: place(message?.place ?? { line: 0, column: 0 }),
    description: description?.text,
  };
}

function originText(
  row: readonly (Slot | undefined)[],
  roles: readonly ColumnRole[],
  role: ColumnRole,
): PlacedText | undefined {
  const slot = row[roles.indexOf(role)];
  if (!slot?.isOrigin) return undefined;
  const text = foldCellText(slot.cell.text);
  return text === '' ? undefined : { text, place: place(slot.cell) };
}

function headerLabels(table: Table): string[] {
  const grid = layOutRows(table.header, table.cols);
  const last = grid.at(-1) ?? [];
  return Array.from({ length: table.cols }, (_, i) => last[i]?.cell.text ?? '');
}

function orphanRow(row: readonly (Slot | undefined)[]): Diagnostic {
  const first = row.find((slot) => slot !== undefined);
  const at = first?.cell ?? { line: 1, column: 1 };
  return error(at, 'row has no status code and no code above it to continue', 'status-code-missing');
}

function error(at: SourcePlace, message: string, rule: string): Diagnostic {
  return { severity: 'error', message, rule, line: at.line, column: at.column };
}

function place(at: SourcePlace | Cell): SourcePlace {
  return { line: at.line, column: at.column };
}
