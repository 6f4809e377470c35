import type { FileDiagnostic } from '../diagnostics.js';
import type { ErrorMention } from './error-rows.js';
import { errorMemberNames } from './names.js';
import type { ErrorCodeDetails, ErrorCodeEntry, SourceRef } from './types.js';

/** An error mention with the file it was found in. */
export interface FileErrorMention extends ErrorMention {
  readonly file: string;
}

interface Draft {
  readonly first: FileErrorMention;
  readonly variants: FileErrorMention[];
}

/**
 * Merges a service's error mentions into one entry per code, in document order. A repeat with identical
 * content is merged silently; a repeat with different content is kept as a variant, with a warning naming both
 * places.
 */
export function buildErrorEntries(mentions: readonly FileErrorMention[]): {
  entries: ErrorCodeEntry[];
  diagnostics: FileDiagnostic[];
} {
  const drafts = new Map<string, Draft>();
  const diagnostics: FileDiagnostic[] = [];
  for (const mention of mentions) {
    const draft = drafts.get(mention.code);
    if (!draft) drafts.set(mention.code, { first: mention, variants: [] });
    else if (![draft.first, ...draft.variants].some((known) => sameDetails(known, mention))) {
      draft.variants.push(mention);
      diagnostics.push(variantWarning(mention, draft.first));
    }
  }
  const ordered = [...drafts.values()];
  const names = errorMemberNames(ordered.map((d) => d.first.code));
  const entries = ordered.map((draft, index) => ({
    code: draft.first.code,
    name: names[index] ?? draft.first.code,
    ...details(draft.first),
    variants: draft.variants.map(details),
    source: ref(draft.first),
  }));
  return { entries, diagnostics };
}

function details(mention: ErrorMention): ErrorCodeDetails {
  return {
    status: mention.status,
    ...(mention.message === undefined ? {} : { message: mention.message }),
    ...(mention.description === undefined ? {} : { description: mention.description }),
    ...(mention.solution === undefined ? {} : { solution: mention.solution }),
    ...(mention.group === undefined ? {} : { group: mention.group }),
  };
}

function sameDetails(a: ErrorMention, b: ErrorMention): boolean {
  return JSON.stringify(details(a)) === JSON.stringify(details(b));
}

function variantWarning(mention: FileErrorMention, first: FileErrorMention): FileDiagnostic {
  return {
    severity: 'warning',
    rule: 'error-code-variant',
    message: `error code ${mention.code} is documented again with different content (first at ${first.file}:${first.place.line}:${first.place.column}); both variants are kept`,
    file: mention.file,
    line: mention.place.line,
    column: mention.place.column,
  };
}

function ref(mention: FileErrorMention): SourceRef {
  return { file: mention.file, line: mention.place.line, column: mention.place.column };
}
