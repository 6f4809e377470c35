/**
 * Makes text safe inside a `/** ... *\/` comment without changing what a reader sees: the comment cannot be
 * closed early, tags cannot be started, and invisible or line-breaking characters are shown as escapes.
 */
export function sanitizeDocText(text: string): string {
  return text
    .replace(/\*\//g, '*&#47;')
    .replace(/@/g, '&#64;')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE_OR_UNWRITABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Control characters, bidirectional controls (which could make the comment display as something else), and
 * lone surrogates: a file written as UTF-8 cannot hold those, it would show U+FFFD instead.
 */
const INVISIBLE_OR_UNWRITABLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Renders documentation paragraphs as a JSDoc comment block (for places ts-morph structures do not reach). */
export function jsDocComment(paragraphs: readonly string[]): string {
  const lines = sanitizeDocText(paragraphs.join('\n\n')).split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'].join('\n');
}

/** Joins documentation paragraphs into one JSDoc description for ts-morph (already sanitized). */
export function docDescription(paragraphs: readonly string[]): string {
  return sanitizeDocText(paragraphs.join('\n\n'));
}
