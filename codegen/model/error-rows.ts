import type { Diagnostic, SourcePlace, Table } from '../parse/types.js';
import type { TableLayout } from './columns.js';
import { parseErrorKey } from './error-key.js';
import { parseStatusKey } from './status-key.js';
import { readKeyedRows, type KeyedRow } from './table-rows.js';

/** One documented error code as a table row (and its continuation rows) gives it. */
export interface ErrorMention {
  readonly code: string;
  readonly status: readonly number[];
  readonly message?: string;
  readonly description?: string;
  readonly solution?: string;
  readonly group?: Readonly<Record<string, string>>;
  readonly place: SourcePlace;
}

interface Draft {
  code: string;
  status: number[];
  message: string[];
  description: string[];
  solution: string[];
  group: Readonly<Record<string, string>>;
  place: SourcePlace;
}

/**
 * Reads the error codes of an error table. Continuation rows (empty error-code cell) add their text to the
 * entry above. Cells that cannot be read are warnings with their place: the row is skipped, never the page.
 */
export function errorMentionsOfTable(
  table: Table,
  layout: TableLayout,
): { mentions: ErrorMention[]; diagnostics: Diagnostic[] } {
  const drafts: Draft[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Draft | undefined;
  for (const row of readKeyedRows(table, layout)) {
    if (!row.key) {
      if (current) extend(current, row);
      continue;
    }
    current = startEntry(row, diagnostics);
    if (current) drafts.push(current);
  }
  return { mentions: drafts.map(finish), diagnostics };
}

function startEntry(row: KeyedRow, diagnostics: Diagnostic[]): Draft | undefined {
  const key = parseErrorKey(row.key?.text ?? '');
  const place = row.key?.place ?? row.place;
  if (key.kind === 'none') return undefined;
  if (key.kind === 'invalid') {
    diagnostics.push(warning(place, `${key.reason}; the row is skipped`, 'error-code-unreadable'));
    return undefined;
  }
  if (key.rewritten) {
    diagnostics.push(
      warning(
        place,
        `error code "${row.key?.text}" contains white space; read as "${key.code}"`,
        'error-code-spaces',
      ),
    );
  }
  const draft: Draft = {
    code: key.code,
    status: statusOf(row, diagnostics),
    message: [],
    description: [],
    solution: [],
    group: row.group,
    place,
  };
  extend(draft, row);
  return draft;
}

function statusOf(row: KeyedRow, diagnostics: Diagnostic[]): number[] {
  const cell = row.fields['status-code'];
  if (!cell) return [];
  const key = parseStatusKey(cell.text);
  if (key.kind === 'codes') return [...new Set(key.codes)].sort((a, b) => a - b);
  if (key.kind === 'invalid') {
    diagnostics.push(
      warning(cell.place, `${key.reason}; the error code gets no HTTP status`, 'error-status-unreadable'),
    );
  }
  return [];
}

function extend(draft: Draft, row: KeyedRow): void {
  const { message, description, solution } = row.fields;
  if (message && !draft.message.includes(message.text)) draft.message.push(message.text);
  if (description) draft.description.push(description.text);
  if (solution) draft.solution.push(solution.text);
}

function finish(draft: Draft): ErrorMention {
  return {
    code: draft.code,
    status: draft.status,
    ...optional('message', draft.message),
    ...optional('description', draft.description),
    ...optional('solution', draft.solution),
    ...(Object.keys(draft.group).length > 0 ? { group: draft.group } : {}),
    place: draft.place,
  };
}

function optional<K extends string>(key: K, parts: readonly string[]): Partial<Record<K, string>> {
  return parts.length === 0 ? {} : ({ [key]: parts.join('\n') } as Partial<Record<K, string>>);
}

function warning(at: SourcePlace, message: string, rule: string): Diagnostic {
  return { severity: 'warning', message, rule, line: at.line, column: at.column };
}
