/**
 * Directive names (case-insensitive) and their implementations: docutils' directives under their English names,
 * the oracle's Sphinx stand-ins, and a container for unknown directives.
 */
import type { DirectiveSpec } from '../directive-spec.js';
import { CONTAINER_DIRECTIVES } from './containers.js';
import { IMAGE_DIRECTIVES } from './images.js';
import { LITERAL_DIRECTIVES } from './literals.js';
import { MISC_DIRECTIVES } from './misc.js';
import { nested, SPHINX_DIRECTIVES } from './sphinx.js';
import { TABLE_DIRECTIVES } from './tables.js';

let registry: ReadonlyMap<string, DirectiveSpec> | null = null;

function directives(): ReadonlyMap<string, DirectiveSpec> {
  registry ??= new Map(
    Object.entries({
      ...CONTAINER_DIRECTIVES,
      ...LITERAL_DIRECTIVES,
      ...MISC_DIRECTIVES,
      ...IMAGE_DIRECTIVES,
      ...TABLE_DIRECTIVES,
      ...SPHINX_DIRECTIVES,
    }),
  );
  return registry;
}

/** The directive called `name`; unknown names get a container that parses their content. */
export function lookupDirective(name: string): DirectiveSpec {
  return directives().get(name.toLowerCase()) ?? nested;
}
