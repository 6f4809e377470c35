import { describe, expect, it } from 'vitest';
import { classifyColumns, normalizeHeader } from '../../codegen/model/columns.js';

describe('normalizeHeader', () => {
  it.each([
    ['Status Codes', 'status code'],
    ['  HTTP   Status\nCode ', 'http status code'],
    ['Status', 'status'],
    ['Returned Values', 'returned value'],
  ])('%j → %j', (label, expected) => {
    expect(normalizeHeader(label)).toBe(expected);
  });
});

/** The roles of a status table's columns, or undefined for any other table. */
function statusColumnRoles(headers: readonly string[]) {
  const layout = classifyColumns(headers);
  return layout?.kind === 'status' ? layout.roles : undefined;
}

describe('classifyColumns on status tables', () => {
  it('reads the LTS header: "Returned Value" beside a code column is the message', () => {
    expect(statusColumnRoles(['Status Code', 'Returned Value', 'Description'])).toEqual([
      'status-code',
      'message',
      'description',
    ]);
  });

  it('takes "Returned Value" as the code column when nothing else names one', () => {
    expect(statusColumnRoles(['Returned Value', 'Description'])).toEqual(['status-code', 'description']);
  });

  it('finds a code column that is not first', () => {
    expect(statusColumnRoles(['Message', 'Status Codes', 'Meaning'])).toEqual([
      'message',
      'status-code',
      'description',
    ]);
  });

  it('returns undefined for a table without a status-code column', () => {
    expect(statusColumnRoles(['Parameter', 'Type', 'Description'])).toBeUndefined();
  });

  it('keeps only the first column of each role', () => {
    expect(statusColumnRoles(['Status Code', 'Message', 'Status'])).toEqual([
      'status-code',
      'message',
      'other',
    ]);
  });
});

describe('classifyColumns on the corpus header variants', () => {
  it.each([
    [
      ['Status Code', 'Error Codes', 'Error Message', 'Description', 'Solution'],
      'error',
      ['status-code', 'error-code', 'message', 'description', 'solution'],
    ],
    [
      ['Error Code', 'Status Code', 'Error', 'Description', 'Solution'],
      'error',
      ['error-code', 'status-code', 'message', 'description', 'solution'],
    ],
    [
      ['Module', 'HTTP Status Code', 'Error Code', 'Error Code Description', 'Error Message', 'Measure'],
      'error',
      ['group', 'status-code', 'error-code', 'description', 'message', 'solution'],
    ],
    [
      ['Service', 'Error Code', 'HTTP Status Code', 'Description', 'Handling Measure'],
      'error',
      ['group', 'error-code', 'status-code', 'description', 'solution'],
    ],
    [['Error Code', 'Response Code', 'Description'], 'error', ['error-code', 'status-code', 'description']],
    [['Error Type', 'Response Code', 'Description'], 'error', ['error-code', 'status-code', 'description']],
    [
      ['Module', 'Status Code', 'Type', 'Error Code', 'Possible Cause'],
      'error',
      ['group', 'status-code', 'other', 'error-code', 'description'],
    ],
    [['Status Code', 'Type', 'Description'], 'status', ['status-code', 'message', 'description']],
    [['Status Code', 'Description', 'Description'], 'status', ['status-code', 'message', 'description']],
    [['Status Code', 'Description', 'Meaning'], 'status', ['status-code', 'message', 'description']],
    [['Normal Response Code', 'Type', 'Description'], 'status', ['status-code', 'message', 'description']],
    [['Status Code & Message', 'Description'], 'status', ['status-code', 'description']],
    [['Successful Response', 'Message', 'Description'], 'status', ['status-code', 'message', 'description']],
    [['Status Code', 'Encoding', 'State Description'], 'status', ['status-code', 'message', 'description']],
  ] as const)('%j', (headers, kind, roles) => {
    expect(classifyColumns(headers)).toEqual({ kind, roles });
  });

  it('is not fooled by grouping or parameter tables', () => {
    expect(classifyColumns(['Category', 'Description'])).toBeUndefined();
    expect(classifyColumns(['Header', 'Description'])).toBeUndefined();
  });
});
