import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runTsc, STRICT_FLAGS } from './tsc.js';

const fixture = (name: string) => join('test', 'types', 'fixtures', name);

function generatedFiles(filter: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, 'generated'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && filter(name))
    .map((name) => join('generated', name))
    .sort();
}

describe('consumer code under the real TypeScript compiler', () => {
  it('accepts exhaustive switches and the documented API shapes under strict settings', () => {
    const result = runTsc([
      ...STRICT_FLAGS,
      fixture('exhaustive-switch.ts'),
      fixture('api-shapes.ts'),
      fixture('error-codes.ts'),
    ]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('rejects an LTS switch missing 429', () => {
    const result = runTsc([...STRICT_FLAGS, fixture('missing-case.ts')]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /missing-case\.ts\(\d+,\d+\): error TS2345: Argument of type '429' is not assignable to parameter of type 'never'/,
    );
  });

  it('rejects an ELB switch over the const twin missing 504', () => {
    const result = runTsc([...STRICT_FLAGS, fixture('missing-case-elb.ts')]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /missing-case-elb\.ts\(\d+,\d+\): error TS2345: Argument of type '504' is not assignable to parameter of type 'never'/,
    );
  });

  it('rejects an error-code switch over a by-status union missing a code', () => {
    const result = runTsc([...STRICT_FLAGS, fixture('missing-error-case.ts')]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /missing-error-case\.ts\(\d+,\d+\): error TS2345: Argument of type '"HSS\.0041"' is not assignable to parameter of type 'never'/,
    );
  });
});

describe('generated/ under the real TypeScript compiler', () => {
  it('compiles under strict, isolatedModules, verbatimModuleSyntax, noUncheckedIndexedAccess, exactOptionalPropertyTypes', () => {
    const result = runTsc([...STRICT_FLAGS, ...generatedFiles(() => true)]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('compiles its enum-free modules, and all they import, under erasableSyntaxOnly', () => {
    const files = generatedFiles((name) => !name.endsWith('enum.ts') && !name.endsWith('index.ts'));
    expect(files.length).toBeGreaterThan(2);
    const result = runTsc([...STRICT_FLAGS, '--erasableSyntaxOnly', ...files]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('needs the enum files kept apart: they fail under erasableSyntaxOnly', () => {
    const result = runTsc([
      ...STRICT_FLAGS,
      '--erasableSyntaxOnly',
      ...generatedFiles((n) => n.endsWith('enum.ts')),
    ]);
    expect(result.output).toMatch(/error TS1294/);
  });
});
