/**
 * Decoding document bytes: UTF-8 with the byte order mark removed; invalid UTF-8 is an error at its place.
 */
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../codegen/read/decode.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
  );

describe('decodeDocument', () => {
  it('decodes UTF-8', () => {
    expect(decodeDocument(bytes('Status Codes\n漢字 é\n'))).toEqual({
      ok: true,
      text: 'Status Codes\n漢字 é\n',
    });
  });

  it('removes a byte order mark', () => {
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], 'text'))).toEqual({ ok: true, text: 'text' });
  });

  it('keeps a byte order mark that is not at the start', () => {
    expect(decodeDocument(bytes('a', [0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: 'a\uFEFF' });
  });

  it('decodes an empty document', () => {
    expect(decodeDocument(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('reports each invalid sequence at its line and column', () => {
    const result = decodeDocument(bytes('ab', [0xff], 'cd\r\né', [0xc3], '\nx', [0x80]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.line, d.column, d.rule, d.severity])).toEqual([
      [1, 3, 'invalid-utf8', 'error'],
      [2, 2, 'invalid-utf8', 'error'],
      [3, 2, 'invalid-utf8', 'error'],
    ]);
    expect(result.diagnostics[0]?.message).toContain('0xFF');
  });

  it('rejects overlong encodings and surrogates', () => {
    expect(decodeDocument(bytes([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeDocument(bytes([0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeDocument(bytes([0xf4, 0x90, 0x80, 0x80])).ok).toBe(false);
  });

  it('accepts the largest code point', () => {
    expect(decodeDocument(bytes([0xf4, 0x8f, 0xbf, 0xbf]))).toEqual({ ok: true, text: '\u{10FFFF}' });
  });
});
