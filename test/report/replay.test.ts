/**
 * Replays the real upstream history of the appendix pages: every revision of a page is generated in turn (the
 * generator's pure stages, the page alone as a one-service tables snapshot), and the change report against the
 * last revision the generator accepted must equal the difference worked out independently from docutils'
 * tables of the two revisions. A revision the generator refuses (an error diagnostic) must be one the
 * independent reading refuses too; generated/ would then keep the last good catalog, as here.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../../codegen/emit/catalog-json.js';
import type { ClassifiedChange } from '../../codegen/report/changes.js';
import { compareCatalogs } from '../../codegen/report/compare.js';
import { renderReport } from '../../codegen/report/render.js';
import {
  expectedErrorChanges,
  expectedStatusChanges,
  type ExpectedChange,
} from './support/expected-changes.js';
import { generateRevision, IANA, pageHistories, type Revision } from './support/history.js';
import { oracleCodes, type OracleCodes } from './support/oracle-codes.js';

const PAGES = pageHistories(2);

interface Step {
  readonly revision: Revision;
  readonly generated: CatalogDocument | undefined;
  readonly oracle: OracleCodes;
}

function replay(revisions: readonly Revision[], page: string): Step[] {
  return revisions.map((revision) => ({
    revision,
    generated: generateRevision(page, revision.file),
    oracle: oracleCodes(revision.tables, IANA),
  }));
}

function reportedChanges(
  before: CatalogDocument | undefined,
  after: CatalogDocument,
): readonly ClassifiedChange[] {
  return compareCatalogs(before, after).services.flatMap((service) => service.changes);
}

function expectedChanges(before: OracleCodes | undefined, after: OracleCodes): ExpectedChange[] {
  const [was, is] = [
    before?.ok ? before : { status: [], errors: [] },
    after.ok ? after : { status: [], errors: [] },
  ];
  return [...expectedStatusChanges(was.status, is.status), ...expectedErrorChanges(was.errors, is.errors)];
}

describe('replay of the upstream history', () => {
  it('covers every page with two or more revisions', () => {
    expect(PAGES.length).toBe(63);
    expect(PAGES.reduce((sum, page) => sum + page.revisions.length, 0)).toBe(195);
  });

  it.each(PAGES.map((p) => [p.page, p] as const))('%s', (_, { page, revisions }) => {
    let last: Step | undefined;
    for (const step of replay(revisions, page)) {
      const label = `${step.revision.file}${step.oracle.ok ? '' : ` (refused: ${step.oracle.reason})`}`;
      expect(step.generated !== undefined, `${label}: the generator accepts it`).toBe(step.oracle.ok);
      if (!step.generated) continue;
      expect(
        reportedChanges(last?.generated, step.generated),
        `${label} against ${last?.revision.file ?? 'nothing'}`,
      ).toEqual(expectedChanges(last?.oracle, step.oracle));
      last = step;
    }
  });
});

describe('the ELB status page, 2022 → 2024', () => {
  const page = 'opentelekomcloud-docs+elastic-load-balancing/api-ref/source/appendix/status_codes.rst';
  const before = generateRevision(page, `${page}/20221213-86ebb6c.rst`);
  const after = generateRevision(page, `${page}/20240228-8369fde.rst`);
  const report = before && after ? compareCatalogs(before, after) : undefined;

  it('reports seven codes added (dangerous) and seven reworded descriptions (safe): a minor bump', () => {
    expect(report && renderReport(report)).toBe(ELB_2022_TO_2024);
    expect(report?.counts).toEqual({ breaking: 0, dangerous: 7, safe: 7 });
    expect(report?.bump).toBe('minor');
  });

  it('keeps every description in the JSON report, where the text cuts them short', () => {
    const change400 = report?.services[0]?.changes[0];
    expect(change400).toMatchObject({ kind: 'status-descriptions-changed', code: 400, severity: 'safe' });
    expect(change400 && 'before' in change400 ? change400.before : []).toHaveLength(12);
    expect(change400 && 'after' in change400 ? change400.after : []).toEqual([
      'Invalid request URI.',
      'Too long request header.',
      'Invalid request body.',
      'Unreleased fields in the request body.',
    ]);
  });
});

const ELB_2022_TO_2024 = `Change report:
  replay (Replay)
    safe      status 400 descriptions: reworded
                - "Malformed request URI or body."
                - "Invalid admin _state_up value."
                - "Invalid parameters."
                - "Batch operations are not allowed."
                - "Failed to verify the parameters."
                - "The method is not allowed for the request body, for example, trying to update attributes …"
                - "The network is not external (the value of router:external is set to false)."
                … 9 more
    safe      status 401 descriptions: reworded
                - "Authentication required."
                + "Authentication information unavailable in the request header."
                + "Expired authentication information in the request header."
    safe      status 403 descriptions: reworded
                - "The URI does not exist.\\n\\nThe resource cannot be found."
                + "No permissions to access APIs."
    safe      status 404 descriptions: reworded
                - "The URI does not exist."
                - "The resource cannot be found."
                - "The port UUID is not valid."
                + "No available request URI."
                + "No available requested resources."
    dangerous status 405 added: METHOD_NOT_ALLOWED "Method Not Allowed"
    dangerous status 406 added: NOT_ACCEPTABLE "Not Acceptable"
    dangerous status 407 added: PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required"
    dangerous status 408 added: REQUEST_TIMEOUT "Request Timeout"
    safe      status 409 descriptions: reworded
                - "The port is already in use."
                - "The IP address is already in use."
                - "The IP address pool cannot contain gateway and broadcast addresses."
                - "The requested floating IP address is already in use."
                - "The internal IaaS OpenStack network port and fixed IP address are already associated with…"
                + "Failed to complete the request due to conflicts."
                + "The resource being accessed by another request."
    safe      status 500 descriptions: reworded
                - "Failed to assign the MAC address."
                + "Service internal error."
                + "Server exception."
    dangerous status 501 added: NOT_IMPLEMENTED "Not Implemented"
    dangerous status 502 added: BAD_GATEWAY "Bad Gateway"
    safe      status 503 descriptions: reworded
                - "Failed to assign the MAC address."
                + "Failed to complete the request because the system is temporarily abnormal."
    dangerous status 504 added: GATEWAY_TIMEOUT "Gateway Timeout"
0 breaking, 7 dangerous, 7 safe: semver bump: minor
`;
