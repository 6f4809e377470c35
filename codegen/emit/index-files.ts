import type { SourceFile } from 'ts-morph';
import type { Catalog, ServiceModel } from '../model/types.js';
import { docDescription } from './jsdoc.js';
import { statusNames } from './status-names.js';

/** Re-exports a service's enum and enum-free modules from `generated/<key>/index.ts`. */
export function addServiceIndex(file: SourceFile): void {
  file.addExportDeclaration({ moduleSpecifier: './status-enum.js' });
  file.addExportDeclaration({ moduleSpecifier: './status.js' });
}

/** The root index: every service's names, the cross-service union and `assertNever`. */
export function addRootIndex(file: SourceFile, catalog: Catalog): void {
  for (const service of catalog.services) {
    file.addExportDeclaration({ moduleSpecifier: `./${service.key}/index.js` });
  }
  file.addExportDeclaration({ namedExports: ['assertNever'], moduleSpecifier: './assert-never.js' });
  for (const service of catalog.services) {
    file.addImportDeclaration({
      isTypeOnly: true,
      namedImports: [statusNames(service).codeType],
      moduleSpecifier: `./${service.key}/status.js`,
    });
  }
  file.addTypeAlias({
    name: 'AnyStatusCode',
    isExported: true,
    type: catalog.services.map((s) => statusNames(s).codeType).join(' | ') || 'never',
    docs: [{ description: docDescription(['Every HTTP status code any service documents.']) }],
  });
}

/** `assertNever`: closes an exhaustive switch at compile time and fails loudly at run time. */
export function addAssertNever(file: SourceFile): void {
  file.addFunction({
    name: 'assertNever',
    isExported: true,
    parameters: [{ name: 'value', type: 'never' }],
    returnType: 'never',
    statements: (writer) =>
      writer.write(
        "throw new TypeError(`Unexpected value: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`);",
      ),
    docs: [
      {
        description: docDescription([
          'Marks the end of an exhaustive `switch`: the call only compiles when every case is handled, and at run time it throws a `TypeError` naming the unexpected value.',
        ]),
      },
    ],
  });
}

/** Source files a service's generated files are built from, for their headers. */
export function serviceSources(service: ServiceModel): string[] {
  return [...service.sourceFiles, 'tables/iana-http-status-codes.json'];
}
