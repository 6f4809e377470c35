import { describe, expect, it } from 'vitest';
import { parseErrorKey } from '../../codegen/model/error-key.js';

describe('parseErrorKey', () => {
  it.each([
    'LTS.0009',
    'SVCSTG.INV.2000000',
    'SVCSTG_AMS_4000001',
    'AccessDenied',
    'ces.0007',
    'CCI.01.400101',
    'KMS.DisabledException',
    'bad.request',
    '0001',
  ])('keeps %j exactly as written', (code) => {
    expect(parseErrorKey(code)).toEqual({ kind: 'code', code, rewritten: false });
  });

  it('drops white space inside a code and says so', () => {
    expect(parseErrorKey('DCS. 4855')).toEqual({ kind: 'code', code: 'DCS.4855', rewritten: true });
    expect(parseErrorKey('IllegalVersioning\nConfigurationException')).toEqual({
      kind: 'code',
      code: 'IllegalVersioningConfigurationException',
      rewritten: true,
    });
  });

  it.each(['-', '—', 'N/A'])('reads %j as "no error code"', (text) => {
    expect(parseErrorKey(text)).toEqual({ kind: 'none' });
  });

  it('rejects a sentence', () => {
    expect(parseErrorKey('If other error codes cannot be rectified, contact technical support.')).toEqual({
      kind: 'invalid',
      reason: '"If other error codes cannot be rectified, contact technic..." is not an error code',
    });
  });
});
