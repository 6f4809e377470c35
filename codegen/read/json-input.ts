import type { Diagnostic } from '../parse/types.js';

/** The result of reading a small JSON input file: a value, or diagnostics explaining why not. */
export type InputResult<T> = { ok: true; value: T } | { ok: false; diagnostics: Diagnostic[] };

/** Parses JSON text, turning a syntax error into a diagnostic at the offending place. */
export function parseJsonText(text: string): InputResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = placeOfJsonError(text, message);
    return { ok: false, diagnostics: [fail(`invalid JSON: ${message}`, 'json-syntax', place)] };
  }
}

/** Builds an error diagnostic for an input file. */
export function fail(
  message: string,
  rule: string,
  place: { line: number; column: number } = { line: 1, column: 1 },
): Diagnostic {
  return { severity: 'error', message, rule, line: place.line, column: place.column };
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function placeOfJsonError(text: string, message: string): { line: number; column: number } {
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return { line: 1, column: 1 };
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
