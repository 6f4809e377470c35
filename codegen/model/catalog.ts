import { compareText, inFile, type FileDiagnostic } from '../diagnostics.js';
import type { ParsedDocument, Table } from '../parse/types.js';
import type { IanaRegistry } from '../read/iana.js';
import type { ServiceManifest } from '../read/manifest.js';
import { classifyColumns } from './columns.js';
import { buildErrorEntries, type FileErrorMention } from './error-entries.js';
import { errorMentionsOfTable } from './error-rows.js';
import { pascalCase, upperSnakeCase } from './names.js';
import { buildStatusEntries, type FileMention } from './status-entries.js';
import { statusMentionsOfTable } from './status-rows.js';
import { headerLabels } from './table-rows.js';
import type { Catalog, ServiceModel } from './types.js';

/** One parsed document of a service, labelled with its path under the project root. */
export interface ServiceDocument {
  /** e.g. `tables/lts/status-codes.rst` */
  readonly file: string;
  readonly parsed: ParsedDocument;
}

/** What the model stage needs of one service folder. */
export interface ServiceInput {
  readonly key: string;
  readonly manifest: ServiceManifest;
  readonly documents: readonly ServiceDocument[];
}

/** Builds the catalog of every service from its parsed documents; services are ordered by key. */
export function buildCatalog(
  inputs: readonly ServiceInput[],
  iana: IanaRegistry,
): { catalog: Catalog; diagnostics: FileDiagnostic[] } {
  const diagnostics: FileDiagnostic[] = [];
  const services = [...inputs]
    .sort((a, b) => compareText(a.key, b.key))
    .map((input) => buildService(input, iana, diagnostics));
  return { catalog: { services }, diagnostics };
}

function buildService(input: ServiceInput, iana: IanaRegistry, diagnostics: FileDiagnostic[]): ServiceModel {
  const statusMentions: FileMention[] = [];
  const errorMentions: FileErrorMention[] = [];
  for (const document of input.documents) {
    for (const table of document.parsed.tables) {
      const found = readTable(table);
      diagnostics.push(...inFile(document.file, found.diagnostics));
      statusMentions.push(...found.status.map((m) => ({ ...m, file: document.file })));
      errorMentions.push(...found.errors.map((m) => ({ ...m, file: document.file })));
    }
  }
  const status = buildStatusEntries(statusMentions, iana);
  const errors = buildErrorEntries(errorMentions);
  diagnostics.push(...status.diagnostics, ...errors.diagnostics);
  return {
    key: input.key,
    typePrefix: pascalCase(input.key),
    constPrefix: upperSnakeCase(input.key),
    displayName: input.manifest.name,
    documents: input.manifest.documents,
    sourceFiles: input.documents.map((d) => d.file),
    statusCodes: status.entries,
    errorCodes: errors.entries,
  };
}

function readTable(table: Table) {
  const layout = table.header.length > 0 ? classifyColumns(headerLabels(table)) : undefined;
  if (layout?.kind === 'status') {
    const { mentions, diagnostics } = statusMentionsOfTable(table, layout);
    return { status: mentions, errors: [], diagnostics };
  }
  if (layout?.kind === 'error') {
    const { mentions, diagnostics } = errorMentionsOfTable(table, layout);
    return { status: [], errors: mentions, diagnostics };
  }
  return { status: [], errors: [], diagnostics: [] };
}
