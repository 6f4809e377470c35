import { fail, isRecord, parseJsonText, type InputResult } from './json-input.js';

/** IANA's registered reason phrase per status code; codes listed as "(Unused)" are absent. */
export type IanaRegistry = ReadonlyMap<number, string>;

/** Reads `tables/iana-http-status-codes.json` into a code → reason phrase map. */
export function parseIanaRegistry(text: string): InputResult<IanaRegistry> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const codes = isRecord(json.value) ? json.value['codes'] : undefined;
  if (!Array.isArray(codes))
    return { ok: false, diagnostics: [fail('expected an object with a "codes" list', 'iana-shape')] };
  const registry = new Map<number, string>();
  for (const [index, entry] of codes.entries()) {
    const code = isRecord(entry) ? entry['code'] : undefined;
    const phrase = isRecord(entry) ? entry['phrase'] : undefined;
    if (
      typeof code !== 'number' ||
      !Number.isInteger(code) ||
      (phrase !== null && typeof phrase !== 'string')
    ) {
      return {
        ok: false,
        diagnostics: [
          fail(`codes[${index}] needs an integer "code" and a string or null "phrase"`, 'iana-shape'),
        ],
      };
    }
    if (typeof phrase === 'string') registry.set(code, phrase);
  }
  return { ok: true, value: registry };
}
