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
