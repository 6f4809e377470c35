import type { Diagnostic } from './parse/types.js';

/** A diagnostic tied to the file it was found in. */
export interface FileDiagnostic extends Diagnostic {
  /** Path as the user should see it (relative to the project root). */
  readonly file: string;
}

/** Attaches a file path to diagnostics found in that file. */
export function inFile(file: string, diagnostics: readonly Diagnostic[]): FileDiagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}

/**
 * Renders a diagnostic the way compilers do, on one line: `file:line:column: error: message [rule-id]`
 * (a message of several lines, such as docutils' wording followed by a plain explanation, is joined).
 */
export function formatDiagnostic(d: FileDiagnostic): string {
  const message = d.message.trim().replace(/\s*\n\s*/g, ' ');
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${message} [${d.rule}]`;
}

/** True when any diagnostic is an error (warnings alone never fail a run). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line and column so output is the same on every run. */
export function sortDiagnostics(diagnostics: readonly FileDiagnostic[]): FileDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule),
  );
}

/** Locale-independent string order, so sorting is byte-identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
