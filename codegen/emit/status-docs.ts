import type { StatusCodeEntry } from '../model/types.js';

/** The documentation paragraphs of one status code: message, descriptions and where it is documented. */
export function statusDocParagraphs(entry: StatusCodeEntry): string[] {
  const headline = `\`${entry.code}\` ${entry.message}`.trimEnd();
  const iana =
    entry.ianaPhrase !== undefined && entry.ianaPhrase !== entry.message
      ? [`IANA: ${entry.ianaPhrase}.`]
      : [];
  const descriptions =
    entry.descriptions.length > 1 ? [entry.descriptions.map((d) => `- ${d}`).join('\n')] : entry.descriptions;
  const others = entry.otherMessages.map(
    (m) => `Also documented as "${m.message}" (${m.source.file}:${m.source.line}).`,
  );
  return [headline, ...iana, ...descriptions, ...others, `Source: ${entry.source.file}:${entry.source.line}`];
}

/** A one-line summary of a status code for properties whose full story is on the enum member. */
export function statusDocSummary(entry: StatusCodeEntry): string[] {
  return [`\`${entry.code}\` ${entry.message} (${entry.source.file}:${entry.source.line})`];
}

/** The code, its message and source: for the enum's twin object, whose full story is on the enum member. */
export function statusDocHeadline(entry: StatusCodeEntry): string[] {
  return [
    `\`${entry.code}\` ${entry.message}`.trimEnd(),
    `Source: ${entry.source.file}:${entry.source.line}`,
  ];
}
