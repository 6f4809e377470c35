import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBareTables } from './bare-tables.js';
import { reportOf } from './fixture-report.js';

/**
 * Each `fixtures/<syntax>/<name>.rst` holds table markup; `<name>.expected.json` what the parsers must make of
 * every table in it: extent, isolation messages, cells (content, spans, places) or problems (exact message,
 * rule, line, column). Structures, texts and docutils' lines were checked against docutils 0.19 with
 * ../shared/tools/rst_tables.py; where docutils 0.19 and newer docutils differ, the file follows newer docutils
 * (combining characters in grid tables, border errors at the faulty line).
 */
for (const syntax of ['grid', 'simple']) {
  const folder = new URL(`./fixtures/${syntax}/`, import.meta.url);
  const names = readdirSync(folder).filter((name) => name.endsWith('.rst'));
  describe(`${syntax} table fixtures`, () => {
    it('has fixtures', () => {
      expect(names.length).toBeGreaterThan(10);
    });
    it.each(names)('%s', (name) => {
      const source = readFileSync(new URL(name, folder), 'utf8');
      const expected = JSON.parse(
        readFileSync(new URL(name.replace(/\.rst$/, '.expected.json'), folder), 'utf8'),
      );
      expect(findBareTables(source).map(reportOf)).toEqual(expected);
    });
  });
}
