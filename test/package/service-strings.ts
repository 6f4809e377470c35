import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './project.js';

/**
 * Every string one service's ES module holds at run time (export names, enum member names, messages,
 * descriptions), plus its display name from tables/: what would show in a bundle that pulled the service in.
 */
export async function serviceStrings(packageDir: string, key: string): Promise<Set<string>> {
  const entry = join(packageDir, 'dist', 'esm', key, 'index.js');
  const module = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const strings = new Set<string>([displayName(key)]);
  for (const [name, value] of Object.entries(module)) {
    strings.add(name);
    collectStrings(value, strings);
  }
  return strings;
}

/**
 * The strings of another service that can't be mistaken for one of `own` (none occurs inside an own string),
 * nor for a bit of code: shorter ones ("", "-", "OK") could turn up anywhere in a bundle.
 */
export function distinctiveStrings(other: ReadonlySet<string>, own: ReadonlySet<string>): string[] {
  const ownStrings = [...own];
  return [...other]
    .filter((text) => text.length >= MIN_DISTINCTIVE_LENGTH)
    .filter((text) => !ownStrings.some((ownText) => ownText.includes(text)))
    .sort();
}

const MIN_DISTINCTIVE_LENGTH = 4;

function displayName(key: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'tables', key, 'service.json'), 'utf8')) as {
    name: string;
  };
  return manifest.name;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (!/^\d+$/.test(key)) into.add(key);
      collectStrings(item, into);
    }
}
