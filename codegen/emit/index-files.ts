import type { FileStatements as SourceFile } from './statements.js';
import type { Catalog, ServiceModel } from '../model/types.js';
import { addConst, addType, unionOf } from './declarations.js';
import { errorNames } from './error-names.js';
import { deepFrozenObject, plainArray, plainRecord } from './frozen.js';
import { docDescription } from './jsdoc.js';
import { stringLiteral } from './literals.js';
import { statusNames } from './status-names.js';

/** The modules a service's folder holds, by what the service documents. */
export function serviceModules(service: ServiceModel): string[] {
  return [
    ...(service.statusCodes.length > 0 ? ['status-enum', 'status'] : []),
    ...(service.errorCodes.length > 0 ? ['error-enum', 'errors'] : []),
  ];
}

/** Re-exports a service's enum and enum-free modules from `generated/<key>/index.ts`. */
export function addServiceIndex(file: SourceFile, service: ServiceModel): void {
  for (const module of serviceModules(service))
    file.addExportDeclaration({ moduleSpecifier: `./${module}.js` });
}

/** The root index: every service's names, the service list, the cross-service unions and `assertNever`. */
export function addRootIndex(file: SourceFile, catalog: Catalog): void {
  for (const service of catalog.services)
    file.addExportDeclaration({ moduleSpecifier: `./${service.key}/index.js` });
  file.addExportDeclaration({ namedExports: ['assertNever'], moduleSpecifier: './assert-never.js' });
  file.addExportDeclaration({
    isTypeOnly: true,
    namedExports: ['ErrorInfo'],
    moduleSpecifier: './error-info.js',
  });
  const statusTypes = importCodeTypes(file, catalog, 'status', (s) => statusNames(s).codeType);
  const errorTypes = importCodeTypes(file, catalog, 'errors', (s) => errorNames(s).codeType);
  addType(file, 'AnyStatusCode', unionOf(statusTypes), 'Every HTTP status code any service documents.');
  addType(file, 'AnyErrorCode', unionOf(errorTypes), 'Every error code any service documents.');
  addServices(file, catalog);
}

function importCodeTypes(
  file: SourceFile,
  catalog: Catalog,
  module: 'status' | 'errors',
  typeName: (service: ServiceModel) => string,
): string[] {
  const services = catalog.services.filter((s) => serviceModules(s).includes(module));
  for (const service of services) {
    file.addImportDeclaration({
      isTypeOnly: true,
      namedImports: [typeName(service)],
      moduleSpecifier: `./${service.key}/${module}.js`,
    });
  }
  return services.map(typeName);
}

function addServices(file: SourceFile, catalog: Catalog): void {
  addType(
    file,
    'ServiceKey',
    unionOf(catalog.services.map((s) => stringLiteral(s.key))),
    'The key of every service, as used in import paths.',
  );
  file.addInterface({
    name: 'ServiceInfo',
    isExported: true,
    docs: [{ description: docDescription(['A service and the upstream documents its codes come from.']) }],
    properties: [
      { name: 'name', type: 'string', isReadonly: true, docs: ['Display name, e.g. "Log Tank Service".'] },
      {
        name: 'sources',
        type: 'readonly { readonly repository: string; readonly path: string }[]',
        isReadonly: true,
        docs: ['Upstream repository (`owner/name`) and path of each document.'],
      },
    ],
  });
  const services = catalog.services.map((service) => ({
    key: service.key,
    value: plainRecord([
      ['name', stringLiteral(service.displayName)],
      [
        'sources',
        plainArray(
          service.documents.map((d) =>
            plainRecord([
              ['repository', stringLiteral(d.repository)],
              ['path', stringLiteral(d.path)],
            ]),
          ),
        ),
      ],
    ]),
    doc: [service.displayName],
  }));
  file.addImportDeclaration({ namedImports: ['deepFreeze'], moduleSpecifier: './freeze.js' });
  addConst(
    file,
    'SERVICES',
    'Readonly<Record<ServiceKey, ServiceInfo>>',
    deepFrozenObject(services, 'Readonly<Record<ServiceKey, ServiceInfo>>'),
    'Every service, by key.',
  );
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

/** `deepFreeze`: freezes generated data maps and everything inside them, once, at load time. */
export function addDeepFreeze(file: SourceFile): void {
  file.addFunction({
    name: 'deepFreeze',
    isExported: true,
    typeParameters: ['T'],
    parameters: [{ name: 'value', type: 'T' }],
    returnType: 'T',
    statements: (writer) =>
      writer
        .writeLine("if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {")
        .indent(() => {
          writer.writeLine('Object.freeze(value);');
          writer.writeLine('for (const item of Object.values(value)) deepFreeze(item);');
        })
        .writeLine('}')
        .writeLine('return value;'),
    docs: [
      {
        description: docDescription([
          'Freezes a value and every object and array inside it, so that generated data cannot be changed at run time.',
        ]),
      },
    ],
  });
}

/** Source files a service's generated files are built from, for their headers. */
export function serviceSources(service: ServiceModel): string[] {
  return [...service.sourceFiles, 'tables/iana-http-status-codes.json'];
}
