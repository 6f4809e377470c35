import type { FileDiagnostic } from '../diagnostics.js';
import type { Catalog, ServiceModel } from '../model/types.js';
import { errorNames } from './error-names.js';
import { STATUS_CLASSES, statusNames } from './status-names.js';

/** Names the root index declares itself, which no service may export. */
const ROOT_NAMES = [
  'AnyStatusCode',
  'AnyErrorCode',
  'ServiceKey',
  'ServiceInfo',
  'SERVICES',
  'assertNever',
  'ErrorInfo',
];

/** Every name a service's modules export (the root index re-exports them all). */
export function exportedNames(service: ServiceModel): string[] {
  const status = statusNames(service);
  const errors = errorNames(service);
  return [
    ...(service.statusCodes.length > 0
      ? [status.enumName, status.codeType, status.codes, status.messages, status.descriptions, status.guard]
      : []),
    ...(service.statusCodes.length > 0 ? STATUS_CLASSES.map((c) => status.classType(c.name)) : []),
    ...(service.errorCodes.length > 0
      ? [errors.enumName, errors.codeType, errors.codes, errors.errors, errors.guard, errors.byStatus]
      : []),
  ];
}

/**
 * Services whose exports would clash in the root index (`x` and `x-informational` both give
 * `XInformationalStatusCode`; a service `any` gives `AnyStatusCode`): an error naming both, since the root
 * index would not compile.
 */
export function exportNameClashes(catalog: Catalog): FileDiagnostic[] {
  const owners = new Map<string, string>(ROOT_NAMES.map((name) => [name, 'the root index']));
  const diagnostics: FileDiagnostic[] = [];
  for (const service of catalog.services) {
    for (const name of exportedNames(service)) {
      const owner = owners.get(name);
      if (owner === undefined) owners.set(name, `service "${service.key}"`);
      else diagnostics.push(clash(service, name, owner));
    }
  }
  return diagnostics;
}

function clash(service: ServiceModel, name: string, owner: string): FileDiagnostic {
  return {
    severity: 'error',
    rule: 'export-name-clash',
    message: `service "${service.key}" would export ${name}, which ${owner} exports too; rename one service folder`,
    file: `tables/${service.key}/service.json`,
    line: 1,
    column: 1,
  };
}
