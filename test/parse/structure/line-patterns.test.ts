import { describe, expect, it } from 'vitest';
import {
  isGridHeadSeparator,
  isGridTableTop,
  isSimpleTableBorder,
  isSimpleTableTop,
  isSpanUnderline,
} from '../../../codegen/parse/table-line-patterns.js';

describe('table line patterns (docutils regular expressions)', () => {
  it.each([
    ['+---+', true],
    ['+-+-+', true],
    ['+---+---+   ', true],
    ['+--+', false],
    ['+-+', false],
    ['+---+ x', false],
    [' +---+', false],
    ['+-=-+', false],
    ['+===+', false],
  ])('grid border %j: %s', (line, expected) => {
    expect(isGridTableTop(line)).toBe(expected);
  });

  it.each([
    ['+===+===+', true],
    ['+=+=+', true],
    ['+---+', false],
    ['+==+', false],
  ])('grid head separator %j: %s', (line, expected) => {
    expect(isGridHeadSeparator(line)).toBe(expected);
  });

  it.each([
    ['===  ===', true],
    ['= =', true],
    ['===  ===  ', true],
    ['======', false],
    ['  ===  ===', false],
    ['===  --', false],
  ])('simple table top %j: %s', (line, expected) => {
    expect(isSimpleTableTop(line)).toBe(expected);
  });

  it('tells borders and span underlines', () => {
    expect(isSimpleTableBorder('=======')).toBe(true);
    expect(isSimpleTableBorder('===  = ')).toBe(true);
    expect(isSimpleTableBorder(' ===')).toBe(false);
    expect(isSpanUnderline('----  --')).toBe(true);
    expect(isSpanUnderline('---- x')).toBe(false);
  });

  it('takes linear time on a long line that almost matches', () => {
    const line = '+' + '-+'.repeat(200_000) + ' x';
    const start = performance.now();
    expect(isGridTableTop(line)).toBe(false);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
