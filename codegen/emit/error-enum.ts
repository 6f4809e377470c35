import type { FileStatements as SourceFile } from './statements.js';
import type { ServiceModel } from '../model/types.js';
import { errorDocParagraphs } from './error-docs.js';
import { errorNames } from './error-names.js';
import { docDescription } from './jsdoc.js';
import { stringLiteral } from './literals.js';

/** Adds the service's string enum of error codes, in a file of its own (see `addStatusEnum`). */
export function addErrorEnum(file: SourceFile, service: ServiceModel): void {
  file.addEnum({
    name: errorNames(service).enumName,
    isExported: true,
    docs: [
      { description: docDescription([`Error codes of the ${service.displayName} API, in document order.`]) },
    ],
    members: service.errorCodes.map((entry) => ({
      name: entry.name,
      // Our own literal, not ts-morph's quoting: it escapes lone CRs and surrogates that would break the file.
      initializer: stringLiteral(entry.code),
      docs: [{ description: docDescription(errorDocParagraphs(entry)) }],
    })),
  });
}
