import { describe, expect, it } from 'vitest';
import { impliedBump } from '../../codegen/report/changes.js';
import { allStatus, compareCatalogs } from '../../codegen/report/compare.js';
import { catalog, error, service, status } from './support/records.js';

const OK = status(200, 'OK', 'OK', ['Fine.']);
const NOT_FOUND = status(404, 'NOT_FOUND', 'Not Found', ['No such thing.']);

describe('compareCatalogs: status codes', () => {
  it('finds nothing between equal catalogs', () => {
    const report = compareCatalogs(catalog(service('lts', [OK])), catalog(service('lts', [OK])));
    expect(report).toEqual({
      hadPrevious: true,
      services: [],
      counts: { breaking: 0, dangerous: 0, safe: 0 },
      bump: 'none',
    });
  });

  it('classes an added code dangerous (a minor bump)', () => {
    const report = compareCatalogs(catalog(service('lts', [OK])), catalog(service('lts', [OK, NOT_FOUND])));
    expect(report.services).toEqual([
      {
        key: 'lts',
        name: 'LTS',
        status: 'changed',
        changes: [
          {
            kind: 'status-code-added',
            code: 404,
            name: 'NOT_FOUND',
            message: 'Not Found',
            severity: 'dangerous',
          },
        ],
      },
    ]);
    expect(report.bump).toBe('minor');
  });

  it('classes a removed code, a renamed member and a changed message breaking (a major bump)', () => {
    const before = catalog(service('lts', [OK, NOT_FOUND, status(500, 'INTERNAL_SERVER_ERROR', 'Oops')]));
    const after = catalog(
      service('lts', [
        status(404, 'GONE', 'Gone', ['No such thing.']),
        status(500, 'INTERNAL_SERVER_ERROR', 'Oh no'),
      ]),
    );
    expect(compareCatalogs(before, after).services[0]?.changes).toEqual([
      { kind: 'status-code-removed', code: 200, name: 'OK', message: 'OK', severity: 'breaking' },
      { kind: 'status-code-renamed', code: 404, before: 'NOT_FOUND', after: 'GONE', severity: 'breaking' },
      { kind: 'status-message-changed', code: 404, before: 'Not Found', after: 'Gone', severity: 'breaking' },
      { kind: 'status-message-changed', code: 500, before: 'Oops', after: 'Oh no', severity: 'breaking' },
    ]);
    expect(compareCatalogs(before, after).bump).toBe('major');
  });

  it('classes reworded, added or reordered descriptions safe (a patch bump)', () => {
    const report = compareCatalogs(
      catalog(service('lts', [status(400, 'BAD_REQUEST', 'Bad Request', ['a', 'b'])])),
      catalog(service('lts', [status(400, 'BAD_REQUEST', 'Bad Request', ['b', 'a'])])),
    );
    expect(report.services[0]?.changes).toEqual([
      {
        kind: 'status-descriptions-changed',
        code: 400,
        before: ['a', 'b'],
        after: ['b', 'a'],
        severity: 'safe',
      },
    ]);
    expect(report.bump).toBe('patch');
  });

  it('classes a changed message of another document safe: it only shows in the JSDoc', () => {
    const other = (message: string) => ({ ...OK, otherMessages: [{ message, source: OK.source }] });
    const report = compareCatalogs(catalog(service('lts', [OK])), catalog(service('lts', [other('Fine')])));
    expect(report.services[0]?.changes).toEqual([
      { kind: 'status-other-messages-changed', code: 200, before: [], after: ['Fine'], severity: 'safe' },
    ]);
  });

  it('counts every code of a new service as added, and of a dropped service as removed', () => {
    const report = compareCatalogs(
      catalog(service('old', [OK])),
      catalog(service('new', [OK, NOT_FOUND], [error('NEW.0001', [400])])),
    );
    expect(
      report.services.map((s) => [
        s.key,
        s.status,
        s.changes.map((c) => `${c.kind} ${'code' in c ? c.code : ''}`),
      ]),
    ).toEqual([
      ['new', 'added', ['status-code-added 200', 'status-code-added 404', 'error-code-added NEW.0001']],
      ['old', 'removed', ['status-code-removed 200']],
    ]);
    expect(report.counts).toEqual({ breaking: 1, dangerous: 3, safe: 0 });
  });

  it('treats a missing previous catalog as empty: everything is added', () => {
    const report = compareCatalogs(undefined, catalog(service('lts', [OK])));
    expect(report.hadPrevious).toBe(false);
    expect(report.services[0]).toMatchObject({
      status: 'added',
      changes: [{ kind: 'status-code-added', code: 200 }],
    });
  });

  it('reports a changed display name as safe', () => {
    const report = compareCatalogs(
      catalog(service('lts', [OK], [], 'Log Tank')),
      catalog(service('lts', [OK], [], 'Log Tank Service')),
    );
    expect(report.services[0]?.changes).toEqual([
      { kind: 'service-renamed', before: 'Log Tank', after: 'Log Tank Service', severity: 'safe' },
    ]);
  });
});

describe('compareCatalogs: error codes', () => {
  const compare = (before: ReturnType<typeof error>[], after: ReturnType<typeof error>[]) =>
    compareCatalogs(catalog(service('svc', [], before)), catalog(service('svc', [], after))).services[0]
      ?.changes ?? [];

  it('reports added (dangerous) and removed (breaking) codes: new ones in doc order, then the removed', () => {
    expect(
      compare([error('A.1', [400]), error('A.2', [404])], [error('A.3', [500]), error('A.1', [400])]),
    ).toEqual([
      { kind: 'error-code-added', code: 'A.3', name: 'A_3', status: [500], severity: 'dangerous' },
      { kind: 'error-code-removed', code: 'A.2', name: 'A_2', status: [404], severity: 'breaking' },
    ]);
  });

  it('reports a code moved to another HTTP status as breaking, counting the statuses of every variant', () => {
    const before = error('A.1', [400], { variants: [{ status: [409] }] });
    const after = error('A.1', [400], { variants: [{ status: [404] }] });
    expect(compare([before], [after])).toEqual([
      {
        kind: 'error-status-changed',
        code: 'A.1',
        before: [400, 409],
        after: [400, 404],
        severity: 'breaking',
      },
    ]);
    expect(allStatus(error('A.1', [500], { variants: [{ status: [400] }, { status: [500] }] }))).toEqual([
      400, 500,
    ]);
  });

  it('classes a message change breaking and description, solution, group and variant rewording safe', () => {
    const before = error('A.1', [400], {
      message: 'Bad.',
      description: 'Old.',
      group: { Module: 'Public' },
      variants: [{ status: [400], message: 'Also bad.' }],
    });
    const after = error('A.1', [400], {
      message: 'Very bad.',
      solution: 'Retry.',
      group: { Module: 'Core' },
      variants: [{ status: [400], message: 'Still bad.' }],
    });
    expect(compare([before], [after])).toEqual([
      {
        kind: 'error-message-changed',
        code: 'A.1',
        before: 'Bad.',
        after: 'Very bad.',
        severity: 'breaking',
      },
      { kind: 'error-description-changed', code: 'A.1', before: 'Old.', after: null, severity: 'safe' },
      { kind: 'error-solution-changed', code: 'A.1', before: null, after: 'Retry.', severity: 'safe' },
      {
        kind: 'error-group-changed',
        code: 'A.1',
        before: { Module: 'Public' },
        after: { Module: 'Core' },
        severity: 'safe',
      },
      { kind: 'error-variants-changed', code: 'A.1', before: 1, after: 1, severity: 'safe' },
    ]);
  });

  it('reports a renamed enum member as breaking', () => {
    expect(compare([error('A.1', [400], { name: 'A_1' })], [error('A.1', [400], { name: 'A1' })])).toEqual([
      { kind: 'error-code-renamed', code: 'A.1', before: 'A_1', after: 'A1', severity: 'breaking' },
    ]);
  });
});

describe('impliedBump', () => {
  it('takes the most severe change', () => {
    expect(impliedBump({ breaking: 1, dangerous: 5, safe: 5 })).toBe('major');
    expect(impliedBump({ breaking: 0, dangerous: 1, safe: 5 })).toBe('minor');
    expect(impliedBump({ breaking: 0, dangerous: 0, safe: 1 })).toBe('patch');
    expect(impliedBump({ breaking: 0, dangerous: 0, safe: 0 })).toBe('none');
  });
});
