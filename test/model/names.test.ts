import { describe, expect, it } from 'vitest';
import { pascalCase, screamingSnakeCase, uniqueNames, upperSnakeCase } from '../../codegen/model/names.js';

describe('names', () => {
  it.each([
    ['Non-Authoritative Information', 'NON_AUTHORITATIVE_INFORMATION'],
    ['Internal IaaS OpenStack network error.', 'INTERNAL_IAAS_OPENSTACK_NETWORK_ERROR'],
    ['URI Too Long', 'URI_TOO_LONG'],
    ['Café  déjà vu', 'CAFE_DEJA_VU'],
    ['***', ''],
  ])('screamingSnakeCase(%j) = %j', (phrase, expected) => {
    expect(screamingSnakeCase(phrase)).toBe(expected);
  });

  it('builds service prefixes', () => {
    expect(pascalCase('lts')).toBe('Lts');
    expect(pascalCase('cloud-eye')).toBe('CloudEye');
    expect(upperSnakeCase('cloud-eye')).toBe('CLOUD_EYE');
  });

  it('makes names valid and unique, deterministically', () => {
    expect(
      uniqueNames(
        [
          { name: 'ERROR', suffix: '520' },
          { name: 'ERROR', suffix: '521' },
          { name: '', suffix: '599' },
          { name: '2FA_FAILED', suffix: '498' },
          { name: 'OK', suffix: '200' },
        ],
        'STATUS',
      ),
    ).toEqual(['ERROR_520', 'ERROR_521', 'STATUS_599', 'STATUS_2FA_FAILED', 'OK']);
  });
});

describe('errorMemberNames', () => {
  it('turns codes into unique, valid, stable identifiers', async () => {
    const { errorMemberNames } = await import('../../codegen/model/names.js');
    expect(
      errorMemberNames([
        'LTS.0009',
        'SVCSTG_AMS_4000001',
        'AccessDenied',
        '111400002',
        'A.B',
        'A_B',
        'A-B',
        '__proto__',
        'constructor',
      ]),
    ).toEqual([
      'LTS_0009',
      'SVCSTG_AMS_4000001',
      'AccessDenied',
      'E_111400002',
      'A_B',
      'A_B_2',
      'A_B_3',
      '__proto___',
      'constructor_',
    ]);
  });
});
