/**
 * The changes between two revisions of a page, worked out from their oracle codes alone, with the severities
 * issue 5 assigns: removed, renamed or reworded messages break consumers; added codes are dangerous; reworded
 * documentation is safe.
 */
import type { OracleError, OracleErrorDetails, OracleStatus } from './oracle-codes.js';

/** One expected change, in the shape of the change report's entries. */
export type ExpectedChange = { readonly kind: string; readonly severity: string } & Record<string, unknown>;

/** Expected status-code changes, ascending by code. */
export function expectedStatusChanges(
  before: readonly OracleStatus[],
  after: readonly OracleStatus[],
): ExpectedChange[] {
  const changes: ExpectedChange[] = [];
  const codes = [...new Set([...before, ...after].map((s) => s.code))].sort((a, b) => a - b);
  for (const code of codes) {
    const was = before.find((s) => s.code === code);
    const is = after.find((s) => s.code === code);
    if (!was && is) {
      changes.push({
        kind: 'status-code-added',
        code,
        name: is.name,
        message: is.message,
        severity: 'dangerous',
      });
    } else if (was && !is) {
      changes.push({
        kind: 'status-code-removed',
        code,
        name: was.name,
        message: was.message,
        severity: 'breaking',
      });
    } else if (was && is) {
      if (was.name !== is.name) {
        changes.push({
          kind: 'status-code-renamed',
          code,
          before: was.name,
          after: is.name,
          severity: 'breaking',
        });
      }
      if (was.message !== is.message) {
        changes.push({
          kind: 'status-message-changed',
          code,
          before: was.message,
          after: is.message,
          severity: 'breaking',
        });
      }
      if (JSON.stringify(was.descriptions) !== JSON.stringify(is.descriptions)) {
        changes.push({
          kind: 'status-descriptions-changed',
          code,
          before: was.descriptions,
          after: is.descriptions,
          severity: 'safe',
        });
      }
    }
  }
  return changes;
}

/** Expected error-code changes: the new revision's codes in page order, then the removed ones. */
export function expectedErrorChanges(
  before: readonly OracleError[],
  after: readonly OracleError[],
): ExpectedChange[] {
  const changes: ExpectedChange[] = [];
  const codes = [...new Set([...after, ...before].map((e) => e.code))];
  for (const code of codes) {
    const was = before.find((e) => e.code === code);
    const is = after.find((e) => e.code === code);
    if (!was && is) {
      changes.push({
        kind: 'error-code-added',
        code,
        name: is.name,
        status: statuses(is),
        severity: 'dangerous',
      });
    } else if (was && !is) {
      changes.push({
        kind: 'error-code-removed',
        code,
        name: was.name,
        status: statuses(was),
        severity: 'breaking',
      });
    } else if (was && is) {
      changes.push(...changedError(code, was, is));
    }
  }
  return changes;
}

function changedError(code: string, was: OracleError, is: OracleError): ExpectedChange[] {
  const changes: ExpectedChange[] = [];
  if (was.name !== is.name) {
    changes.push({
      kind: 'error-code-renamed',
      code,
      before: was.name,
      after: is.name,
      severity: 'breaking',
    });
  }
  if (statuses(was).join() !== statuses(is).join()) {
    changes.push({
      kind: 'error-status-changed',
      code,
      before: statuses(was),
      after: statuses(is),
      severity: 'breaking',
    });
  }
  for (const [field, severity] of [
    ['message', 'breaking'],
    ['description', 'safe'],
    ['solution', 'safe'],
  ] as const) {
    if (was[field] !== is[field]) {
      const change = { code, before: was[field] ?? null, after: is[field] ?? null, severity };
      changes.push({ kind: `error-${field}-changed`, ...change });
    }
  }
  if (JSON.stringify(was.group) !== JSON.stringify(is.group)) {
    changes.push({
      kind: 'error-group-changed',
      code,
      before: was.group ?? null,
      after: is.group ?? null,
      severity: 'safe',
    });
  }
  if (JSON.stringify(was.variants.map(texts)) !== JSON.stringify(is.variants.map(texts))) {
    changes.push({
      kind: 'error-variants-changed',
      code,
      before: was.variants.length,
      after: is.variants.length,
      severity: 'safe',
    });
  }
  return changes;
}

function statuses(entry: OracleError): number[] {
  const all = [...entry.status, ...entry.variants.flatMap((v) => v.status)];
  return [...new Set(all)].sort((a, b) => a - b);
}

function texts(details: OracleErrorDetails): unknown[] {
  return [details.message, details.description, details.solution, details.group];
}
