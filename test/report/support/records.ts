import type {
  CatalogDocument,
  ErrorCodeRecord,
  ServiceRecord,
  StatusCodeRecord,
} from '../../../codegen/emit/catalog-json.js';

const SOURCE = { file: 'tables/svc/page.rst', line: 1, column: 1 };

/** A status-code record for report tests. */
export function status(
  code: number,
  name: string,
  message: string,
  descriptions: string[] = [],
): StatusCodeRecord {
  return { code, name, message, descriptions, source: SOURCE };
}

/** An error-code record for report tests. */
export function error(
  code: string,
  status: number[],
  fields: Partial<Omit<ErrorCodeRecord, 'code' | 'status' | 'source'>> = {},
): ErrorCodeRecord {
  return {
    code,
    name: fields.name ?? code.replace(/\W/g, '_'),
    status,
    variants: [],
    ...fields,
    source: SOURCE,
  };
}

/** A service record for report tests. */
export function service(
  key: string,
  statusCodes: StatusCodeRecord[],
  errorCodes: ErrorCodeRecord[] = [],
  name = key.toUpperCase(),
): ServiceRecord {
  return { key, name, documents: [], statusCodes, errorCodes };
}

/** A catalog document for report tests. */
export function catalog(...services: ServiceRecord[]): CatalogDocument {
  return { $comment: 'test', format: 1, services };
}
