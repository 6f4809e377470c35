import { describe, expect, it } from 'vitest';
import { classifyColumns } from '../../codegen/model/columns.js';
import { errorMentionsOfTable } from '../../codegen/model/error-rows.js';
import { headerLabels } from '../../codegen/model/table-rows.js';
import type { Table } from '../../codegen/parse/types.js';
import { cell, tableOf } from '../support/tables.js';

function read(table: Table) {
  const layout = classifyColumns(headerLabels(table));
  if (layout?.kind !== 'error') throw new Error('not an error table');
  return errorMentionsOfTable(table, layout);
}

describe('errorMentionsOfTable', () => {
  it('reads status, code, message, description and solution, keeping absent fields absent', () => {
    const { mentions, diagnostics } = read(
      tableOf(
        ['Status Code', 'Error Codes', 'Error Message', 'Description', 'Solution'],
        [
          ['400', 'APIG.0101', 'Not found.', 'The API does not exist.', 'Check the API.'],
          ['500/503', 'APIG.0102', '', '', ''],
        ],
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(mentions).toEqual([
      {
        code: 'APIG.0101',
        status: [400],
        message: 'Not found.',
        description: 'The API does not exist.',
        solution: 'Check the API.',
        place: { line: 10, column: 11 },
      },
      { code: 'APIG.0102', status: [500, 503], place: { line: 11, column: 11 } },
    ]);
  });

  it('finds the code column anywhere and carries grouping columns down over empty cells', () => {
    const { mentions } = read(
      tableOf(
        ['Module', 'Error Code', 'Status Code', 'Description'],
        [
          ['API', 'ces.0001', '400', 'Empty content.'],
          ['', 'ces.0003', '400', 'Bad project.'],
          ['Alarm', 'ces.0014', '400', 'Bad alarm.'],
        ],
      ),
    );
    expect(mentions.map((m) => [m.code, m.group])).toEqual([
      ['ces.0001', { Module: 'API' }],
      ['ces.0003', { Module: 'API' }],
      ['ces.0014', { Module: 'Alarm' }],
    ]);
  });

  it('adds continuation rows to the entry above', () => {
    const { mentions } = read(
      tableOf(
        ['Module', 'Status Code', 'Type', 'Error Code', 'Possible Cause'],
        [
          ['Public', '400', 'Bad request', 'ELB.8902', 'Malformed request URI or body.'],
          ['', '', '', '', 'Invalid parameters.'],
        ],
      ),
    );
    expect(mentions).toEqual([
      {
        code: 'ELB.8902',
        status: [400],
        description: 'Malformed request URI or body.\nInvalid parameters.',
        group: { Module: 'Public' },
        place: { line: 10, column: 31 },
      },
    ]);
  });

  it('gives every row the status of a status cell spanning rows', () => {
    const table = tableOf(
      ['Status Code', 'Error Code', 'Error Message'],
      [
        [cell('404', 10, 1, { morerows: 1 }), 'X.1', 'One'],
        [cell('X.2', 11, 11), cell('Two', 11, 21)],
      ],
    );
    expect(read(table).mentions.map((m) => [m.code, m.status])).toEqual([
      ['X.1', [404]],
      ['X.2', [404]],
    ]);
  });

  it('skips unreadable rows with a warning, and rows whose code is a dash silently', () => {
    const { mentions, diagnostics } = read(
      tableOf(
        ['Status Code', 'Error Code', 'Error Message'],
        [
          ['Other', 'If other error codes cannot be rectified, contact support.', ''],
          ['400', '-', 'No code.'],
          ['4O0', 'X.1', 'Typo in status.'],
        ],
      ),
    );
    expect(mentions).toEqual([
      { code: 'X.1', status: [], message: 'Typo in status.', place: { line: 12, column: 11 } },
    ]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'error-code-unreadable',
        message:
          '"If other error codes cannot be rectified, contact support." is not an error code; the row is skipped',
        line: 10,
        column: 11,
      },
      {
        severity: 'warning',
        rule: 'error-status-unreadable',
        message: 'status code "4O0" is not a number from 100 to 599; the error code gets no HTTP status',
        line: 12,
        column: 1,
      },
    ]);
  });
});
