/**
 * The reader against docutils on the 724 real documents of shared/corpus/otc (pages, sample, history): each file
 * is parsed once and must give docutils' tables and docutils' error lines (and, beyond agreement, the same
 * context of each table and block names of each cell).
 */
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../codegen/parse/index.js';
import { agreementView, type OracleDocument } from './support/agreement.js';
import { readSharedJson, readSharedText } from './support/shared.js';

interface OracleFile extends OracleDocument {
  readonly file: string;
}

const SETS = ['pages', 'sample', 'history'] as const;
const EXPECTED_FILES: Readonly<Record<(typeof SETS)[number], number>> = {
  pages: 167,
  sample: 265,
  history: 292,
};

describe.each(SETS)('corpus/otc/%s', (set) => {
  const oracle = readSharedJson<OracleFile[]>(`corpus/otc/${set}.oracle.json`);

  it(`has all ${EXPECTED_FILES[set]} files`, () => {
    expect(oracle).toHaveLength(EXPECTED_FILES[set]);
  });

  it.each(oracle.map((entry) => [entry.file, entry] as const))('%s', (file, expected) => {
    const parsed = parseRst(readSharedText(`corpus/otc/${set}/${file}`));
    const view = agreementView(parsed, expected, true);
    expect(view.actual).toEqual(view.expected);
  });
});
