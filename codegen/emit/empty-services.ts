import type { FileDiagnostic } from '../diagnostics.js';
import type { Catalog } from '../model/types.js';

/**
 * Services whose pages give no code at all: their module would be empty and the root index would not compile,
 * so each is an error at its first page. (A catalog may hold them: the change report compares such pages too.)
 */
export function servicesWithoutCodes(catalog: Catalog): FileDiagnostic[] {
  return catalog.services
    .filter((service) => service.statusCodes.length === 0 && service.errorCodes.length === 0)
    .map((service) => ({
      severity: 'error',
      rule: 'service-without-codes',
      message: `service "${service.key}" documents no status code and no error code: none of its pages has a table with a status-code or error-code column`,
      file: service.sourceFiles[0] ?? `tables/${service.key}/service.json`,
      line: 1,
      column: 1,
    }));
}
