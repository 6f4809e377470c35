import { describe, expect, it } from 'vitest';
import { stripComments } from './strip-comments.js';

describe('stripComments', () => {
  it('drops JSDoc, block and line comments, with the lines they stand alone on', () => {
    const code = [
      '// Generated header',
      '/** The codes. */',
      'export const X = Object.freeze({',
      '    /**',
      '     * `200` OK',
      '     */',
      '    OK: 200, // trailing',
      '    /* block */ CREATED: 201,',
      '});',
      '',
    ].join('\n');
    expect(stripComments(code)).toBe(
      ['export const X = Object.freeze({', '    OK: 200,', '     CREATED: 201,', '});', ''].join('\n'),
    );
  });

  it('keeps the annotations bundlers read', () => {
    const code = 'export const X = /* @__PURE__ */ Object.freeze([]);\nconst y = /*#__PURE__*/ f();\n';
    expect(stripComments(code)).toBe(code);
  });

  it('leaves strings, templates and regular expressions that look like comments alone', () => {
    const code = [
      "const a = 'ends a comment */ and opens one /* here';",
      'const b = "// not a comment";',
      'const c = `/** ${a /* gone */} */ // still text`;',
      'const d = /\\/\\*[^]*?\\*\\//g;',
      '',
    ].join('\n');
    expect(stripComments(code)).toBe(code.replace('/* gone */', ''));
  });

  it('keeps words apart where a comment separated them', () => {
    expect(stripComments('return/* x */value;')).toBe('return value;');
  });
});
