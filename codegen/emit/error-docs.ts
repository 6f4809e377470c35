import type { ErrorCodeDetails, ErrorCodeEntry } from '../model/types.js';

/** The documentation paragraphs of one error code: message, status, description, solution, variants, source. */
export function errorDocParagraphs(entry: ErrorCodeEntry): string[] {
  return [
    `\`${entry.code}\`${entry.message === undefined ? '' : ` ${entry.message}`}`,
    ...detailParagraphs(entry),
    ...entry.variants.map((variant, index) =>
      [
        `Variant ${index + 2}:${variant.message === undefined ? '' : ` ${variant.message}`}`,
        ...detailParagraphs(variant),
      ].join('\n\n'),
    ),
    `Source: ${entry.source.file}:${entry.source.line}`,
  ];
}

/** The code, its message and source: for the enum's twin object, whose full story is on the enum member. */
export function errorDocHeadline(entry: ErrorCodeEntry): string[] {
  return [
    `\`${entry.code}\`${entry.message === undefined ? '' : ` ${entry.message}`}`,
    `Source: ${entry.source.file}:${entry.source.line}`,
  ];
}

/** A one-line summary of an error code for properties whose full story is on the enum member. */
export function errorDocSummary(entry: ErrorCodeEntry): string[] {
  const status = entry.status.length > 0 ? ` (HTTP ${entry.status.join(', ')})` : '';
  return [`\`${entry.code}\`${status}: ${entry.source.file}:${entry.source.line}`];
}

function detailParagraphs(details: ErrorCodeDetails): string[] {
  const group = details.group ? Object.entries(details.group).map(([k, v]) => `${k}: ${v}`) : [];
  return [
    ...(details.status.length > 0 ? [`HTTP status: ${details.status.join(', ')}`] : []),
    ...group,
    ...(details.description === undefined ? [] : [details.description]),
    ...(details.solution === undefined ? [] : [`Solution: ${details.solution}`]),
  ];
}
