/**
 * A TypeScript string literal that evaluates to exactly `text`: quotes, backslashes, control characters,
 * line and paragraph separators and lone surrogates are all escaped, and so are the invisible characters that
 * reorder how source code is displayed (bidirectional marks, embeddings, overrides and isolates).
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(
    /[\u2028\u2029\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    escapeChar,
  );
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A property key: bare when it is a plain identifier or a canonical integer, otherwise a quoted string.
 * `__proto__` is computed (`["__proto__"]`): written bare or quoted, it sets the object's prototype instead of
 * a property.
 */
export function propertyKey(name: string): string {
  if (name === '__proto__') return `[${stringLiteral(name)}]`;
  const plain = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || /^(?:0|[1-9][0-9]{0,14})$/.test(name);
  return plain ? name : stringLiteral(name);
}
