/**
 * The status codes and error codes of one page, read from docutils' tables in the history oracle. Written
 * apart from codegen/model on purpose, straight from the rules the issues state (header vocabulary, key
 * cells, continuation rows, merging, member names), so that the replay checks the model instead of repeating it.
 */

/** A cell as the oracle records it. */
export interface OracleCell {
  readonly text: string;
  readonly morerows: number;
  readonly morecols: number;
}

/** A table as the oracle records it. */
export interface OracleTable {
  readonly cols: number;
  readonly header: readonly (readonly OracleCell[])[];
  readonly body: readonly (readonly OracleCell[])[];
}

/** A status code as the page documents it. */
export interface OracleStatus {
  readonly code: number;
  readonly name: string;
  readonly message: string;
  readonly descriptions: readonly string[];
}

/** An error code's fields; absent ones are absent. */
export interface OracleErrorDetails {
  readonly status: readonly number[];
  readonly message?: string;
  readonly description?: string;
  readonly solution?: string;
  readonly group?: Readonly<Record<string, string>>;
}

/** An error code as the page documents it. */
export interface OracleError extends OracleErrorDetails {
  readonly code: string;
  readonly name: string;
  readonly variants: readonly OracleErrorDetails[];
}

/** What a page documents, or why the generator must refuse it. */
export type OracleCodes =
  | { readonly ok: true; readonly status: readonly OracleStatus[]; readonly errors: readonly OracleError[] }
  | { readonly ok: false; readonly reason: string };

const HEADERS = {
  statusKey: [
    'status code',
    'http status code',
    'http status',
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
  ],
  errorKey: ['error code', 'error type'],
  message: [
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
  ],
  description: [
    'description',
    'meaning',
    'error description',
    'state description',
    'status code description',
    'error code description',
    'possible cause',
  ],
  solution: ['solution', 'handling measure', 'measure', 'troubleshooting'],
  group: ['module', 'category', 'service'],
};

type Role = 'status' | 'error' | 'message' | 'description' | 'solution' | 'group' | 'other';
type Grid = (OracleCell | undefined)[][];
type Origins = boolean[][];

class Refused extends Error {}

/** Reads every code table of a page; a page the generator must refuse gives the reason. */
export function oracleCodes(tables: readonly OracleTable[], iana: ReadonlyMap<number, string>): OracleCodes {
  const statusRows: { code: number; message?: string; description?: string }[] = [];
  const errorRows: (OracleErrorDetails & { code: string })[] = [];
  try {
    for (const table of tables) {
      if (table.header.length === 0) continue;
      const labels = headerLabels(table);
      const roles = rolesOf(labels);
      if (roles?.includes('error')) errorRows.push(...errorTable(table, roles, labels));
      else if (roles) statusRows.push(...statusTable(table, roles));
    }
    return { ok: true, status: mergeStatus(statusRows, iana), errors: mergeErrors(errorRows) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

function normalize(label: string): string {
  return fold(label)
    .toLowerCase()
    .split(' ')
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !/(ss|us)$/.test(word) ? word.slice(0, -1) : word,
    )
    .join(' ');
}

function rolesOf(rawLabels: readonly string[]): Role[] | undefined {
  const labels = rawLabels.map(normalize);
  const errorAt = [labels.indexOf('error code'), labels.indexOf('error type')].find((i) => i >= 0) ?? -1;
  let statusAt = labels.findIndex((label, i) => i !== errorAt && HEADERS.statusKey.includes(label));
  if (statusAt < 0) statusAt = labels.indexOf('returned value');
  if (errorAt < 0 && statusAt < 0) return undefined;
  const isError = errorAt >= 0;
  const roles = labels.map((label, i): Role => {
    if (i === errorAt) return 'error';
    if (i === statusAt) return 'status';
    if (HEADERS.message.includes(label) || (!isError && label === 'type')) return 'message';
    if (HEADERS.description.includes(label)) return 'description';
    if (HEADERS.solution.includes(label)) return 'solution';
    return HEADERS.group.includes(label) ? 'group' : 'other';
  });
  // "Status Code | Description | Meaning": with no message column the first description column is the message.
  const descriptions = roles.flatMap((role, i) => (role === 'description' ? [i] : []));
  if (!roles.includes('message') && descriptions.length >= 2) roles[descriptions[0] ?? 0] = 'message';
  const seen = new Set<Role>();
  return roles.map((role) => {
    if (role === 'group' || role === 'other') return role;
    if (seen.has(role)) return 'other';
    seen.add(role);
    return role;
  });
}

function statusTable(table: OracleTable, roles: readonly Role[]) {
  const { grid, origins } = layOut(table.body, table.cols);
  const rows: { code: number; message?: string; description?: string }[] = [];
  let current: { code: number; message?: string; description?: string }[] = [];
  grid.forEach((row, r) => {
    const values = rowValues(row, origins[r] ?? [], roles);
    const message = values.get('message');
    const description = values.get('description');
    if (!values.has('status')) {
      if (current.length === 0 && (message !== undefined || description !== undefined)) {
        throw new Refused('a row continues no status code');
      }
      current = current.map(({ code }) => ({ code, ...optional({ message, description }) }));
    } else {
      current = statusKey(values.get('status') ?? '').map(({ code, keyMessage }) => ({
        code,
        ...optional({ message: message ?? keyMessage, description }),
      }));
    }
    rows.push(...current);
  });
  return rows;
}

function statusKey(text: string): { code: number; keyMessage?: string }[] {
  if (/^[1-5]xx$/i.test(text)) return [];
  const several = /^\d+(\s*[/,]\s*\d+)+$/.test(text);
  const single = /^(\d+)(?: (.+))?$/s.exec(text);
  const codes = several ? text.split(/\s*[/,]\s*/).map(Number) : single ? [Number(single[1])] : [];
  if (codes.length === 0) throw new Refused(`"${text}" is not a status code`);
  if (codes.some((code) => code < 100 || code > 599)) throw new Refused(`"${text}" is outside 100 to 599`);
  const keyMessage = several ? undefined : single?.[2];
  return codes.map((code) => ({ code, ...optional({ keyMessage }) }));
}

function errorTable(table: OracleTable, roles: readonly Role[], labels: readonly string[]) {
  const { grid, origins } = layOut(table.body, table.cols);
  const entries: {
    code: string;
    status: number[];
    texts: Record<'message' | 'description' | 'solution', string[]>;
    group: Record<string, string>;
  }[] = [];
  let current: (typeof entries)[number] | undefined;
  let group: Record<string, string> = {};
  grid.forEach((row, r) => {
    roles.forEach((role, c) => {
      const value = cellText(row[c]?.text ?? '');
      if (role === 'group' && value !== '') group = { ...group, [cellText(labels[c] ?? '')]: value };
    });
    const values = rowValues(row, origins[r] ?? [], roles);
    const key = values.get('error');
    if (key !== undefined) {
      const code = errorKey(key);
      current =
        code === undefined
          ? undefined
          : {
              code,
              status: errorStatus(values.get('status')),
              texts: { message: [], description: [], solution: [] },
              group,
            };
      if (current) entries.push(current);
    }
    if (!current) return;
    const message = values.get('message');
    if (message !== undefined && !current.texts.message.includes(message))
      current.texts.message.push(message);
    for (const field of ['description', 'solution'] as const) {
      const text = values.get(field);
      if (text !== undefined) current.texts[field].push(text);
    }
  });
  return entries.map(({ code, status, texts, group: columns }) => ({
    code,
    status,
    ...optional({
      message: joined(texts.message),
      description: joined(texts.description),
      solution: joined(texts.solution),
    }),
    ...(Object.keys(columns).length > 0 ? { group: columns } : {}),
  }));
}

function errorKey(text: string): string | undefined {
  if (['-', '–', '—', 'n/a', 'none'].includes(text.toLowerCase())) return undefined;
  const token = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
  if (token.test(text)) return text;
  const joinedText = text.replace(/\s+/g, '');
  return token.test(joinedText) && text.split(' ').length <= 3 ? joinedText : undefined;
}

function errorStatus(text: string | undefined): number[] {
  if (text === undefined) return [];
  try {
    return [...new Set(statusKey(text).map(({ code }) => code))].sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/**
 * The folded, non-empty texts of a row by role. A row whose key cell does not start in it continues the row
 * above and takes only the cells that start in it; a key row also takes cells spanning down into it.
 */
function rowValues(
  row: readonly (OracleCell | undefined)[],
  origins: readonly boolean[],
  roles: readonly Role[],
) {
  const keyAt = roles.includes('error') ? roles.indexOf('error') : roles.indexOf('status');
  const isKeyRow = origins[keyAt] === true && fold(row[keyAt]?.text ?? '') !== '';
  const values = new Map<Role, string>();
  roles.forEach((role, c) => {
    if (role === 'group' || role === 'other' || (!isKeyRow && !origins[c])) return;
    if (c === keyAt && !isKeyRow) return;
    const text = cellText(row[c]?.text ?? '');
    if (text !== '') values.set(role, text);
  });
  return values;
}

function mergeStatus(
  rows: readonly { code: number; message?: string; description?: string }[],
  iana: ReadonlyMap<number, string>,
): OracleStatus[] {
  const merged = new Map<number, { message?: string; descriptions: string[] }>();
  for (const { code, message, description } of rows) {
    const known = merged.get(code);
    if (!known) {
      merged.set(code, {
        ...optional({ message }),
        descriptions: description === undefined ? [] : [description],
      });
      continue;
    }
    if (message !== undefined && known.message !== undefined && letters(message) !== letters(known.message)) {
      throw new Refused(`${code} has two messages`);
    }
    if (known.message === undefined && message !== undefined) known.message = message;
    if (description !== undefined && !known.descriptions.includes(description))
      known.descriptions.push(description);
  }
  const codes = [...merged.keys()].sort((a, b) => a - b);
  const names = codes.map((code) => {
    const name = snake(iana.get(code) ?? merged.get(code)?.message ?? '');
    return name === '' ? `STATUS_${code}` : /^\d/.test(name) ? `STATUS_${name}` : name;
  });
  return codes.map((code, i) => {
    const name = names[i] ?? '';
    return {
      code,
      name: names.filter((other) => other === name).length > 1 ? `${name}_${code}` : name,
      message: merged.get(code)?.message ?? iana.get(code) ?? '',
      descriptions: merged.get(code)?.descriptions ?? [],
    };
  });
}

function mergeErrors(rows: readonly (OracleErrorDetails & { code: string })[]): OracleError[] {
  const merged = new Map<string, { first: OracleErrorDetails; variants: OracleErrorDetails[] }>();
  for (const { code, ...details } of rows) {
    const known = merged.get(code);
    if (!known) merged.set(code, { first: details, variants: [] });
    else if (![known.first, ...known.variants].some((d) => sameDetails(d, details)))
      known.variants.push(details);
  }
  const taken = new Set<string>();
  return [...merged].map(([code, { first, variants }]) => {
    let base = code.replace(/[^A-Za-z0-9_$]/g, '_');
    if (/^\d/.test(base)) base = `E_${base}`;
    if (['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'].includes(base))
      base += '_';
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
    taken.add(name);
    return { code, name, ...first, variants };
  });
}

function sameDetails(a: OracleErrorDetails, b: OracleErrorDetails): boolean {
  const fields = ['status', 'message', 'description', 'solution', 'group'] as const;
  return fields.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

function headerLabels(table: OracleTable): string[] {
  const { grid } = layOut(table.header, table.cols);
  const last = grid.at(-1) ?? [];
  return Array.from({ length: table.cols }, (_, c) => last[c]?.text ?? '');
}

/** Places every cell on a rows × cols grid, spans filled with the spanning cell. */
function layOut(rows: readonly (readonly OracleCell[])[], cols: number): { grid: Grid; origins: Origins } {
  const grid: Grid = rows.map(() => new Array<OracleCell | undefined>(cols).fill(undefined));
  const origins: Origins = rows.map(() => new Array<boolean>(cols).fill(false));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < cols && grid[r]?.[c] !== undefined) c += 1;
      for (let dr = 0; dr <= cell.morerows && r + dr < rows.length; dr += 1) {
        for (let dc = 0; dc <= cell.morecols && c + dc < cols; dc += 1) {
          const target = grid[r + dr];
          if (target) target[c + dc] = cell;
        }
      }
      const origin = origins[r];
      if (origin && c < cols) origin[c] = true;
      c += cell.morecols + 1;
    }
  });
  return { grid, origins };
}

/** Cell text as the generator keeps it: each paragraph's white space folded, paragraphs apart by a blank line. */
function cellText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(fold)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function snake(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/ /g, '_');
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function joined(parts: readonly string[]): string | undefined {
  return parts.length === 0 ? undefined : parts.join('\n');
}

function optional<T extends Record<string, string | undefined>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: string;
  };
}
