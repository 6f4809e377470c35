import type { FileStatements as SourceFile } from './statements.js';
import type { ServiceModel } from '../model/types.js';
import { docDescription } from './jsdoc.js';
import { statusDocParagraphs } from './status-docs.js';
import { statusNames } from './status-names.js';

/**
 * Adds the service's numeric status enum to a file of its own, so that projects compiling with
 * `erasableSyntaxOnly` can import everything else.
 */
export function addStatusEnum(file: SourceFile, service: ServiceModel): void {
  file.addEnum({
    name: statusNames(service).enumName,
    isExported: true,
    docs: [
      { description: docDescription([`HTTP status codes of the ${service.displayName} API, ascending.`]) },
    ],
    members: service.statusCodes.map((entry) => ({
      name: entry.name,
      value: entry.code,
      docs: [{ description: docDescription(statusDocParagraphs(entry)) }],
    })),
  });
}
