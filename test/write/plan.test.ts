import { describe, expect, it } from 'vitest';
import { isUpToDate, planWrites } from '../../codegen/write/plan.js';

describe('planWrites', () => {
  it('writes new and changed files, removes files no longer generated, keeps the rest', () => {
    const plan = planWrites(
      new Map([
        ['b.ts', 'new'],
        ['a.ts', 'same'],
        ['c.ts', 'changed'],
      ]),
      new Map([
        ['a.ts', 'same'],
        ['c.ts', 'old'],
        ['z.ts', 'stale'],
      ]),
    );
    expect([...plan.writes]).toEqual([
      ['b.ts', 'new'],
      ['c.ts', 'changed'],
    ]);
    expect(plan.removals).toEqual(['z.ts']);
    expect(plan.unchanged).toEqual(['a.ts']);
    expect(isUpToDate(plan)).toBe(false);
  });

  it('is up to date when every file is byte-identical', () => {
    expect(isUpToDate(planWrites(new Map([['a.ts', 'x']]), new Map([['a.ts', 'x']])))).toBe(true);
  });
});
