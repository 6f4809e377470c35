import { describe, expect, it } from 'vitest';
import { buildStatusEntries, type FileMention } from '../../codegen/model/status-entries.js';

const IANA = new Map([
  [200, 'OK'],
  [201, 'Created'],
  [400, 'Bad Request'],
  [500, 'Internal Server Error'],
]);

function mention(
  code: number,
  message: string | undefined,
  description: string | undefined,
  line: number,
): FileMention {
  return {
    code,
    message,
    description,
    file: 'tables/x/a.rst',
    place: { line, column: 3 },
    messagePlace: { line, column: 9 },
  };
}

describe('buildStatusEntries', () => {
  it('merges mentions per code, ascending, descriptions in document order', () => {
    const { entries, diagnostics } = buildStatusEntries(
      [
        mention(400, 'Bad Request', 'One.', 5),
        mention(200, 'OK', 'Fine.', 3),
        mention(400, undefined, 'Two.', 5),
      ],
      IANA,
    );
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.code, e.name, e.message, e.descriptions, e.source.line])).toEqual([
      [200, 'OK', 'OK', ['Fine.'], 3],
      [400, 'BAD_REQUEST', 'Bad Request', ['One.', 'Two.'], 5],
    ]);
  });

  it("names members after IANA's phrase and warns where the doc's message differs", () => {
    const { entries, diagnostics } = buildStatusEntries([mention(201, 'OK', 'Made.', 4)], IANA);
    expect(entries[0]).toMatchObject({ code: 201, name: 'CREATED', message: 'OK', ianaPhrase: 'Created' });
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        rule: 'message-differs-from-iana',
        message: `the message of 201 is "OK", IANA's reason phrase is "Created"; the member is named after IANA's phrase`,
        file: 'tables/x/a.rst',
        line: 4,
        column: 9,
      },
    ]);
  });

  it('names an unregistered code after its message', () => {
    const { entries, diagnostics } = buildStatusEntries(
      [mention(499, 'Client Closed Request', undefined, 2)],
      IANA,
    );
    expect(entries[0]?.name).toBe('CLIENT_CLOSED_REQUEST');
    expect(diagnostics).toEqual([]);
  });

  it('reports the same code with two messages as an error naming both places', () => {
    const { diagnostics } = buildStatusEntries(
      [mention(400, 'Bad Request', 'a', 5), mention(400, 'Wrong', 'b', 9)],
      IANA,
    );
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'duplicate-status-code',
        message:
          'status code 400 is documented twice with different messages: "Wrong" here and "Bad Request" at tables/x/a.rst:5:9',
        file: 'tables/x/a.rst',
        line: 9,
        column: 9,
      },
    ]);
  });

  it("accepts a message ending in a period or in other case as IANA's phrase", () => {
    expect(buildStatusEntries([mention(400, 'bad request.', undefined, 1)], IANA).diagnostics).toEqual([]);
  });
});
