/**
 * Random catalogs through the emitter and prettier: the output type-checks under the strictest settings, every
 * string reads back exactly at run time (after a round trip through UTF-8, as written to disk), every module
 * exports exactly its documented names, and no comment ends early.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitCatalog } from '../../codegen/emit/emit.js';
import { errorNames } from '../../codegen/emit/error-names.js';
import { stringLiteral } from '../../codegen/emit/literals.js';
import { STATUS_CLASSES, statusNames } from '../../codegen/emit/status-names.js';
import { formatFiles } from '../../codegen/format/format.js';
import type { Catalog, ErrorCodeDetails, ErrorCodeEntry, ServiceModel } from '../../codegen/model/types.js';
import { commentsOf, loadModule, throughUtf8, typeCheck } from './support/compiler.js';
import { exportedNames, randomCatalog } from './support/random-catalog.js';

/**
 * A fixed seed keeps the suite deterministic; FC_SEED and FC_RUNS search further
 * (`FC_SEED=$RANDOM FC_RUNS=500 npx vitest run test/emit/random-catalogs.test.ts`).
 */
const RUNS = { seed: Number(process.env['FC_SEED'] ?? 7), numRuns: Number(process.env['FC_RUNS'] ?? 20) };

/** Outputs by catalog: the properties share a seed, so each catalog is emitted and formatted once. */
const outputs = new Map<string, Promise<Map<string, string>>>();

function generatedFiles(catalog: Catalog): Promise<Map<string, string>> {
  const key = JSON.stringify(catalog);
  const known = outputs.get(key);
  if (known) return known.then((files) => new Map(files));
  const made = formatFiles(emitCatalog(catalog)).then(throughUtf8);
  outputs.set(key, made);
  return made.then((files) => new Map(files));
}

describe('random catalogs through emitCatalog + formatFiles', () => {
  it(
    'type-check under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(randomCatalog, async (catalog) => {
          const files = await generatedFiles(catalog);
          files.set('consumer.ts', consumerOf(catalog));
          expect(typeCheck(files)).toEqual([]);
        }),
        RUNS,
      );
    },
  );

  it(
    'read back every string exactly and export exactly the documented names',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(randomCatalog, async (catalog) => {
          const files = await generatedFiles(catalog);
          for (const service of catalog.services) expectServiceAtRunTime(files, service);
          const root = loadModule(files, 'index.ts');
          expect(Object.keys(root).sort()).toEqual(
            [...catalog.services.flatMap(runtimeNames), 'SERVICES', 'assertNever'].sort(),
          );
          for (const service of catalog.services) {
            expect((root['SERVICES'] as Record<string, unknown>)[service.key]).toStrictEqual({
              name: service.displayName,
              sources: service.documents.map((d) => ({ repository: d.repository, path: d.path })),
            });
          }
        }),
        RUNS,
      );
    },
  );

  it('keep every comment closed where it was opened', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(randomCatalog, async (catalog) => {
        const files = await generatedFiles(catalog);
        for (const [path, text] of files) {
          const { comments, syntaxErrors } = commentsOf(text);
          expect(syntaxErrors, path).toEqual([]);
          for (const comment of comments) {
            if (comment.startsWith('//')) expect(comment, path).not.toMatch(/[\r\n\u2028\u2029]/);
            else expect(comment.indexOf('*/'), path).toBe(comment.length - 2);
            expect(comment, path).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
          }
        }
      }),
      RUNS,
    );
  });
});

/** A consumer module that uses every generated name and key the way application code would. */
function consumerOf(catalog: Catalog): string {
  return catalog.services.map(consumerLines).flat().join('\n') + '\nexport {};\n';
}

function consumerLines(service: ServiceModel): string[] {
  const from = `./${service.key}/index.js`;
  const id = (name: string) => `${name}_${service.key.replace(/-/g, '_')}`;
  const lines: string[] = [];
  if (service.statusCodes.length > 0) {
    const n = statusNames(service);
    const classes = STATUS_CLASSES.map((c) => n.classType(c.name));
    lines.push(
      `import { ${n.enumName}, ${n.codeType}, ${n.codes}, ${n.messages}, ${n.descriptions}, ${n.guard}, type ${classes.join(', type ')} } from '${from}';`,
      `export const ${id('codes')}: readonly ${n.codeType}[] = ${n.codes};`,
      `export const ${id('narrow')} = (value: unknown): ${n.codeType} | undefined => (${n.guard}(value) ? value : undefined);`,
      `export type ${id('Classes')} = ${classes.join(' | ')};`,
      ...service.statusCodes.flatMap((e) => [
        `export const ${id(`enum_${e.code}`)}: ${n.enumName} = ${n.enumName}.${e.name};`,
        `export const ${id(`twin_${e.code}`)}: ${e.code} = ${n.codeType}.${e.name};`,
        `export const ${id(`message_${e.code}`)}: string = ${n.messages}[${e.code}];`,
        `export const ${id(`descriptions_${e.code}`)}: readonly string[] = ${n.descriptions}[${e.code}];`,
      ]),
    );
  }
  if (service.errorCodes.length > 0) {
    const n = errorNames(service);
    lines.push(
      `import { ${n.enumName}, ${n.codeType}, ${n.codes}, ${n.errors}, ${n.guard}, type ${n.byStatus} } from '${from}';`,
      `import type { ErrorInfo as ${id('ErrorInfo')} } from './error-info.js';`,
      `export const ${id('errorCodes')}: readonly ${n.codeType}[] = ${n.codes};`,
      `export const ${id('narrowError')} = (value: unknown): ${n.codeType} | undefined => (${n.guard}(value) ? value : undefined);`,
      `export type ${id('ByStatus')} = ${n.byStatus}[keyof ${n.byStatus}];`,
      ...service.errorCodes.flatMap((e, index) => [
        `export const ${id(`error_${index}`)}: ${n.enumName} = ${n.enumName}.${e.name};`,
        `export const ${id(`errorTwin_${index}`)}: ${stringLiteral(e.code)} = ${n.codeType}.${e.name};`,
        `export const ${id(`info_${index}`)}: ${id('ErrorInfo')} = ${n.errors}[${stringLiteral(e.code)}];`,
      ]),
    );
  }
  return lines;
}

function expectServiceAtRunTime(files: ReadonlyMap<string, string>, service: ServiceModel): void {
  const api = loadModule(files, `${service.key}/index.ts`);
  expect(Object.keys(api).sort()).toEqual(runtimeNames(service).sort());
  if (service.statusCodes.length > 0) expectStatusAtRunTime(api, service);
  if (service.errorCodes.length > 0) expectErrorsAtRunTime(api, service);
}

/** The names a service exports as values (its type-only exports vanish from the JavaScript). */
function runtimeNames(service: ServiceModel): string[] {
  const typeOnly = new Set([
    ...STATUS_CLASSES.map((c) => statusNames(service).classType(c.name)),
    errorNames(service).byStatus,
  ]);
  return exportedNames(service).filter((name) => !typeOnly.has(name));
}

function expectStatusAtRunTime(api: Record<string, unknown>, service: ServiceModel): void {
  const n = statusNames(service);
  const entries = service.statusCodes;
  const enumObject = api[n.enumName] as Record<string, unknown>;
  const twin = api[n.codeType] as Record<string, unknown>;
  const messages = api[n.messages] as Record<number, unknown>;
  const descriptions = api[n.descriptions] as Record<number, unknown>;
  const guard = api[n.guard] as (value: unknown) => boolean;
  expect(api[n.codes]).toEqual(entries.map((e) => e.code));
  expect(Object.keys(twin)).toEqual(entries.map((e) => e.name));
  for (const e of entries) {
    expect(enumObject[e.name]).toBe(e.code);
    expect(enumObject[e.code]).toBe(e.name);
    expect(twin[e.name]).toBe(e.code);
    expect(messages[e.code]).toBe(e.message);
    expect(descriptions[e.code]).toEqual(e.descriptions);
    expect(guard(e.code)).toBe(true);
  }
  expect(Object.isFrozen(messages) && Object.isFrozen(descriptions) && Object.isFrozen(twin)).toBe(true);
}

function expectErrorsAtRunTime(api: Record<string, unknown>, service: ServiceModel): void {
  const n = errorNames(service);
  const entries = service.errorCodes;
  const enumObject = api[n.enumName] as Record<string, unknown>;
  const twin = api[n.codeType] as Record<string, unknown>;
  const errors = api[n.errors] as Record<string, unknown>;
  const guard = api[n.guard] as (value: unknown) => boolean;
  expect(api[n.codes]).toEqual(entries.map((e) => e.code));
  expect(Object.keys(enumObject)).toEqual(entries.map((e) => e.name));
  expect(Object.keys(twin)).toEqual(entries.map((e) => e.name));
  expect(Object.keys(errors).sort()).toEqual(entries.map((e) => e.code).sort());
  for (const e of entries) {
    expect(enumObject[e.name]).toBe(e.code);
    expect(twin[e.name]).toBe(e.code);
    expect(Object.hasOwn(errors, e.code)).toBe(true);
    expect(errors[e.code]).toStrictEqual(expectedInfo(e));
    expect(Object.isFrozen(errors[e.code])).toBe(true);
    expect(guard(e.code)).toBe(true);
  }
}

/** The `ErrorInfo` the docs give an entry: optional fields absent, `variants` only where there are some. */
function expectedInfo(entry: ErrorCodeEntry): Record<string, unknown> {
  const details = (d: ErrorCodeDetails) => ({
    status: d.status,
    ...(d.message === undefined ? {} : { message: d.message }),
    ...(d.description === undefined ? {} : { description: d.description }),
    ...(d.solution === undefined ? {} : { solution: d.solution }),
    ...(d.group === undefined ? {} : { group: d.group }),
  });
  return {
    ...details(entry),
    ...(entry.variants.length > 0 ? { variants: entry.variants.map(details) } : {}),
  };
}
