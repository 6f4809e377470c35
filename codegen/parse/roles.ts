/**
 * Interpreted text roles (`:role:`text``): what text each shows. docutils' own roles behave as in docutils;
 * Sphinx roles and unknown roles show their explicit title, as the oracle's Sphinx stand-ins do.
 */
import { unescape } from './escapes.js';
import { isSpaceCode, pyInt } from './py-text.js';

/** What a role makes of its text: shown text, or a problem (docutils then shows the raw markup). */
export type RoleOutcome =
  | { readonly ok: true; readonly text: string; readonly tag: string }
  | { readonly ok: false; readonly message: string; readonly rule: string };

/** Roles the oracle registers as Sphinx roles (title shown, target ignored). */
const SPHINX_ROLES = new Set([
  'ref',
  'doc',
  'term',
  'numref',
  'any',
  'abbr',
  'kbd',
  'menuselection',
  'guilabel',
  'file',
  'samp',
  'command',
  'program',
  'option',
  'envvar',
  'download',
  'keyword',
  'dfn',
  'mimetype',
  'newsgroup',
  'makevar',
  'regexp',
  'token',
  'eq',
]);

/** docutils' English role names and their canonical roles. */
const ROLE_NAMES: Readonly<Record<string, string>> = {
  abbreviation: 'abbreviation',
  ab: 'abbreviation',
  acronym: 'acronym',
  ac: 'acronym',
  code: 'code',
  index: 'index',
  i: 'index',
  subscript: 'subscript',
  sub: 'subscript',
  superscript: 'superscript',
  sup: 'superscript',
  'title-reference': 'title-reference',
  title: 'title-reference',
  t: 'title-reference',
  'pep-reference': 'pep-reference',
  pep: 'pep-reference',
  'rfc-reference': 'rfc-reference',
  rfc: 'rfc-reference',
  emphasis: 'emphasis',
  strong: 'strong',
  literal: 'literal',
  math: 'math',
  'named-reference': 'named-reference',
  'anonymous-reference': 'anonymous-reference',
  'footnote-reference': 'footnote-reference',
  'citation-reference': 'citation-reference',
  'substitution-reference': 'substitution-reference',
  target: 'target',
  'uri-reference': 'uri-reference',
  uri: 'uri-reference',
  url: 'uri-reference',
  raw: 'raw',
};

type RoleKind = 'generic' | 'raw-text' | 'pep' | 'rfc' | 'raw' | 'unimplemented' | 'titled';

/** docutils' canonical roles and how each treats its text. */
const CANONICAL_ROLES: Readonly<Record<string, RoleKind>> = {
  abbreviation: 'generic',
  acronym: 'generic',
  emphasis: 'generic',
  literal: 'generic',
  strong: 'generic',
  subscript: 'generic',
  superscript: 'generic',
  'title-reference': 'generic',
  code: 'raw-text',
  math: 'raw-text',
  'pep-reference': 'pep',
  'rfc-reference': 'rfc',
  raw: 'raw',
  index: 'unimplemented',
  'named-reference': 'unimplemented',
  'anonymous-reference': 'unimplemented',
  'uri-reference': 'unimplemented',
  'footnote-reference': 'unimplemented',
  'citation-reference': 'unimplemented',
  'substitution-reference': 'unimplemented',
  target: 'unimplemented',
  'restructuredtext-unimplemented-role': 'unimplemented',
};

function roleKind(name: string, defaultRole: string): { kind: RoleKind; canonical: string } {
  const normalized = name.toLowerCase();
  if (normalized === '')
    return roleKind(defaultRole === '' ? 'title-reference' : defaultRole, 'title-reference');
  if (SPHINX_ROLES.has(normalized)) return { kind: 'titled', canonical: normalized };
  const canonical = ROLE_NAMES[normalized] ?? normalized;
  return { kind: CANONICAL_ROLES[canonical] ?? 'titled', canonical };
}

/** The options a role accepts in a `.. role::` definition (null for roles the oracle does not know). */
export function roleOptions(name: string): readonly string[] | null {
  const { kind, canonical } = roleKind(name, '');
  const known = kind !== 'titled' || SPHINX_ROLES.has(name.toLowerCase());
  if (!known) return null;
  if (canonical === 'raw') return ['format', 'class'];
  if (canonical === 'code') return ['language', 'class'];
  return ['class'];
}

/** The text `:role:`escaped`` shows (`escaped` still holds NUL escapes). */
export function applyRole(role: string, escaped: string, defaultRole: string): RoleOutcome {
  const { kind, canonical } = roleKind(role, defaultRole);
  switch (kind) {
    case 'generic':
      return { ok: true, text: unescape(escaped), tag: canonical.replace('-', '_') };
    case 'raw-text':
      return { ok: true, text: unescape(escaped, true), tag: canonical === 'code' ? 'literal' : 'math' };
    case 'titled':
      return { ok: true, text: unescape(explicitTitle(escaped)), tag: `role:${role.toLowerCase()}` };
    case 'pep':
      return pepReference(escaped);
    case 'rfc':
      return rfcReference(escaped);
    case 'raw':
      return {
        ok: false,
        rule: 'raw-role-without-format',
        message:
          `No format (Writer name) is associated with this role: "${role}".\nThe "raw" role cannot be used directly.\n` +
          'Instead, use the "role" directive to create a new role with an associated format.',
      };
    case 'unimplemented':
      return {
        ok: false,
        rule: 'role-not-implemented',
        message: `Interpreted text role "${role}" not implemented.`,
      };
  }
}

function pepReference(escaped: string): RoleOutcome {
  const number = pyInt(unescape(escaped));
  if (typeof number !== 'number' || number < 0 || number > 9999) {
    return {
      ok: false,
      rule: 'invalid-pep-number',
      message: `PEP number must be a number from 0 to 9999; "${escaped}" is invalid.`,
    };
  }
  return { ok: true, text: 'PEP ' + unescape(escaped), tag: 'reference' };
}

function rfcReference(escaped: string): RoleOutcome {
  const text = unescape(escaped);
  const hash = escaped.includes('#') ? text.indexOf('#') : -1;
  const number = pyInt(hash < 0 ? text : text.slice(0, hash));
  if (typeof number !== 'number' || number < 1) {
    return {
      ok: false,
      rule: 'invalid-rfc-number',
      message: `RFC number must be a number greater than or equal to 1; "${escaped}" is invalid.`,
    };
  }
  return { ok: true, text: `RFC ${number}`, tag: 'reference' };
}

/**
 * The title part of `Title <target>` (Sphinx's explicit title), or the whole text: the text ends with `>`, the last
 * `<` opens the target (no `<` or `>` inside it), and the title before it (without trailing white space) is not empty.
 */
export function explicitTitle(text: string): string {
  if (!text.endsWith('>')) return text;
  const open = text.lastIndexOf('<');
  if (open < 1 || text.slice(open + 1, -1).includes('>')) return text;
  let end = open;
  while (end > 1 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}
