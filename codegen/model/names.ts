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

/**
 * PascalCase prefix of type names from a service key: `lts` → `Lts`, `cloud-eye` → `CloudEye`. A part that
 * starts with a digit is joined with `_` (`a-1` → `A_1`), so that `a-1` and `a1` keep different prefixes,
 * and a prefix that would start with a digit gets a leading `_` (`3d` → `_3d`): keys never hold `_`, so
 * both stay distinct from every other key's prefix.
 */
export function pascalCase(key: string): string {
  const prefix = key
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part, index) => {
      const word = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      return index > 0 && /^[0-9]/.test(part) ? `_${word}` : word;
    })
    .join('');
  return startsAsIdentifier(prefix) ? prefix : `_${prefix}`;
}

/** Upper snake case prefix of constant names from a service key: `cloud-eye` → `CLOUD_EYE`, `3d` → `_3D`. */
export function upperSnakeCase(key: string): string {
  const prefix = screamingSnakeCase(key);
  return startsAsIdentifier(prefix) ? prefix : `_${prefix}`;
}

/**
 * Makes status member names unique and valid, deterministically. A name that is empty or starts with a digit
 * gets `fallbackPrefix` (`STATUS_599`, `STATUS_2FA_FAILED`), and names shared by several members get each
 * member's distinguishing suffix (`ERROR_520`, `ERROR_521`). A valid name no other member shares is kept as
 * it is; any other name that would still equal a name already given takes the first free `_2`, `_3`...
 */
export function uniqueNames(
  candidates: readonly { readonly name: string; readonly suffix: string }[],
  fallbackPrefix: string,
): string[] {
  const wanted = candidates.map(({ name, suffix }) => wantedName(name, suffix, fallbackPrefix));
  const counts = new Map<string, number>();
  for (const { group } of wanted) counts.set(group, (counts.get(group) ?? 0) + 1);
  const shared = ({ group }: WantedName) => (counts.get(group) ?? 0) > 1;
  const keeps = (name: WantedName) => name.direct && !shared(name);
  const taken = new Set(wanted.filter(keeps).map(({ base }) => base));
  return wanted.map((name, index) => {
    if (keeps(name)) return name.base;
    const made = freeName(
      shared(name) ? `${name.base}_${candidates[index]?.suffix ?? index}` : name.base,
      taken,
    );
    taken.add(made);
    return made;
  });
}

/** A member's name before collisions: `direct` when it is the phrase's own, `group` for counting repeats. */
interface WantedName {
  readonly base: string;
  readonly direct: boolean;
  readonly group: string;
}

function wantedName(name: string, suffix: string, fallbackPrefix: string): WantedName {
  const plain = safeName(name.replace(/[^A-Za-z0-9_$]/g, '_'));
  if (startsAsIdentifier(plain)) return { base: plain, direct: true, group: `direct ${plain}` };
  const base = plain === '' ? `${fallbackPrefix}_${suffix}` : `${fallbackPrefix}_${plain}`;
  return { base, direct: false, group: `fallback ${base}` };
}

/**
 * Members of `Object.prototype`. As an enum member or a key of a generated object, `__proto__` sets the
 * prototype instead of a property, so the member vanishes; the others shadow methods that code calls on
 * any object (`String(LtsError)` calls `toString`, libraries call `hasOwnProperty`...). Reserved words such
 * as `delete`, `default` or `class` are fine: TypeScript 5.9 to 7 and JavaScript accept them as enum member
 * names and property names.
 */
const OBJECT_PROTOTYPE_NAMES = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/**
 * Enum member names for error codes, in order: the code with every character that cannot be part of an
 * identifier turned into `_` (`LTS.0009` → `LTS_0009`), `E_` before a leading digit, `_` after names of
 * `Object.prototype` members; a name already taken gets `_2`, `_3`... so earlier codes keep their names.
 */
export function errorMemberNames(codes: readonly string[]): string[] {
  const taken = new Set<string>();
  return codes.map((code) => {
    const name = freeName(identifierOf(code), taken);
    taken.add(name);
    return name;
  });
}

function identifierOf(code: string): string {
  const plain = code.replace(/[^A-Za-z0-9_$]/g, '_');
  return safeName(plain === '' ? 'E_' : startsAsIdentifier(plain) ? plain : `E_${plain}`);
}

/** `name`, or when it is taken, the first of `name_2`, `name_3`... that is not. */
function freeName(name: string, taken: ReadonlySet<string>): string {
  let free = safeName(name);
  for (let n = 2; taken.has(free); n += 1) free = `${name}_${n}`;
  return free;
}

function safeName(name: string): string {
  return OBJECT_PROTOTYPE_NAMES.has(name) ? `${name}_` : name;
}

function startsAsIdentifier(name: string): boolean {
  return /^[A-Za-z_$]/.test(name);
}
