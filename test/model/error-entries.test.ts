import { describe, expect, it } from 'vitest';
import { buildErrorEntries, type FileErrorMention } from '../../codegen/model/error-entries.js';

function mention(code: string, line: number, extra: Partial<FileErrorMention> = {}): FileErrorMention {
  return {
    code,
    status: [400],
    message: 'Bad.',
    file: 'tables/x/errors.rst',
    place: { line, column: 5 },
    ...extra,
  };
}

describe('buildErrorEntries', () => {
  it('keeps document order and merges an identical repeat silently', () => {
    const { entries, diagnostics } = buildErrorEntries([
      mention('X.2', 3),
      mention('X.1', 4),
      mention('X.2', 9),
    ]);
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.code, e.name, e.source.line, e.variants.length])).toEqual([
      ['X.2', 'X_2', 3, 0],
      ['X.1', 'X_1', 4, 0],
    ]);
  });

  it('keeps a repeat with different content as a variant and warns naming both places', () => {
    const { entries, diagnostics } = buildErrorEntries([
      mention('VPC.1801', 3, { description: 'The ID is incorrect.' }),
      mention('VPC.1801', 7, { description: 'The key length is invalid.', status: [400, 404] }),
    ]);
    expect(entries).toEqual([
      {
        code: 'VPC.1801',
        name: 'VPC_1801',
        status: [400],
        message: 'Bad.',
        description: 'The ID is incorrect.',
        variants: [{ status: [400, 404], message: 'Bad.', description: 'The key length is invalid.' }],
        source: { file: 'tables/x/errors.rst', line: 3, column: 5 },
      },
    ]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'error-code-variant',
        message:
          'error code VPC.1801 is documented again with different content (first at tables/x/errors.rst:3:5); both variants are kept',
        file: 'tables/x/errors.rst',
        line: 7,
        column: 5,
      },
    ]);
  });
});
