import type { ServiceModel } from '../model/types.js';

/** The exported names of one service's status-code API, so emitters and index files agree. */
export function statusNames(service: ServiceModel) {
  const T = service.typePrefix;
  const C = service.constPrefix;
  return {
    enumName: `${T}Status`,
    codeType: `${T}StatusCode`,
    codes: `${C}_STATUS_CODES`,
    messages: `${C}_STATUS_MESSAGES`,
    descriptions: `${C}_STATUS_DESCRIPTIONS`,
    guard: `is${T}StatusCode`,
    classType: (className: StatusClassName) => `${T}${className}StatusCode`,
  };
}

/** The five HTTP status classes, by their first digit. */
export const STATUS_CLASSES = [
  { digit: 1, name: 'Informational', summary: 'informational (1xx)' },
  { digit: 2, name: 'Success', summary: 'success (2xx)' },
  { digit: 3, name: 'Redirect', summary: 'redirection (3xx)' },
  { digit: 4, name: 'ClientError', summary: 'client error (4xx)' },
  { digit: 5, name: 'ServerError', summary: 'server error (5xx)' },
] as const;

/** Name of one status class, as used in type names. */
export type StatusClassName = (typeof STATUS_CLASSES)[number]['name'];
