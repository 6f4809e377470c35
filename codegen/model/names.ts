/**
 * SCREAMING_SNAKE_CASE of a phrase: "Non-Authoritative Information" → `NON_AUTHORITATIVE_INFORMATION`.
 * Accents are dropped and every run of other characters becomes one underscore; returns '' when nothing
 * usable is left.
 */
export function screamingSnakeCase(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/ /g, '_');
}

/** PascalCase of a service key: `lts` → `Lts`, `cloud-eye` → `CloudEye`. */
export function pascalCase(key: string): string {
  return key
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

/** Upper snake case of a service key: `cloud-eye` → `CLOUD_EYE`. */
export function upperSnakeCase(key: string): string {
  return screamingSnakeCase(key);
}

/**
 * Makes member names unique and valid: a name that is empty or starts with a digit gets `fallbackPrefix`,
 * and every name shared by several members gets its member's distinguishing suffix.
 */
export function uniqueNames(
  candidates: readonly { readonly name: string; readonly suffix: string }[],
  fallbackPrefix: string,
): string[] {
  const valid = candidates.map(({ name, suffix }) =>
    name === '' ? `${fallbackPrefix}_${suffix}` : /^[0-9]/.test(name) ? `${fallbackPrefix}_${name}` : name,
  );
  const counts = new Map<string, number>();
  for (const name of valid) counts.set(name, (counts.get(name) ?? 0) + 1);
  return valid.map((name, index) =>
    (counts.get(name) ?? 0) > 1 ? `${name}_${candidates[index]?.suffix ?? index}` : name,
  );
}

/** Names that would misbehave as object keys or enum members at run time. */
const UNSAFE_NAMES = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
]);

/**
 * Enum member names for error codes, in order: the code with every character that cannot be part of an
 * identifier turned into `_` (`LTS.0009` → `LTS_0009`), `E_` before a leading digit, `_` after names that
 * would misbehave at run time; a name already taken gets `_2`, `_3`... so earlier codes keep their names.
 */
export function errorMemberNames(codes: readonly string[]): string[] {
  const taken = new Set<string>();
  return codes.map((code) => {
    const base = identifierOf(code);
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
    taken.add(name);
    return name;
  });
}

function identifierOf(code: string): string {
  const plain = code.replace(/[^A-Za-z0-9_$]/g, '_');
  const name = /^[0-9]/.test(plain) ? `E_${plain}` : plain === '' ? 'E_' : plain;
  return UNSAFE_NAMES.has(name) ? `${name}_` : name;
}
