/**
 * Every rule of the RST reader, each with its exact message and place: one small document per rule, the
 * diagnostic it gives. Lines are docutils' (checked against docutils 0.19 when these cases were written);
 * messages start with docutils' wording, and most go on to say in plain words what to change.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../codegen/parse/types.js';
import { parseRst } from '../../codegen/parse/index.js';

interface RuleCase {
  /** What the document does wrong. */
  readonly what: string;
  readonly source: string;
  readonly expected: Diagnostic;
}

const CASES: readonly RuleCase[] = [
  {
    what: 'a quoted CSV cell followed by more text',
    source: '.. csv-table::\n\n   "a"b, c\n',
    expected: {
      rule: 'csv-delimiter-expected',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Error with CSV data in "csv-table" directive:\n\',\' expected after \'"\'. After the closing " of a cell comes "b" at line 3, column 7; a quoted cell must be followed by the delimiter or the end of the line (write "" for a " inside it).',
    },
  },
  {
    what: 'a CSV cell longer than the field limit',
    source: `.. csv-table::\n\n   "${'a'.repeat(131_073)}"\n`,
    expected: {
      rule: 'csv-field-limit',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Error with CSV data in "csv-table" directive:\nfield larger than field limit (131072). The cell starting at line 3, column 4 is longer than 131072 characters; is a closing quote missing?',
    },
  },
  {
    what: 'a csv-table reading a file',
    source: '.. csv-table::\n   :file: data.csv\n',
    expected: {
      rule: 'csv-table-external-data',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'File and URL access deactivated; ignoring "csv-table" directive.',
    },
  },
  {
    what: 'the role directive without arguments',
    source: '.. role::\n',
    expected: {
      rule: 'directive-arguments',
      severity: 'error',
      line: 1,
      column: 1,
      message: '"role" directive requires arguments on the first line.',
    },
  },
  {
    what: 'a note without content',
    source: '.. note::\n',
    expected: {
      rule: 'directive-content-missing',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Content block expected for the "note" directive; none found.\nIndent the directive\'s content under it, after a blank line.',
    },
  },
  {
    what: 'replace outside a substitution definition',
    source: '.. replace:: text\n',
    expected: {
      rule: 'directive-context',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Invalid context: the "replace" directive can only be used within a substitution definition.',
    },
  },
  {
    what: 'include (files are never read)',
    source: '.. include:: other.rst\n',
    expected: {
      rule: 'directive-disabled',
      severity: 'warning',
      line: 1,
      column: 1,
      message: '"include" directive disabled.',
    },
  },
  {
    what: 'an option value the directive does not know',
    source: '.. table::\n   :align: middle\n\n   =  =\n   a  b\n   =  =\n',
    expected: {
      rule: 'directive-invalid',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Error in "table" directive:\ninvalid option value: (option: "align"; value: \'middle\')\n"middle" unknown; choose from "left", "center", or "right".',
    },
  },
  {
    what: 'a substitution defined twice',
    source: '.. |a| replace:: x\n.. |a| replace:: y\n',
    expected: {
      rule: 'duplicate-substitution',
      severity: 'error',
      line: 2,
      column: 1,
      message: 'Duplicate substitution definition name: "a".',
    },
  },
  {
    what: 'a target defined twice',
    source: '.. _a: http://x.example\n.. _a: http://y.example\n',
    expected: {
      rule: 'duplicate-target-name',
      severity: 'warning',
      line: 2,
      column: 1,
      message: 'Duplicate explicit target name: "a".',
    },
  },
  {
    what: 'a figure whose caption is a list',
    source: '.. figure:: a.png\n\n   - not a paragraph\n',
    expected: {
      rule: 'figure-caption',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Figure caption must be a paragraph or empty comment.',
    },
  },
  {
    what: 'a grid cell that is not a rectangle',
    source: '+---+---+\n| a | b |\n+---+|--+\n| c = d |\n+---+---+\n',
    expected: {
      rule: 'grid-cell-shape',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Malformed table.\nMalformed table; parse incomplete. The cell below line 3, column 1 is not a closed rectangle: check that its "+" corners line up and its borders use "-" and "|" only.',
    },
  },
  {
    what: 'two header separators in a grid table',
    source: '+---+\n| a |\n+===+\n| b |\n+===+\n| c |\n+---+\n',
    expected: {
      rule: 'grid-multiple-head-separators',
      severity: 'error',
      line: 5,
      column: 1,
      message:
        'Malformed table.\nMultiple head/body row separators (table lines 3 and 5); only one allowed. Line 5 repeats the header separator of line 3; use +---+ borders between body rows.',
    },
  },
  {
    what: 'an overline and a title at the end of the document',
    source: '=====\nTitle\n',
    expected: {
      rule: 'incomplete-section-title',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Incomplete section title.',
    },
  },
  {
    what: 'emphasis never closed',
    source: 'Some *emphasis without end.\n',
    expected: {
      rule: 'inline-markup-unclosed',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'Inline emphasis start-string without end-string.',
    },
  },
  {
    what: 'a role before and after interpreted text',
    source: 'A :emphasis:`text`:strong: here.\n',
    expected: {
      rule: 'inline-multiple-roles',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).',
    },
  },
  {
    what: 'a role and a reference suffix',
    source: 'A :emphasis:`text`_ here.\n',
    expected: {
      rule: 'inline-role-and-reference',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'Mismatch: both interpreted text role prefix and reference suffix.',
    },
  },
  {
    what: 'an option with three tokens',
    source: '-a<b=c d>  description\n',
    expected: {
      rule: 'invalid-option-marker',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Invalid option list marker: wrong number of option tokens (=3), should be 1 or 2: "-a<b=c d>"',
    },
  },
  {
    what: 'a PEP role that is no number',
    source: 'See :PEP:`abc`.\n',
    expected: {
      rule: 'invalid-pep-number',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'PEP number must be a number from 0 to 9999; "abc" is invalid.',
    },
  },
  {
    what: 'an RFC role below 1',
    source: 'See :RFC:`0`.\n',
    expected: {
      rule: 'invalid-rfc-number',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'RFC number must be a number greater than or equal to 1; "0" is invalid.',
    },
  },
  {
    what: 'two adornment lines',
    source: '=====\n=====\n\nText.\n',
    expected: {
      rule: 'invalid-title-or-transition',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Invalid section title or transition marker.',
    },
  },
  {
    what: 'a line block followed by text',
    source: '| line one\n| line two\ntext\n',
    expected: {
      rule: 'line-block-unterminated',
      severity: 'warning',
      line: 2,
      column: 1,
      message: 'Line block ends without a blank line.',
    },
  },
  {
    what: 'list-table rows of different lengths',
    source: '.. list-table::\n\n   * - a\n     - b\n   * - c\n',
    expected: {
      rule: 'list-table-shape',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Error parsing content block for the "list-table" directive: uniform two-level bullet list expected, but row 2 does not contain the same number of items as row 1 (1 vs 2).',
    },
  },
  {
    what: 'a paragraph ending in :: with no block after it',
    source: 'Paragraph::\n\nText after.\n',
    expected: {
      rule: 'literal-block-missing',
      severity: 'warning',
      line: 3,
      column: 1,
      message: 'Literal block expected; none found.',
    },
  },
  {
    what: 'a quoted literal block that changes its quote',
    source: 'Paragraph::\n\n> quoted\n< not\n',
    expected: {
      rule: 'literal-block-quoting',
      severity: 'error',
      line: 4,
      column: 1,
      message: 'Inconsistent literal block quoting.',
    },
  },
  {
    what: 'a substitution definition without its closing bar',
    source: '.. |abc\n',
    expected: {
      rule: 'malformed-substitution',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'malformed substitution definition.',
    },
  },
  {
    what: 'a target whose backquote never closes',
    source: '.. _`unterminated\n',
    expected: {
      rule: 'malformed-target',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'malformed hyperlink target.',
    },
  },
  {
    what: 'the raw role used directly',
    source: 'See :raw:`x`.\n',
    expected: {
      rule: 'raw-role-without-format',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'No format (Writer name) is associated with this role: "raw".\nThe "raw" role cannot be used directly.\nInstead, use the "role" directive to create a new role with an associated format.',
    },
  },
  {
    what: "docutils' placeholder role",
    source: 'See :restructuredtext-unimplemented-role:`y`.\n',
    expected: {
      rule: 'role-not-implemented',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Interpreted text role "restructuredtext-unimplemented-role" not implemented.',
    },
  },
  {
    what: 'an overline and underline that differ',
    source: '=====\nTitle\n-----\n',
    expected: {
      rule: 'section-title-adornment',
      severity: 'error',
      line: 1,
      column: 1,
      message: 'Title overline & underline mismatch.',
    },
  },
  {
    what: 'a simple table whose bottom border is longer',
    source: '===  ===\na    b\n===  =====\n',
    expected: {
      rule: 'simple-border-mismatch',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Malformed table.\nBottom border or header rule does not match top border. The border on line 3 is 10 characters long, the top border on line 1 8; make them the same length.',
    },
  },
  {
    what: 'a simple table whose bottom border is followed by text',
    source: '===  ===\na    b\n===  ===\nc    d\n',
    expected: {
      rule: 'simple-bottom-border',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Malformed table.\nNo bottom table border found or no blank line after table bottom. The border on line 3 is followed by text: end the table with a border line and a blank line after it.',
    },
  },
  {
    what: 'text in the gap between simple-table columns',
    source: '===  ===\na    bbbbbbb\nxxxxx  d\n===  ===\n',
    expected: {
      rule: 'simple-column-margin',
      severity: 'error',
      line: 3,
      column: 4,
      message:
        'Malformed table.\nText in column margin in table line 3. Line 3 has "x" at column 4, reaching into the gap after table column 1, which must stay blank: widen the column in the borders or move the text.',
    },
  },
  {
    what: 'a span underline off the columns',
    source:
      '=====  =====  =====\na      b      c\n=====  =====  =====\nd      e      f\n-----  - ----------\ng      h      i\n=====  =====  =====\n',
    expected: {
      rule: 'simple-span-alignment',
      severity: 'error',
      line: 5,
      column: 8,
      message:
        "Malformed table.\nColumn span alignment problem in table line 5. A span underline segment starting at column 8 does not line up with the top border's columns (they start at columns 1, 8, 15); each segment must start and end where columns do.",
    },
  },
  {
    what: 'a span underline that stops short',
    source: '=====  =====\na      b\n-----\nc      d\n=====  =====\n',
    expected: {
      rule: 'simple-span-incomplete',
      severity: 'error',
      line: 3,
      column: 6,
      message:
        "Malformed table.\nColumn span incomplete in table line 3. The underline on line 3 ends at column 5; it must reach the end of the top border's last column (column 12).",
    },
  },
  {
    what: 'a substitution definition without contents',
    source: '.. |a|\n',
    expected: {
      rule: 'substitution-empty',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'Substitution definition "a" missing contents.',
    },
  },
  {
    what: 'text right under a simple table',
    source: '===  ===\na    b\n===  ===\ntext\n',
    expected: {
      rule: 'table-blank-line-after',
      severity: 'warning',
      line: 4,
      column: 1,
      message:
        'Blank line required after table. Separate the table from the text after it with an empty line.',
    },
  },
  {
    what: 'a table directive holding text',
    source: '.. table::\n\n   Just text.\n',
    expected: {
      rule: 'table-directive-content',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Error parsing content block for the "table" directive: exactly one table expected.\nThe directive\'s content must be a single grid or simple table (a blank line after it, nothing else indented under the directive).',
    },
  },
  {
    what: 'more header rows than rows',
    source: '.. list-table::\n   :header-rows: 3\n\n   * - a\n   * - b\n',
    expected: {
      rule: 'table-header-rows',
      severity: 'error',
      line: 1,
      column: 1,
      message: '3 header row(s) specified but only 2 row(s) of data supplied ("list-table" directive).',
    },
  },
  {
    what: 'header rows only',
    source: '.. list-table::\n   :header-rows: 2\n\n   * - a\n   * - b\n',
    expected: {
      rule: 'table-no-body',
      severity: 'error',
      line: 1,
      column: 1,
      message:
        'Insufficient data supplied (2 row(s)); no data remaining for table body, required by "list-table" directive.',
    },
  },
  {
    what: 'more stub columns than columns',
    source: '.. list-table::\n   :stub-columns: 3\n\n   * - a\n     - b\n',
    expected: {
      rule: 'table-stub-columns',
      severity: 'error',
      line: 1,
      column: 1,
      message: '3 stub column(s) specified but only 2 columns(s) of data supplied ("list-table" directive).',
    },
  },
  {
    what: 'more widths than columns',
    source: '.. list-table::\n   :widths: 1 2 3\n\n   * - a\n     - b\n',
    expected: {
      rule: 'table-widths-mismatch',
      severity: 'error',
      line: 1,
      column: 1,
      message: '"list-table" widths do not match the number of columns in table (2).',
    },
  },
  {
    what: 'a new adornment style one level too deep',
    source: 'A\n=\n\nB\n-\n\nC\n=\n\nD\n~\n',
    expected: {
      rule: 'title-level-inconsistent',
      severity: 'error',
      line: 10,
      column: 1,
      message:
        'Title level inconsistent:\nThis title uses an adornment style that does not fit the titles before it (a new style must start the next deeper level).',
    },
  },
  {
    what: 'an overline shorter than its title',
    source: '=====\nTitle long\n=====\n',
    expected: {
      rule: 'title-overline-too-short',
      severity: 'warning',
      line: 1,
      column: 1,
      message: 'Title overline too short.',
    },
  },
  {
    what: 'an indented line right after a paragraph',
    source: 'Para one\ncontinues\n   indented\n',
    expected: {
      rule: 'unexpected-indentation',
      severity: 'error',
      line: 3,
      column: 1,
      message:
        'Unexpected indentation.\nThis line is indented, but the paragraph above goes on: put a blank line before an indented block, or remove the indentation.',
    },
  },
  {
    what: 'a title inside a list item',
    source: '- item\n\n  Title\n  =====\n',
    expected: {
      rule: 'unexpected-section-title',
      severity: 'error',
      line: 4,
      column: 3,
      message:
        'Unexpected section title.\nText underlined with punctuation is a section title, which is only allowed at the top level of the document, not in tables, lists or directives.',
    },
  },
  {
    what: 'a bullet list followed by text',
    source: '* item\n  more\nback\n',
    expected: {
      rule: 'unexpected-unindent',
      severity: 'warning',
      line: 3,
      column: 1,
      message: 'Bullet list ends without a blank line; unexpected unindent.',
    },
  },
];

describe('RST reader rules', () => {
  it.each(CASES.map((c) => [c.expected.rule, c.what, c] as const))(
    '%s: %s',
    (_rule, _what, { source, expected }) => {
      expect(parseRst(source).diagnostics).toContainEqual(expected);
    },
  );

  it('has one case per rule', () => {
    const rules = CASES.map((c) => c.expected.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });
});
