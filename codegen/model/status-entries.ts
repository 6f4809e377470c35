import type { FileDiagnostic } from '../diagnostics.js';
import type { IanaRegistry } from '../read/iana.js';
import { screamingSnakeCase, uniqueNames } from './names.js';
import type { StatusMention } from './status-rows.js';
import type { SourceRef, StatusCodeEntry } from './types.js';

/** A status mention with the file it was found in. */
export interface FileMention extends StatusMention {
  readonly file: string;
}

interface Draft {
  readonly code: number;
  message: string | undefined;
  messageSource: SourceRef | undefined;
  readonly descriptions: string[];
  readonly otherMessages: { message: string; source: SourceRef }[];
  readonly source: SourceRef;
}

/**
 * Merges the mentions of a service's status codes into one entry per code, ascending: descriptions collect in
 * document order. The same code with two different messages is an error naming both places when both are in
 * one document, and a warning keeping the first when they are in different documents of the service (pages
 * of one service often word the same status differently); a message that differs from IANA's reason phrase is
 * a warning. Messages differing only in case, spacing or punctuation count as the same. Member names come from IANA's phrase, else the doc's message.
 */
export function buildStatusEntries(
  mentions: readonly FileMention[],
  iana: IanaRegistry,
): { entries: StatusCodeEntry[]; diagnostics: FileDiagnostic[] } {
  const diagnostics: FileDiagnostic[] = [];
  const drafts = new Map<number, Draft>();
  for (const mention of mentions) mergeMention(drafts, mention, diagnostics);
  const sorted = [...drafts.values()].sort((a, b) => a.code - b.code);
  for (const draft of sorted) warnIfNotIana(draft, iana.get(draft.code), diagnostics);
  const names = uniqueNames(
    sorted.map((d) => ({
      name: screamingSnakeCase(iana.get(d.code) ?? d.message ?? ''),
      suffix: String(d.code),
    })),
    'STATUS',
  );
  const entries = sorted.map((draft, index) => ({
    code: draft.code,
    name: names[index] ?? `STATUS_${draft.code}`,
    message: draft.message ?? iana.get(draft.code) ?? '',
    ianaPhrase: iana.get(draft.code),
    descriptions: draft.descriptions,
    otherMessages: draft.otherMessages,
    source: draft.source,
  }));
  return { entries, diagnostics };
}

function mergeMention(drafts: Map<number, Draft>, mention: FileMention, diagnostics: FileDiagnostic[]): void {
  const messageSource = mention.message === undefined ? undefined : ref(mention.file, mention.messagePlace);
  const draft = drafts.get(mention.code);
  if (!draft) {
    drafts.set(mention.code, {
      code: mention.code,
      message: mention.message,
      messageSource,
      descriptions: mention.description === undefined ? [] : [mention.description],
      otherMessages: [],
      source: ref(mention.file, mention.place),
    });
    return;
  }
  if (
    mention.message !== undefined &&
    draft.message !== undefined &&
    !sameMessage(mention.message, draft.message)
  ) {
    const at = messageSource ?? draft.source;
    const first = draft.messageSource ?? draft.source;
    if (at.file === first.file) {
      diagnostics.push(conflictingMessage(mention.code, draft, mention, at));
      return;
    }
    if (!draft.otherMessages.some((m) => sameMessage(m.message, mention.message ?? ''))) {
      draft.otherMessages.push({ message: mention.message, source: at });
      diagnostics.push(messageVariant(mention.code, draft, mention, at));
    }
  }
  if (draft.message === undefined && messageSource) {
    draft.message = mention.message;
    draft.messageSource = messageSource;
  }
  if (mention.description !== undefined && !draft.descriptions.includes(mention.description)) {
    draft.descriptions.push(mention.description);
  }
}

function conflictingMessage(code: number, draft: Draft, mention: FileMention, at: SourceRef): FileDiagnostic {
  const first = draft.messageSource ?? draft.source;
  return {
    severity: 'error',
    rule: 'duplicate-status-code',
    message:
      `status code ${code} is documented twice with different messages: "${mention.message}" here and ` +
      `"${draft.message}" at ${first.file}:${first.line}:${first.column}`,
    file: at.file,
    line: at.line,
    column: at.column,
  };
}

function messageVariant(code: number, draft: Draft, mention: FileMention, at: SourceRef): FileDiagnostic {
  const first = draft.messageSource ?? draft.source;
  return {
    severity: 'warning',
    rule: 'status-message-variant',
    message:
      `status code ${code} has the message "${mention.message}" here and "${draft.message}" at ` +
      `${first.file}:${first.line}:${first.column}; the first is kept, both are documented`,
    file: at.file,
    line: at.line,
    column: at.column,
  };
}

function warnIfNotIana(draft: Draft, phrase: string | undefined, diagnostics: FileDiagnostic[]): void {
  if (phrase === undefined || draft.message === undefined || !draft.messageSource) return;
  if (sameMessage(phrase, draft.message)) return;
  const at = draft.messageSource;
  diagnostics.push({
    severity: 'warning',
    rule: 'message-differs-from-iana',
    message: `the message of ${draft.code} is "${draft.message}", IANA's reason phrase is "${phrase}"; the member is named after IANA's phrase`,
    file: at.file,
    line: at.line,
    column: at.column,
  });
}

/** Messages that differ only in case, spacing or punctuation ("BadRequest", "Bad request.") are the same. */
function sameMessage(a: string, b: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return letters(a) === letters(b);
}

function ref(file: string, at: { line: number; column: number }): SourceRef {
  return { file, line: at.line, column: at.column };
}
