/**
 * Every diagnostic rule the generator can emit has a test that shows its exact message: the rule ids are read
 * from the generator's source (rule arguments, `rule:` properties, the rule constants those use, such as
 * `TABLE_RULES.gridRightBorder`), and each must appear in a test together with its message, as an expected
 * object (`{ rule, message, ... }`) or a formatted line (`file:line:column: error: message [rule-id]`).
 */
import { describe, expect, it } from 'vitest';
import { emittedRules, RULE_ID, rulesAssertedWithMessages } from './support/rule-ids.js';

/**
 * Rules in the source that no input reaches, each with the reason; a test for one of them cannot be written.
 * Each is a defensive fallback kept from docutils, whose own reader cannot reach it either.
 */
const UNREACHABLE: Readonly<Record<string, string>> = {
  'csv-data': 'the CSV reader fails with exactly one problem, whose own rule is reported',
  'csv-table-empty':
    'directive content starts with a non-blank line, which is a CSV row of one cell at least; empty content is directive-content-missing',
  'grid-head-separator-place':
    'a grid table starts with +-- and a +==+ last line fails as a bottom border (grid-bottom-border) first',
  'malformed-table': 'a table reader that rejects a table always says why',
  'simple-multiple-head-separators':
    'a simple table ends at its second border after the top, so it never holds two header rules',
};

/** Rule ids made up by test/diagnostics.test.ts, which tests how any diagnostic is formatted and sorted. */
const MADE_UP_FOR_FORMATTING = new Set(['r-e', 'r-w']);

const emitted = emittedRules();
const asserted = rulesAssertedWithMessages();

describe('diagnostic rules', () => {
  it('are found in every stage of the generator, with kebab-case ids', () => {
    for (const rule of [
      'invalid-utf8',
      'json-syntax',
      'manifest-shape',
      'grid-right-border',
      'simple-column-margin',
      'csv-field-limit',
      'directive-invalid',
      'nesting-too-deep',
      'duplicate-status-code',
      'error-code-variant',
      'missing-file',
      'unreadable-file',
      'manifest-upstream-path',
    ])
      expect(emitted.has(rule), rule).toBe(true);
    for (const rule of emitted.keys()) expect(rule).toMatch(RULE_ID);
  });

  it('each have a test asserting their message and place', () => {
    const untested = [...emitted]
      .filter(([rule]) => !asserted.has(rule) && !(rule in UNREACHABLE))
      .map(([rule, file]) => `${rule} (${file})`);
    expect(untested).toEqual([]);
  });

  it('asserted by tests are rules the generator emits (no stale or misspelt ids)', () => {
    const unknown = [...asserted]
      .filter(([rule]) => !emitted.has(rule) && !MADE_UP_FOR_FORMATTING.has(rule))
      .map(([rule, files]) => `${rule} (${[...files].join(', ')})`);
    expect(unknown).toEqual([]);
  });

  it('listed as unreachable are still in the source and still have no test', () => {
    for (const rule of Object.keys(UNREACHABLE)) {
      expect(emitted.has(rule), `${rule} is no longer emitted: remove it from UNREACHABLE`).toBe(true);
      expect(asserted.has(rule), `${rule} has a test now: remove it from UNREACHABLE`).toBe(false);
    }
  });
});
