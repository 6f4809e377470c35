import type { SourcePlace, Table } from '../parse/types.js';
import { layOutRows, type Slot } from './cell-grid.js';
import type { ColumnRole, TableLayout } from './columns.js';
import { foldCellText } from './text.js';

/** A cell's folded text and where the cell starts. */
export interface PlacedText {
  readonly text: string;
  readonly place: SourcePlace;
}

/** The field roles a row can give a value for. */
export type FieldRole = 'status-code' | 'message' | 'description' | 'solution';

/** One body row of a code table, read through its column roles. */
export interface KeyedRow {
  /** The key cell (status code or error code); undefined on a continuation row. */
  readonly key: PlacedText | undefined;
  /** Field values; on a continuation row only the cells that start in this row. */
  readonly fields: Readonly<Partial<Record<FieldRole, PlacedText>>>;
  /** Grouping column values, carried down over empty cells. */
  readonly group: Readonly<Record<string, string>>;
  /** Where the row starts (its first cell). */
  readonly place: SourcePlace;
}

/**
 * Reads the body rows of a code table. A row whose key cell is empty, or covered by a key cell spanning
 * rows, is a continuation of the row above. Cells spanning rows give their value to every row they cover.
 */
export function readKeyedRows(table: Table, layout: TableLayout): KeyedRow[] {
  const keyColumn = layout.roles.indexOf(layout.kind === 'error' ? 'error-code' : 'status-code');
  const headers = headerLabels(table);
  let group: Record<string, string> = {};
  return layOutRows(table.body, table.cols).map((row) => {
    const keySlot = row[keyColumn];
    const key = keySlot?.isOrigin ? textOf(keySlot) : undefined;
    const isContinuation = key === undefined;
    group = carryGroup(group, row, layout.roles, headers);
    return {
      key,
      fields: readFields(row, layout.roles, keyColumn, isContinuation),
      group,
      place: placeOfRow(row),
    };
  });
}

/** The header label of each column (the last header row, spans resolved). */
export function headerLabels(table: Table): string[] {
  const grid = layOutRows(table.header, table.cols);
  const last = grid.at(-1) ?? [];
  return Array.from({ length: table.cols }, (_, i) => last[i]?.cell.text ?? '');
}

function readFields(
  row: readonly (Slot | undefined)[],
  roles: readonly ColumnRole[],
  keyColumn: number,
  isContinuation: boolean,
): Partial<Record<FieldRole, PlacedText>> {
  const fields: Partial<Record<FieldRole, PlacedText>> = {};
  roles.forEach((role, column) => {
    if (column === keyColumn || !isFieldRole(role)) return;
    const slot = row[column];
    if (!slot || (isContinuation && !slot.isOrigin)) return;
    const value = textOf(slot);
    if (value) fields[role] = value;
  });
  return fields;
}

function carryGroup(
  previous: Record<string, string>,
  row: readonly (Slot | undefined)[],
  roles: readonly ColumnRole[],
  headers: readonly string[],
): Record<string, string> {
  let next = previous;
  roles.forEach((role, column) => {
    if (role !== 'group') return;
    const slot = row[column];
    const value = slot ? foldCellText(slot.cell.text) : '';
    if (value !== '') next = { ...next, [foldCellText(headers[column] ?? '')]: value };
  });
  return next;
}

function isFieldRole(role: ColumnRole): role is FieldRole {
  return role === 'status-code' || role === 'message' || role === 'description' || role === 'solution';
}

function textOf(slot: Slot): PlacedText | undefined {
  const text = foldCellText(slot.cell.text);
  return text === '' ? undefined : { text, place: { line: slot.cell.line, column: slot.cell.column } };
}

function placeOfRow(row: readonly (Slot | undefined)[]): SourcePlace {
  const first = row.find((slot) => slot?.isOrigin) ?? row.find((slot) => slot !== undefined);
  return first ? { line: first.cell.line, column: first.cell.column } : { line: 1, column: 1 };
}
