import { describe, expect, it } from 'vitest';
import { normalizeHeader, statusColumnRoles } from '../../codegen/model/columns.js';

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

describe('statusColumnRoles', () => {
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
