import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../codegen/read/manifest.js';

describe('parseManifest', () => {
  it('reads the name and documents', () => {
    const text = JSON.stringify({
      name: 'Log Tank Service',
      documents: [{ file: 'status-codes.rst', repository: 'o/r', path: 'a/b.rst' }],
    });
    expect(parseManifest(text)).toEqual({
      ok: true,
      value: { name: 'Log Tank Service', documents: [{ file: 'status-codes.rst', repository: 'o/r', path: 'a/b.rst' }] },
    });
  });

  it('reports a JSON syntax error at its line and column', () => {
    const result = parseManifest('{\n  "name": "x",\n  oops\n}');
    expect(result).toMatchObject({ ok: false, diagnostics: [{ rule: 'json-syntax', line: 3, column: 3 }] });
  });

  it('reports every missing field at once', () => {
    const result = parseManifest(JSON.stringify({ documents: [{ file: 'a.rst' }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostics.map((d) => d.message)).toEqual([
        'service.json needs a non-empty "name" (the display name)',
        'documents[0] needs string fields "file", "repository" and "path"',
      ]);
    }
  });

  it('refuses a document path that leaves the service folder', () => {
    const result = parseManifest(
      JSON.stringify({ name: 'x', documents: [{ file: '../elb/status-codes.rst', repository: 'o/r', path: 'p' }] }),
    );
    expect(result).toMatchObject({ ok: false, diagnostics: [{ rule: 'manifest-shape' }] });
  });
});
