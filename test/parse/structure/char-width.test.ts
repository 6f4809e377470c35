import { describe, expect, it } from 'vitest';
import { charWidth, isCombining, textWidth } from '../../../codegen/parse/char-width.js';
import { isPyWhitespace, pyRstrip, pyStrip } from '../../../codegen/parse/table-text.js';

const cp = (ch: string): number => ch.codePointAt(0)!;

describe('charWidth (Python unicodedata 14.0, as docutils measures)', () => {
  it.each([
    ['ASCII letter', 'a', 1],
    ['ambiguous-width sign counts narrow', '\u00a9', 1],
    ['CJK ideograph', '\u72b6', 2],
    ['Hangul syllable', '\uac00', 2],
    ['Hangul leading jamo', '\u1100', 2],
    ['fullwidth letter', '\uff21', 2],
    ['ideographic space', '\u3000', 2],
    ['emoji outside the BMP', '\u{1f600}', 2],
    ['narrow letter outside the BMP', '\u{1d400}', 1],
    ['combining acute accent', '\u0301', 0],
    ['wide combining ideographic tone mark', '\u302a', 0],
    ['Thai vowel sign: a mark, but combining class 0', '\u0e31', 1],
    ['zero width space (not combining for docutils)', '\u200b', 1],
  ])('%s', (_, ch, width) => {
    expect(charWidth(cp(ch))).toBe(width);
  });

  it('knows the edges of the combining ranges', () => {
    expect([0x2ff, 0x300, 0x34e, 0x34f, 0x350].map(isCombining)).toEqual([false, true, true, false, true]);
  });

  it('adds up a mixed string', () => {
    expect(textWidth('ダイ1ラン')).toBe(9);
    expect(textWidth('A ta\u0304ble')).toBe(7);
    expect(textWidth('x\u{1f600}y')).toBe(4);
  });
});

describe('Python white space', () => {
  it('agrees with str.isspace where JavaScript differs', () => {
    expect([0x1c, 0x1f, 0x85, 0xa0, 0x3000].every(isPyWhitespace)).toBe(true);
    expect([0xfeff, 0x200b, 0x41].some(isPyWhitespace)).toBe(false);
  });

  it('strips like str.strip and str.rstrip', () => {
    expect(pyStrip('\u00a0 a b\u0085\u3000')).toBe('a b');
    expect(pyRstrip(' a\ufeff ')).toBe(' a\ufeff');
  });
});
