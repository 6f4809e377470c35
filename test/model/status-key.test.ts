import { describe, expect, it } from 'vitest';
import { parseStatusKey } from '../../codegen/model/status-key.js';

describe('parseStatusKey', () => {
  it.each([
    ['400', { kind: 'codes', codes: [400], message: undefined }],
    [' 201\n', { kind: 'codes', codes: [201], message: undefined }],
    ['400 Bad Request', { kind: 'codes', codes: [400], message: 'Bad Request' }],
    ['400/404/500', { kind: 'codes', codes: [400, 404, 500], message: undefined }],
    ['4xx', { kind: 'class', digit: 4 }],
    ['', { kind: 'empty' }],
  ])('%j', (text, expected) => {
    expect(parseStatusKey(text)).toEqual(expected);
  });

  it('rejects a word with the not-numeric rule', () => {
    expect(parseStatusKey('OK')).toEqual({
      kind: 'invalid',
      reason: 'status code "OK" is not a number from 100 to 599',
      rule: 'status-code-not-numeric',
    });
  });

  it.each(['99', '600', '200/700'])('rejects %j as out of range', (text) => {
    expect(parseStatusKey(text)).toMatchObject({ kind: 'invalid', rule: 'status-code-out-of-range' });
  });
});
