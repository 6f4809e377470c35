/**
 * Fixture pairs: each `fixtures/<kind>/<name>.rst` with `<name>.expected.json`, docutils' result for it (made with
 * shared/tools/rst_tables.py). Inline fixtures check cell texts; block fixtures also check where tables are found
 * (their context) and which blocks each cell holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../codegen/parse/index.js';
import { agreementView, type OracleDocument } from './support/agreement.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function fixturePairs(kind: string): Array<[string, string, OracleDocument]> {
  const folder = join(FIXTURES, kind);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.rst'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const [expected] = JSON.parse(
        readFileSync(join(folder, name.replace(/\.rst$/, '.expected.json')), 'utf8'),
      ) as OracleDocument[];
      return [name, source, expected!];
    });
}

describe.each(['inline', 'blocks'])('%s fixtures', (kind) => {
  const pairs = fixturePairs(kind);

  it('has fixtures', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  it.each(pairs)('%s', (_name, source, expected) => {
    const view = agreementView(parseRst(source), expected, true);
    expect(view.actual).toEqual(view.expected);
  });
});
