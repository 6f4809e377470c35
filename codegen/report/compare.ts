import { compareText } from '../diagnostics.js';
import type {
  CatalogDocument,
  ErrorCodeRecord,
  ErrorDetailsRecord,
  ServiceRecord,
  StatusCodeRecord,
} from '../emit/catalog-json.js';
import {
  impliedBump,
  severityOf,
  type Change,
  type ChangeReport,
  type ClassifiedChange,
  type ErrorCodeChange,
  type ServiceChanges,
  type Severity,
  type StatusCodeChange,
} from './changes.js';

/**
 * Compares the previous catalog with the new one: per service, the codes added, removed, renamed and reworded,
 * each classed by severity, and the semver bump they imply. No previous catalog means everything is added.
 */
export function compareCatalogs(before: CatalogDocument | undefined, after: CatalogDocument): ChangeReport {
  const old = new Map((before?.services ?? []).map((s) => [s.key, s]));
  const now = new Map(after.services.map((s) => [s.key, s]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort(compareText);
  const services = keys
    .map((key) => compareService(old.get(key), now.get(key)))
    .filter((service): service is ServiceChanges => service !== undefined && service.changes.length > 0);
  const counts: Record<Severity, number> = { breaking: 0, dangerous: 0, safe: 0 };
  for (const service of services) for (const change of service.changes) counts[change.severity] += 1;
  return { hadPrevious: before !== undefined, services, counts, bump: impliedBump(counts) };
}

function compareService(
  before: ServiceRecord | undefined,
  after: ServiceRecord | undefined,
): ServiceChanges | undefined {
  const current = after ?? before;
  if (!current) return undefined;
  const changes: Change[] = [];
  if (before && after && before.name !== after.name) {
    changes.push({ kind: 'service-renamed', before: before.name, after: after.name });
  }
  changes.push(...compareStatusCodes(before?.statusCodes ?? [], after?.statusCodes ?? []));
  changes.push(...compareErrorCodes(before?.errorCodes ?? [], after?.errorCodes ?? []));
  return {
    key: current.key,
    name: current.name,
    status: !before ? 'added' : !after ? 'removed' : 'changed',
    changes: changes.map(classified),
  };
}

function classified(change: Change): ClassifiedChange {
  return { ...change, severity: severityOf(change) };
}

/** Status-code changes, ascending by code. */
export function compareStatusCodes(
  before: readonly StatusCodeRecord[],
  after: readonly StatusCodeRecord[],
): StatusCodeChange[] {
  const old = new Map(before.map((entry) => [entry.code, entry]));
  const now = new Map(after.map((entry) => [entry.code, entry]));
  const codes = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  return codes.flatMap((code) => compareStatusCode(code, old.get(code), now.get(code)));
}

function compareStatusCode(
  code: number,
  before: StatusCodeRecord | undefined,
  after: StatusCodeRecord | undefined,
): StatusCodeChange[] {
  if (!before && after)
    return [{ kind: 'status-code-added', code, name: after.name, message: after.message }];
  if (before && !after)
    return [{ kind: 'status-code-removed', code, name: before.name, message: before.message }];
  if (!before || !after) return [];
  const changes: StatusCodeChange[] = [];
  if (before.name !== after.name) {
    changes.push({ kind: 'status-code-renamed', code, before: before.name, after: after.name });
  }
  if (before.message !== after.message) {
    changes.push({ kind: 'status-message-changed', code, before: before.message, after: after.message });
  }
  if (!sameJson(before.descriptions, after.descriptions)) {
    changes.push({
      kind: 'status-descriptions-changed',
      code,
      before: before.descriptions,
      after: after.descriptions,
    });
  }
  const [oldOthers, newOthers] = [otherMessages(before), otherMessages(after)];
  if (!sameJson(oldOthers, newOthers)) {
    changes.push({ kind: 'status-other-messages-changed', code, before: oldOthers, after: newOthers });
  }
  return changes;
}

function otherMessages(entry: StatusCodeRecord): string[] {
  return (entry.otherMessages ?? []).map((other) => other.message);
}

/** Error-code changes: codes in the new catalog in document order, then the removed ones in their old order. */
export function compareErrorCodes(
  before: readonly ErrorCodeRecord[],
  after: readonly ErrorCodeRecord[],
): ErrorCodeChange[] {
  const old = new Map(before.map((entry) => [entry.code, entry]));
  const now = new Map(after.map((entry) => [entry.code, entry]));
  const codes = [...new Set([...now.keys(), ...old.keys()])];
  return codes.flatMap((code) => compareErrorCode(code, old.get(code), now.get(code)));
}

function compareErrorCode(
  code: string,
  before: ErrorCodeRecord | undefined,
  after: ErrorCodeRecord | undefined,
): ErrorCodeChange[] {
  if (!before && after)
    return [{ kind: 'error-code-added', code, name: after.name, status: allStatus(after) }];
  if (before && !after) {
    return [{ kind: 'error-code-removed', code, name: before.name, status: allStatus(before) }];
  }
  if (!before || !after) return [];
  const changes: ErrorCodeChange[] = [];
  if (before.name !== after.name)
    changes.push({ kind: 'error-code-renamed', code, before: before.name, after: after.name });
  const [oldStatus, newStatus] = [allStatus(before), allStatus(after)];
  if (!sameJson(oldStatus, newStatus)) {
    changes.push({ kind: 'error-status-changed', code, before: oldStatus, after: newStatus });
  }
  for (const field of ['message', 'description', 'solution'] as const) {
    const [was, is] = [before[field] ?? null, after[field] ?? null];
    if (was !== is) changes.push({ kind: `error-${field}-changed`, code, before: was, after: is });
  }
  if (!sameJson(before.group ?? null, after.group ?? null)) {
    changes.push({
      kind: 'error-group-changed',
      code,
      before: before.group ?? null,
      after: after.group ?? null,
    });
  }
  if (!sameJson(before.variants.map(withoutStatus), after.variants.map(withoutStatus))) {
    changes.push({
      kind: 'error-variants-changed',
      code,
      before: before.variants.length,
      after: after.variants.length,
    });
  }
  return changes;
}

/**
 * Every HTTP status an error code is documented with, over all its variants, ascending: what a consumer
 * narrowing by status sees.
 */
export function allStatus(entry: ErrorCodeRecord): number[] {
  const codes = new Set([...entry.status, ...entry.variants.flatMap((v) => v.status)]);
  return [...codes].sort((a, b) => a - b);
}

// Statuses of variants count in `allStatus`; here only their texts matter.
function withoutStatus(details: ErrorDetailsRecord): Omit<ErrorDetailsRecord, 'status'> {
  const { status: _status, ...rest } = details;
  return rest;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
