import { jsDocComment } from './jsdoc.js';
import { propertyKey } from './literals.js';

/** One property of an emitted object literal, with its documentation paragraphs. */
export interface DocumentedProperty {
  readonly key: string;
  readonly value: string;
  readonly doc: readonly string[];
}

/** A frozen object literal with JSDoc on every property; `Object.freeze` is marked pure for bundlers. */
export function frozenObject(properties: readonly DocumentedProperty[]): string {
  const lines = properties.map((p) => `${jsDocComment(p.doc)}\n${propertyKey(p.key)}: ${p.value},`);
  return `/* @__PURE__ */ Object.freeze({\n${lines.join('\n')}\n} as const)`;
}

/** A frozen array literal of already-rendered items. */
export function frozenArray(items: readonly string[]): string {
  return `/* @__PURE__ */ Object.freeze([${items.join(', ')}] as const)`;
}

/** Name and module of the generated deep-freeze helper, relative to a service folder. */
export const DEEP_FREEZE = { name: 'deepFreeze', module: '../freeze.js' } as const;

/**
 * A deeply frozen object literal with JSDoc on every property: one pure `deepFreeze` call instead of an
 * `Object.freeze` per nested value keeps large data maps small.
 */
export function deepFrozenObject(properties: readonly DocumentedProperty[], type: string): string {
  const lines = properties.map((p) => `${jsDocComment(p.doc)}\n${propertyKey(p.key)}: ${p.value},`);
  // The type argument checks the literal against the declared type instead of inferring one from it.
  return `/* @__PURE__ */ ${DEEP_FREEZE.name}<${type}>({\n${lines.join('\n')}\n})`;
}

/** A plain object literal (to sit inside a deeply frozen one), from already-rendered values. */
export function plainRecord(entries: readonly (readonly [key: string, value: string])[]): string {
  return `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${v}`).join(', ')} }`;
}

/** A plain array literal (to sit inside a deeply frozen one). */
export function plainArray(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}
