/**
 * How much a change hurts consumers: `breaking` fails code compiled against the old names or comparing
 * messages, `dangerous` stops every exhaustive `switch` from compiling, `safe` only rewords documentation.
 */
export type Severity = 'breaking' | 'dangerous' | 'safe';

/** The semver bump a set of changes implies. */
export type SemverBump = 'major' | 'minor' | 'patch' | 'none';

/** One difference between two catalogs, within one service. */
export type Change =
  | { readonly kind: 'service-renamed'; readonly before: string; readonly after: string }
  | StatusCodeChange
  | ErrorCodeChange;

/** A difference in a service's HTTP status codes. */
export type StatusCodeChange =
  | {
      readonly kind: 'status-code-added';
      readonly code: number;
      readonly name: string;
      readonly message: string;
    }
  | {
      readonly kind: 'status-code-removed';
      readonly code: number;
      readonly name: string;
      readonly message: string;
    }
  | {
      readonly kind: 'status-code-renamed';
      readonly code: number;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'status-message-changed';
      readonly code: number;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'status-descriptions-changed' | 'status-other-messages-changed';
      readonly code: number;
      readonly before: readonly string[];
      readonly after: readonly string[];
    };

/** A difference in a service's error codes; an absent message, description or solution is `null`. */
export type ErrorCodeChange =
  | {
      readonly kind: 'error-code-added' | 'error-code-removed';
      readonly code: string;
      readonly name: string;
      readonly status: readonly number[];
    }
  | {
      readonly kind: 'error-code-renamed';
      readonly code: string;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly kind: 'error-status-changed';
      readonly code: string;
      readonly before: readonly number[];
      readonly after: readonly number[];
    }
  | {
      readonly kind: 'error-message-changed' | 'error-description-changed' | 'error-solution-changed';
      readonly code: string;
      readonly before: string | null;
      readonly after: string | null;
    }
  | {
      readonly kind: 'error-group-changed';
      readonly code: string;
      readonly before: Readonly<Record<string, string>> | null;
      readonly after: Readonly<Record<string, string>> | null;
    }
  | {
      readonly kind: 'error-variants-changed';
      readonly code: string;
      readonly before: number;
      readonly after: number;
    };

/** A change with its severity. */
export type ClassifiedChange = Change & { readonly severity: Severity };

/** The changes of one service; `added`/`removed` when the whole service appeared or went away. */
export interface ServiceChanges {
  readonly key: string;
  readonly name: string;
  readonly status: 'added' | 'removed' | 'changed';
  readonly changes: readonly ClassifiedChange[];
}

/** Everything regenerating changes in the catalog, and the version bump that implies. */
export interface ChangeReport {
  /** False when there was no previous catalog to compare with, so everything counts as added. */
  readonly hadPrevious: boolean;
  /** Services with at least one change, in key order. */
  readonly services: readonly ServiceChanges[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly bump: SemverBump;
}

const SEVERITY_OF_KIND: Readonly<Record<Change['kind'], Severity>> = {
  'service-renamed': 'safe',
  'status-code-added': 'dangerous',
  'status-code-removed': 'breaking',
  'status-code-renamed': 'breaking',
  'status-message-changed': 'breaking',
  'status-descriptions-changed': 'safe',
  // Messages of the same code in the service's other documents only appear in the generated JSDoc.
  'status-other-messages-changed': 'safe',
  'error-code-added': 'dangerous',
  'error-code-removed': 'breaking',
  'error-code-renamed': 'breaking',
  // `SvcErrorCodeByStatus[400]` narrows by status: a code moving away from 400 fails code relying on it.
  'error-status-changed': 'breaking',
  'error-message-changed': 'breaking',
  'error-description-changed': 'safe',
  'error-solution-changed': 'safe',
  'error-group-changed': 'safe',
  'error-variants-changed': 'safe',
};

/** The severity of a change, by its kind. */
export function severityOf(change: Change): Severity {
  return SEVERITY_OF_KIND[change.kind];
}

/** The semver bump implied by the given counts: any breaking → major, dangerous → minor, safe → patch. */
export function impliedBump(counts: Readonly<Record<Severity, number>>): SemverBump {
  if (counts.breaking > 0) return 'major';
  if (counts.dangerous > 0) return 'minor';
  if (counts.safe > 0) return 'patch';
  return 'none';
}
