import { hasErrors, inFile, type FileDiagnostic } from './diagnostics.js';
import { CATALOG_FILE, catalogJson } from './emit/catalog-json.js';
import { servicesWithoutCodes } from './emit/empty-services.js';
import { exportNameClashes } from './emit/export-names.js';
import { SERVICES_FILE, servicesMarkdown } from './emit/services-markdown.js';
import { buildCatalog, type ServiceDocument, type ServiceInput } from './model/catalog.js';
import type { Catalog } from './model/types.js';
import { parseRst } from './parse/index.js';
import { decodeDocument } from './read/decode.js';
import { parseIanaRegistry, type IanaRegistry } from './read/iana.js';
import { parseManifest } from './read/manifest.js';
import { serviceFolders, type ServiceFolder, type TablesSnapshot } from './read/snapshot.js';

/** Where the IANA registry sits in tables/. */
export const IANA_FILE = 'iana-http-status-codes.json';

/** The outcome of a generator run: files to write (only when there is no error) and every diagnostic. */
export interface GenerateResult {
  readonly files: ReadonlyMap<string, string> | undefined;
  readonly catalog: Catalog | undefined;
  readonly diagnostics: readonly FileDiagnostic[];
}

/**
 * The whole generator as a function of the tables snapshot: decode → parse → model → emit → format.
 * Returns no files when any error was found, so nothing half-made is ever written.
 */
export async function generate(snapshot: TablesSnapshot): Promise<GenerateResult> {
  const { catalog, diagnostics: modelDiagnostics } = modelTables(snapshot);
  const diagnostics = catalog
    ? [...modelDiagnostics, ...servicesWithoutCodes(catalog), ...exportNameClashes(catalog)]
    : modelDiagnostics;
  if (!catalog || hasErrors(diagnostics)) return { files: undefined, catalog, diagnostics };
  // Loaded on demand: ts-morph and prettier take most of a run's start-up, and model-only callers skip them.
  const [{ emitCatalog }, { formatFiles }] = await Promise.all([
    import('./emit/emit.js'),
    import('./format/format.js'),
  ]);
  const files = await formatFiles(emitCatalog(catalog));
  files.set(CATALOG_FILE, catalogJson(catalog));
  files.set(SERVICES_FILE, servicesMarkdown(catalog));
  return { files, catalog, diagnostics };
}

/** The pure first stages of {@link generate} (decode → parse → model): the catalog, without emitting code. */
export function modelTables(snapshot: TablesSnapshot): Omit<GenerateResult, 'files'> {
  const diagnostics: FileDiagnostic[] = [];
  const iana = readIana(snapshot, diagnostics);
  const { folders, diagnostics: folderProblems } = serviceFolders(snapshot);
  diagnostics.push(...folderProblems);
  const inputs = folders.flatMap((folder) => readService(snapshot, folder, diagnostics));
  if (hasErrors(diagnostics) || !iana) return { catalog: undefined, diagnostics };
  const { catalog, diagnostics: modelProblems } = buildCatalog(inputs, iana);
  diagnostics.push(...modelProblems);
  return { catalog, diagnostics };
}

function readIana(snapshot: TablesSnapshot, diagnostics: FileDiagnostic[]): IanaRegistry | undefined {
  const label = `tables/${IANA_FILE}`;
  const text = readText(snapshot, IANA_FILE, diagnostics);
  if (text === undefined) return undefined;
  const result = parseIanaRegistry(text);
  if (result.ok) return result.value;
  diagnostics.push(...inFile(label, result.diagnostics));
  return undefined;
}

function readService(
  snapshot: TablesSnapshot,
  folder: ServiceFolder,
  diagnostics: FileDiagnostic[],
): ServiceInput[] {
  const manifestPath = `${folder.key}/service.json`;
  const text = readText(snapshot, manifestPath, diagnostics);
  if (text === undefined) return [];
  const manifest = parseManifest(text);
  if (!manifest.ok) {
    diagnostics.push(...inFile(`tables/${manifestPath}`, manifest.diagnostics));
    return [];
  }
  const documents: ServiceDocument[] = [];
  for (const document of manifest.value.documents) {
    const path = `${folder.key}/${document.file}`;
    const source = readText(snapshot, path, diagnostics);
    if (source === undefined) continue;
    const parsed = parseRst(source);
    diagnostics.push(...inFile(`tables/${path}`, parsed.diagnostics));
    documents.push({ file: `tables/${path}`, parsed });
  }
  return [{ key: folder.key, manifest: manifest.value, documents }];
}

function readText(snapshot: TablesSnapshot, path: string, diagnostics: FileDiagnostic[]): string | undefined {
  const bytes = snapshot.get(path);
  if (!bytes) {
    diagnostics.push({
      severity: 'error',
      rule: 'missing-file',
      message: `tables/${path} is missing`,
      file: `tables/${path}`,
      line: 1,
      column: 1,
    });
    return undefined;
  }
  const decoded = decodeDocument(bytes);
  if (decoded.ok) return decoded.text;
  diagnostics.push(...inFile(`tables/${path}`, decoded.diagnostics));
  return undefined;
}
