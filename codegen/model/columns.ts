import { foldSpaces } from './text.js';

/** What a table column holds, judged by its header. */
export type ColumnRole =
  'status-code' | 'error-code' | 'message' | 'description' | 'solution' | 'group' | 'other';

/** A table's kind and the role of each of its columns. */
export interface TableLayout {
  /** `error` when a column holds service error codes, else `status` (a status-code column holds the keys). */
  readonly kind: 'status' | 'error';
  readonly roles: readonly ColumnRole[];
}

const STATUS_CODE = new Set([
  'status code',
  'http status code',
  'http status',
  'returned value',
  'return value',
  'return code',
  'response code',
  'normal response code',
  'error response code',
  'normal status code',
  'error status code',
  'successful response',
  'error response',
  'status code & message',
  'status code and message',
]);
const ERROR_CODE = new Set(['error code', 'error type']);
const MESSAGE = new Set([
  'message',
  'error message',
  'status',
  'returned value',
  'reason phrase',
  'message title',
  'error information',
  'error',
  'name',
  'code',
  'encoding',
]);
const STATUS_ONLY_MESSAGE = new Set(['type']);
const DESCRIPTION = new Set([
  'description',
  'meaning',
  'error description',
  'state description',
  'status code description',
  'error code description',
  'possible cause',
]);
const SOLUTION = new Set(['solution', 'handling measure', 'measure', 'troubleshooting']);
const GROUP = new Set(['module', 'category', 'service']);

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
 * Reads a table's header: a table with an error-code column lists service error codes, one with only a
 * status-code column lists HTTP status codes, anything else is not a code table (undefined).
 * "Returned Value" is the status-code column only when no other header names one, and otherwise the message.
 */
export function classifyColumns(headers: readonly string[]): TableLayout | undefined {
  const labels = headers.map(normalizeHeader);
  const errorColumn = firstErrorColumn(labels);
  const statusColumn = firstStatusColumn(labels, errorColumn);
  const keyColumn = errorColumn >= 0 ? errorColumn : statusColumn;
  if (keyColumn < 0) return undefined;
  const kind = errorColumn >= 0 ? 'error' : 'status';
  const roles = labels.map((label, index): ColumnRole => {
    if (index === errorColumn) return 'error-code';
    if (index === statusColumn) return 'status-code';
    return roleOfLabel(label, kind);
  });
  return { kind, roles: resolveRepeatedRoles(roles) };
}

function firstErrorColumn(labels: readonly string[]): number {
  const code = labels.indexOf('error code');
  return code >= 0 ? code : labels.indexOf('error type');
}

function firstStatusColumn(labels: readonly string[], errorColumn: number): number {
  const explicit = labels.findIndex(
    (l, i) => i !== errorColumn && STATUS_CODE.has(l) && l !== 'returned value',
  );
  return explicit >= 0 ? explicit : labels.indexOf('returned value');
}

function roleOfLabel(label: string, kind: TableLayout['kind']): ColumnRole {
  if (MESSAGE.has(label) || (kind === 'status' && STATUS_ONLY_MESSAGE.has(label))) return 'message';
  if (DESCRIPTION.has(label)) return 'description';
  if (SOLUTION.has(label)) return 'solution';
  if (GROUP.has(label)) return 'group';
  return 'other';
}

/**
 * Resolves repeated roles: with no message column, the first of two description columns holds the message
 * ("Status Code | Description | Meaning": "OK", then the description); otherwise the first column of each role
 * wins and the others are ignored.
 */
function resolveRepeatedRoles(roles: readonly ColumnRole[]): ColumnRole[] {
  const resolved = [...roles];
  const descriptions = roles.flatMap((role, index) => (role === 'description' ? [index] : []));
  const firstDescription = descriptions[0];
  if (!roles.includes('message') && descriptions.length >= 2 && firstDescription !== undefined) {
    resolved[firstDescription] = 'message';
  }
  const seen = new Set<ColumnRole>();
  return resolved.map((role) => {
    if (role === 'group' || role === 'other') return role;
    if (seen.has(role)) return 'other';
    seen.add(role);
    return role;
  });
}
