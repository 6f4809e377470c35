import { describe, expect, it } from 'vitest';
import { compareCatalogs } from '../../codegen/report/compare.js';
import { renderReport } from '../../codegen/report/render.js';
import { catalog, error, service, status } from './support/records.js';

describe('renderReport', () => {
  it('prints one line per change with its severity, and ends with the counts and the bump', () => {
    const before = catalog(
      service(
        'elb',
        [status(400, 'BAD_REQUEST', 'Bad Request', ['Wrong.']), status(500, 'INTERNAL_SERVER_ERROR', 'Oops')],
        [error('ELB.1', [400], { message: 'No.' })],
      ),
    );
    const after = catalog(
      service(
        'elb',
        [
          status(400, 'BAD_REQUEST', 'Bad Request', ['Malformed.']),
          status(429, 'TOO_MANY_REQUESTS', 'Too Many Requests'),
        ],
        [error('ELB.1', [409], { message: 'No.' })],
      ),
      service('lts', [status(200, 'OK', 'OK')], [error('LTS.1', [400])], 'Log Tank Service'),
    );
    expect(renderReport(compareCatalogs(before, after))).toBe(
      [
        'Change report:',
        '  elb (ELB)',
        '    safe      status 400 descriptions: reworded',
        '                - "Wrong."',
        '                + "Malformed."',
        '    dangerous status 429 added: TOO_MANY_REQUESTS "Too Many Requests"',
        '    breaking  status 500 removed: INTERNAL_SERVER_ERROR "Oops"',
        '    breaking  error ELB.1 moved: status 400 → 409',
        '  lts (Log Tank Service): dangerous: new service, 1 status code, 1 error code',
        '2 breaking, 3 dangerous, 1 safe: semver bump: major',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed and when there was no previous catalog', () => {
    const same = catalog(service('lts', [status(200, 'OK', 'OK')]));
    expect(renderReport(compareCatalogs(same, same))).toBe(
      'Change report:\n  no changes to the catalog\n0 breaking, 0 dangerous, 0 safe: no version bump needed\n',
    );
    expect(renderReport(compareCatalogs(undefined, same))).toMatch(
      /^Change report \(no previous generated\/catalog\.json\):\n/,
    );
  });

  it('lists at most eight reworded descriptions under a change', () => {
    const texts = (prefix: string) => Array.from({ length: 6 }, (_, i) => `${prefix} ${i}`);
    const text = renderReport(
      compareCatalogs(
        catalog(service('a', [status(400, 'B', 'Bad', texts('old'))])),
        catalog(service('a', [status(400, 'B', 'Bad', texts('new'))])),
      ),
    );
    expect(text.split('\n').filter((line) => line.startsWith('                '))).toEqual([
      ...texts('old').map((t) => `                - "${t}"`),
      '                + "new 0"',
      '                … 5 more',
    ]);
  });

  it('shortens long texts', () => {
    const long = 'x'.repeat(200);
    const text = renderReport(
      compareCatalogs(
        catalog(service('a', [status(400, 'B', 'short')])),
        catalog(service('a', [status(400, 'B', long)])),
      ),
    );
    expect(text).toContain(`"short" → "${'x'.repeat(89)}…"`);
  });
});
