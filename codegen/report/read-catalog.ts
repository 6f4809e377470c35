import {
  CATALOG_FORMAT,
  type CatalogDocument,
  type ErrorCodeRecord,
  type ErrorDetailsRecord,
  type ServiceRecord,
  type StatusCodeRecord,
} from '../emit/catalog-json.js';

/** A previous catalog read back from `generated/catalog.json`, or why it could not be used. */
export type PreviousCatalog =
  { readonly ok: true; readonly catalog: CatalogDocument } | { readonly ok: false; readonly reason: string };

/**
 * Reads the text of a previous `generated/catalog.json`. Anything that is not a catalog of the known format
 * is refused with a reason (the caller then compares against nothing), never trusted half-way.
 */
export function readCatalogDocument(text: string): PreviousCatalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value) || value['format'] !== CATALOG_FORMAT || !Array.isArray(value['services'])) {
    return { ok: false, reason: `not a catalog of format ${CATALOG_FORMAT}` };
  }
  const bad = value['services'].findIndex((service) => !isService(service));
  if (bad >= 0) return { ok: false, reason: `services[${bad}] is not a service record` };
  return { ok: true, catalog: value as unknown as CatalogDocument };
}

function isService(value: unknown): value is ServiceRecord {
  return (
    isRecord(value) &&
    typeof value['key'] === 'string' &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['statusCodes']) &&
    value['statusCodes'].every(isStatusCode) &&
    Array.isArray(value['errorCodes']) &&
    value['errorCodes'].every(isErrorCode)
  );
}

function isStatusCode(value: unknown): value is StatusCodeRecord {
  return (
    isRecord(value) &&
    typeof value['code'] === 'number' &&
    typeof value['name'] === 'string' &&
    typeof value['message'] === 'string' &&
    isStringList(value['descriptions']) &&
    (value['otherMessages'] === undefined ||
      (Array.isArray(value['otherMessages']) &&
        value['otherMessages'].every((other) => isRecord(other) && typeof other['message'] === 'string')))
  );
}

function isErrorCode(value: unknown): value is ErrorCodeRecord {
  return (
    isErrorDetails(value) &&
    typeof value['code'] === 'string' &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['variants']) &&
    value['variants'].every(isErrorDetails)
  );
}

function isErrorDetails(value: unknown): value is ErrorDetailsRecord & Record<string, unknown> {
  return (
    isRecord(value) &&
    Array.isArray(value['status']) &&
    value['status'].every((code) => typeof code === 'number') &&
    ['message', 'description', 'solution'].every((field) => isOptionalString(value[field])) &&
    (value['group'] === undefined ||
      (isRecord(value['group']) && Object.values(value['group']).every(isString)))
  );
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
