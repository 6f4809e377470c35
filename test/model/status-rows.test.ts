import { describe, expect, it } from 'vitest';
import { classifyColumns } from '../../codegen/model/columns.js';
import { statusMentionsOfTable } from '../../codegen/model/status-rows.js';
import { headerLabels } from '../../codegen/model/table-rows.js';
import type { Table } from '../../codegen/parse/types.js';
import { cell, tableOf } from '../support/tables.js';

function read(table: Table) {
  const layout = classifyColumns(headerLabels(table));
  if (layout?.kind !== 'status') throw new Error('not a status table');
  return statusMentionsOfTable(table, layout);
}

const HEADER = ['Status Code', 'Message', 'Description'];

describe('statusMentionsOfTable', () => {
  it('reads one mention per row with its places', () => {
    const { mentions, diagnostics } = read(tableOf(HEADER, [['200', 'OK', 'Fine.']]));
    expect(diagnostics).toEqual([]);
    expect(mentions).toEqual([
      {
        code: 200,
        message: 'OK',
        messagePlace: { line: 10, column: 11 },
        description: 'Fine.',
        place: { line: 10, column: 1 },
      },
    ]);
  });

  it('continues the code above on rows with an empty code cell', () => {
    const { mentions } = read(
      tableOf(HEADER, [
        ['400', 'Bad Request', 'Invalid URI.'],
        ['', '', 'Too long header.'],
      ]),
    );
    expect(mentions.map((m) => [m.code, m.message, m.description, m.place.line])).toEqual([
      [400, 'Bad Request', 'Invalid URI.', 10],
      [400, undefined, 'Too long header.', 10],
    ]);
  });

  it('continues a code whose cell spans rows', () => {
    const table = tableOf(HEADER, [
      [cell('404', 10, 1, { morerows: 1 }), 'Not Found', 'No URI.'],
      [cell('', 11, 11), cell('No resource.', 11, 21)],
    ]);
    expect(read(table).mentions.map((m) => [m.code, m.description])).toEqual([
      [404, 'No URI.'],
      [404, 'No resource.'],
    ]);
  });

  it('splits "400/404" into one mention per code and takes the message after a code', () => {
    const { mentions } = read(
      tableOf(
        ['Status Code', 'Description'],
        [
          ['400/404', 'Bad.'],
          ['500 Internal Server Error', 'Boom.'],
        ],
      ),
    );
    expect(mentions.map((m) => [m.code, m.message, m.description])).toEqual([
      [400, undefined, 'Bad.'],
      [404, undefined, 'Bad.'],
      [500, 'Internal Server Error', 'Boom.'],
    ]);
  });

  it('skips class rows and tables without a status-code column', () => {
    expect(read(tableOf(HEADER, [['4xx', 'Client errors', '']])).mentions).toEqual([]);
    expect(classifyColumns(['Parameter', 'Type'])).toBeUndefined();
  });

  it('reports a code cell that is not a number at its place', () => {
    const { diagnostics } = read(
      tableOf(HEADER, [
        ['200', 'OK', ''],
        ['abc', 'Oops', ''],
      ]),
    );
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'status-code-not-numeric',
        message: 'status code "abc" is not a number from 100 to 599',
        line: 11,
        column: 1,
      },
    ]);
  });

  it('reports a first row without a code', () => {
    const { diagnostics } = read(tableOf(HEADER, [['', 'OK', 'Fine.']]));
    expect(diagnostics).toMatchObject([{ rule: 'status-code-missing', line: 10, column: 1 }]);
  });
});
