/**
 * Decoding a document's bytes: UTF-8 with an optional byte order mark. Invalid UTF-8 is reported with its place
 * (line and column of the first bad byte of each bad sequence), never replaced silently.
 */
import type { Diagnostic } from '../parse/types.js';

/** The decoded text, or why the bytes are not a UTF-8 document. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** At most this many invalid sequences are reported per document. */
const MAX_REPORTED = 20;

/** Decodes UTF-8 document bytes (BOM stripped); invalid sequences become diagnostics with their places. */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = invalidSequences(body);
  if (bad.length === 0) return { ok: true, text: new TextDecoder('utf-8').decode(body) };
  const places = new Places(body);
  const diagnostics = bad.slice(0, MAX_REPORTED).map((offset): Diagnostic => {
    const { line, column } = places.at(offset);
    return {
      line,
      column,
      severity: 'error',
      rule: 'invalid-utf8',
      message: `Invalid UTF-8: ${describeByte(body[offset]!)}; save the file as UTF-8.`,
    };
  });
  return { ok: false, diagnostics };
}

/** Why a byte cannot start a UTF-8 character there. */
function describeByte(byte: number): string {
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  if (byte >= 0x80 && byte <= 0xbf) return `byte ${hex} continues a character that never started`;
  if (byte >= 0xc2 && byte <= 0xf4)
    return `the character starting with byte ${hex} is cut short or malformed`;
  return `byte ${hex} never occurs in UTF-8 text`;
}

/** Offsets of the first byte of every invalid UTF-8 sequence. */
function invalidSequences(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      bad.push(i);
      i++;
      while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
    } else {
      i += length;
    }
  }
  return bad;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid (overlong, surrogate, out of range, cut). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  }
  return length;
}

/** Line and column (1-based, columns in characters) of byte offsets, scanning forward once. */
class Places {
  private offset = 0;
  private line = 1;
  private column = 1;

  constructor(private readonly bytes: Uint8Array) {}

  at(target: number): { line: number; column: number } {
    const bytes = this.bytes;
    while (this.offset < target) {
      const byte = bytes[this.offset]!;
      if (byte === 0x0a || (byte === 0x0d && bytes[this.offset + 1] !== 0x0a)) {
        this.line++;
        this.column = 1;
      } else if ((byte & 0xc0) !== 0x80 && byte !== 0x0d) {
        this.column++;
      }
      this.offset++;
    }
    return { line: this.line, column: this.column };
  }
}
