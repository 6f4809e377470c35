import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, sortDiagnostics, type FileDiagnostic } from '../codegen/diagnostics.js';

const warning: FileDiagnostic = { file: 'tables/b.rst', line: 2, column: 5, severity: 'warning', message: 'w', rule: 'r-w' };
const error: FileDiagnostic = { file: 'tables/a.rst', line: 9, column: 1, severity: 'error', message: 'broken', rule: 'r-e' };

describe('diagnostics', () => {
  it('formats as file:line:column: severity: message [rule-id]', () => {
    expect(formatDiagnostic(error)).toBe('tables/a.rst:9:1: error: broken [r-e]');
  });

  it('keeps a message of several lines on the one line', () => {
    expect(formatDiagnostic({ ...error, message: 'Malformed table.\nRight border not aligned.\n' })).toBe(
      'tables/a.rst:9:1: error: Malformed table. Right border not aligned. [r-e]',
    );
  });

  it('sorts by file, line and column', () => {
    expect(sortDiagnostics([warning, error])).toEqual([error, warning]);
  });

  it('fails a run only on errors', () => {
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});
