import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines } from '../../codegen/write/line-diff.js';
import { unifiedDiff } from '../../codegen/write/unified-diff.js';

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    b.forEach((y, j) => {
      const above = row[j + 1] ?? 0;
      row[j + 1] = x === y ? diagonal + 1 : Math.max(above, row[j] ?? 0);
      diagonal = above;
    });
  }
  return row[b.length] ?? 0;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 });

describe('diffLines', () => {
  it('gives a script that turns one list into the other with the fewest edits', () => {
    fc.assert(
      fc.property(lines, lines, (before, after) => {
        const edits = diffLines(before, after);
        expect(edits.filter((e) => e.op !== 'insert').map((e) => e.line)).toEqual(before);
        expect(edits.filter((e) => e.op !== 'delete').map((e) => e.line)).toEqual(after);
        expect(edits.filter((e) => e.op === 'equal')).toHaveLength(lcsLength(before, after));
      }),
      { numRuns: 500 },
    );
  });

  it('stays correct, if coarser, when files differ in very many places', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 3000 }, (_, i) => (i % 2 === 0 ? `old ${i}` : `new ${i}`));
    const edits = diffLines(before, after);
    expect(edits.filter((e) => e.op !== 'insert').map((e) => e.line)).toEqual(before);
    expect(edits.filter((e) => e.op !== 'delete').map((e) => e.line)).toEqual(after);
  });
});

describe('unifiedDiff', () => {
  const file = Array.from({ length: 20 }, (_, i) => `line ${i + 1}\n`).join('');

  it('shows a one-line change with three lines of context, as diff -u does', () => {
    expect(unifiedDiff('generated/x.ts', file, file.replace('line 10\n', 'line ten\n'))).toBe(
      [
        '--- a/generated/x.ts',
        '+++ b/generated/x.ts',
        '@@ -7,7 +7,7 @@',
        ' line 7',
        ' line 8',
        ' line 9',
        '-line 10',
        '+line ten',
        ' line 11',
        ' line 12',
        ' line 13',
        '',
      ].join('\n'),
    );
  });

  it('joins nearby changes into one hunk and keeps distant ones apart', () => {
    const near = unifiedDiff('x', file, file.replace('line 5\n', '').replace('line 9\n', 'nine\n'));
    expect(near.match(/^@@ .* @@$/gm)).toEqual(['@@ -2,11 +2,10 @@']);
    const far = unifiedDiff('x', file, file.replace('line 2\n', 'two\n').replace('line 19\n', 'nineteen\n'));
    expect(far.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -16,5 +16,5 @@']);
  });

  it('shows a lost final newline, a new file and a removed file', () => {
    expect(unifiedDiff('x', 'a\nb\n', 'a\nb')).toBe(
      '--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('x', undefined, 'a\n')).toBe('--- /dev/null\n+++ b/x\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('x', 'a\n', undefined)).toBe('--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n');
    expect(unifiedDiff('x', 'same\n', 'same\n')).toBe('');
  });

  it('cuts long diffs short', () => {
    const text = unifiedDiff('x', undefined, file, { maxLines: 5 });
    expect(text.trimEnd().split('\n')).toEqual([
      '--- /dev/null',
      '+++ b/x',
      '@@ -0,0 +1,20 @@',
      '+line 1',
      '+line 2',
      '+line 3',
      '+line 4',
      '… 16 more diff lines',
    ]);
  });
});
