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

/** A frozen object literal without documentation, from already-rendered values. */
export function frozenRecord(entries: readonly (readonly [key: string, value: string])[]): string {
  return `/* @__PURE__ */ Object.freeze({ ${entries.map(([k, v]) => `${propertyKey(k)}: ${v}`).join(', ')} })`;
}
