import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIanaRegistry } from '../../codegen/read/iana.js';
import { ROOT } from '../support/run-generate.js';

describe('parseIanaRegistry', () => {
  const registry = parseIanaRegistry(readFileSync(join(ROOT, 'tables', 'iana-http-status-codes.json'), 'utf8'));

  it('reads the committed registry: RFC 9110 phrases, later registrations, unused codes left out', () => {
    expect(registry.ok).toBe(true);
    if (!registry.ok) return;
    expect(registry.value.get(201)).toBe('Created');
    expect(registry.value.get(413)).toBe('Content Too Large');
    expect(registry.value.get(422)).toBe('Unprocessable Content');
    expect(registry.value.get(429)).toBe('Too Many Requests');
    expect(registry.value.has(306)).toBe(false);
    expect(registry.value.has(418)).toBe(false);
    expect(registry.value.size).toBe(61);
  });

  it('rejects an entry without an integer code', () => {
    expect(parseIanaRegistry('{"codes":[{"code":"200","phrase":"OK"}]}')).toMatchObject({
      ok: false,
      diagnostics: [{ rule: 'iana-shape' }],
    });
  });
});
