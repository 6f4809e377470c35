import { foldSpaces } from './text.js';

/** What a table column holds, judged by its header. */
export type ColumnRole = 'status-code' | 'message' | 'description' | 'other';

const STATUS_CODE_HEADERS = new Set([
  'status code',
  'http status code',
  'returned value',
  'normal response code',
  'return code',
  'response code',
]);
const MESSAGE_HEADERS = new Set(['message', 'error message', 'status', 'returned value', 'reason phrase']);
const DESCRIPTION_HEADERS = new Set(['description', 'meaning', 'error description']);

/**
 * Lower-cases a header label, folds white space and drops plural endings, so that "Status Codes" and
 * "status code" compare equal (but "Status" keeps its s).
 */
export function normalizeHeader(label: string): string {
  return foldSpaces(label)
    .toLowerCase()
    .split(' ')
    .map((word) => (word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

/**
 * Assigns a role to each column from the header labels. The first status-code header is the code column;
 * "Returned Value" is the code column only when no other header names one, and otherwise the message.
 * Returns undefined when no column holds status codes.
 */
export function statusColumnRoles(headers: readonly string[]): ColumnRole[] | undefined {
  const labels = headers.map(normalizeHeader);
  const explicitCode = labels.findIndex((l) => STATUS_CODE_HEADERS.has(l) && l !== 'returned value');
  const codeColumn = explicitCode >= 0 ? explicitCode : labels.indexOf('returned value');
  if (codeColumn < 0) return undefined;
  const roles = labels.map((label, index): ColumnRole => {
    if (index === codeColumn) return 'status-code';
    if (MESSAGE_HEADERS.has(label)) return 'message';
    if (DESCRIPTION_HEADERS.has(label)) return 'description';
    return 'other';
  });
  return keepFirstOfEachRole(roles);
}

function keepFirstOfEachRole(roles: ColumnRole[]): ColumnRole[] {
  const seen = new Set<ColumnRole>();
  return roles.map((role) => {
    if (role === 'other' || !seen.has(role)) {
      seen.add(role);
      return role;
    }
    return 'other';
  });
}
