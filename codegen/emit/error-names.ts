import type { ServiceModel } from '../model/types.js';

/** The exported names of one service's error-code API, so emitters and index files agree. */
export function errorNames(service: ServiceModel) {
  const T = service.typePrefix;
  const C = service.constPrefix;
  return {
    enumName: `${T}Error`,
    codeType: `${T}ErrorCode`,
    codes: `${C}_ERROR_CODES`,
    errors: `${C}_ERRORS`,
    guard: `is${T}ErrorCode`,
    byStatus: `${T}ErrorCodeByStatus`,
  };
}
