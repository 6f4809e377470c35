import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../codegen/cli/files.js';
import type { Catalog, ServiceModel } from '../../codegen/model/types.js';
import { modelTables } from '../../codegen/pipeline.js';
import type { FileDiagnostic } from '../../codegen/diagnostics.js';
import { ROOT } from '../support/run-generate.js';
import { countCodes } from './oracle-counts.js';

const PAGES = join(ROOT, '..', 'shared', 'corpus', 'otc', 'pages.oracle.json');
const oracle = new Map(
  (
    JSON.parse(readFileSync(PAGES, 'utf8')) as { file: string; tables: Parameters<typeof countCodes>[0] }[]
  ).map((page) => [page.file, page.tables]),
);

let catalog: Catalog;
let diagnostics: readonly FileDiagnostic[];
beforeAll(async () => {
  const result = modelTables(await readTree(join(ROOT, 'tables')));
  if (!result.catalog) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  catalog = result.catalog;
  diagnostics = result.diagnostics;
}, 60_000);

function service(key: string): ServiceModel {
  const found = catalog.services.find((s) => s.key === key);
  if (!found) throw new Error(`no service ${key}`);
  return found;
}

/** Service keys: the folders of tables/ (every folder but the registry file). */
const keys = readdirSync(join(ROOT, 'tables'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function errorCode(key: string, code: string) {
  return service(key).errorCodes.find((e) => e.code === code);
}

describe('the whole catalog', () => {
  it('reads every page of every service without an error diagnostic', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(keys)('%s: code counts agree with an independent count from the oracle', (key) => {
    const found = service(key);
    const tables = found.documents.flatMap((d) => {
      const page = oracle.get(`${d.repository.replace('/', '+')}/${d.path}`);
      if (!page) throw new Error(`no oracle entry for ${d.repository}/${d.path}`);
      return page;
    });
    const expected = countCodes(tables);
    expect(found.statusCodes.map((e) => e.code).sort((a, b) => a - b)).toEqual(
      [...expected.status].sort((a, b) => a - b),
    );
    expect(found.errorCodes.length).toBe(expected.errors.size);
  });
});

describe('spot checks per key shape', () => {
  it.each([
    ['aom', 'SVCSTG.INV.2000000', 'SVCSTG_INV_2000000', [200]],
    ['aom', 'SVCSTG_AMS_4000001', 'SVCSTG_AMS_4000001', [400]],
    ['obs', 'AccessDenied', 'AccessDenied', [403]],
    ['dcs', '111400002', 'E_111400002', [400]],
    ['mrs', '0171', 'E_0171', [400]],
    ['ces', 'ces.0007', 'ces_0007', [500]],
    ['cci', 'CCI.01.400101', 'CCI_01_400101', [400]],
    ['rds', 'badRequest', 'badRequest', [400]],
    ['lts', 'LTS.0009', 'LTS_0009', [400]],
  ] as const)('%s %s', (key, code, name, status) => {
    expect(errorCode(key, code)).toMatchObject({ code, name, status });
  });

  it('reads a code with white space inside its cell as the code without it (dcs "DCS. 4855")', () => {
    expect(errorCode('dcs', 'DCS.4855')).toMatchObject({
      status: [400],
      message: 'Master standby swap is not supported.',
    });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'tables/dcs/error-codes.rst',
        rule: 'error-code-spaces',
        severity: 'warning',
      }),
    );
  });

  it('splits "400/404/500" status cells and keeps class rows out of the codes', () => {
    expect(service('obs').statusCodes).toEqual([]);
    expect(service('ecs').statusCodes.find((e) => e.code === 300)).toMatchObject({
      name: 'MULTIPLE_CHOICES',
      message: 'multiple choices',
    });
  });
});

describe('spot checks per header variant', () => {
  it('"Error Code | Response Code | Description" (rds)', () => {
    expect(errorCode('rds', 'DBS.108000')).toMatchObject({ status: [500], description: 'Server failure.' });
  });

  it('"Service | Error Code | HTTP Status Code | Description | Handling Measure" (vpn classic)', () => {
    expect(errorCode('vpn', 'VPC.1001')).toMatchObject({
      status: [400],
      description: 'Invalid VPN parameters.',
      solution: 'Correct the parameter settings and send the request again.',
      group: { Service: 'VPN' },
    });
  });

  it('"Error Code | Status Code | Error | Description | Solution" (dataarts migration)', () => {
    expect(errorCode('dataarts', 'Cdm.0000')).toMatchObject({
      status: [400],
      message: 'System error.',
      description: 'A system error occurs.',
    });
  });

  it('"Module | HTTP Status Code | Error Code | Error Code Description | Error Message | Measure" (ces)', () => {
    expect(errorCode('ces', 'ces.0007')).toMatchObject({
      message: 'Internal service error.',
      description: 'Internal service error',
      solution: 'Contact technical support.',
      group: { Module: 'Cloud Eye' },
    });
  });

  it('"Status Code | Description | Meaning" (waf-dedicated): the first description column is the message', () => {
    expect(service('waf-dedicated').statusCodes[0]).toMatchObject({
      code: 200,
      message: 'OK',
      descriptions: ['The request has succeeded.'],
    });
  });

  it('"Status Code | Encoding | State Description" (geminidb)', () => {
    expect(service('geminidb').statusCodes[0]).toMatchObject({
      code: 200,
      message: 'OK',
      descriptions: ['Request succeeded.'],
    });
  });

  it('"Successful Response | Message | Description" (dc)', () => {
    expect(service('dc').statusCodes.find((e) => e.code === 201)).toMatchObject({ message: 'Created' });
  });

  it('continuation rows extend the entry above (elb dedicated load balancers)', () => {
    const variants = errorCode('elb', 'ELB.8902')?.variants ?? [];
    expect(
      variants.some((v) =>
        v.description?.startsWith('Malformed request URI or body.\nInvalid admin _state_up value.'),
      ),
    ).toBe(true);
  });
});
