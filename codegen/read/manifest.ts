import type { Diagnostic } from '../parse/types.js';
import { fail, isRecord, parseJsonText, type InputResult } from './json-input.js';

/** One upstream document of a service: its copy in tables/ and where it lives upstream. */
export interface UpstreamDocument {
  /** File name inside the service's folder in tables/. */
  readonly file: string;
  /** Upstream repository, `owner/name`. */
  readonly repository: string;
  /** Path of the document inside the upstream repository. */
  readonly path: string;
}

/** A service folder's `service.json`: its display name and documents. */
export interface ServiceManifest {
  readonly name: string;
  readonly documents: readonly UpstreamDocument[];
}

/** Reads a `service.json` text into a manifest, or diagnostics naming what is missing or wrong. */
export function parseManifest(text: string): InputResult<ServiceManifest> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const value = json.value;
  if (!isRecord(value)) return failed(fail('service.json must hold a JSON object', 'manifest-shape'));
  const problems: Diagnostic[] = [];
  if (typeof value['name'] !== 'string' || value['name'].trim() === '') {
    problems.push(fail('service.json needs a non-empty "name" (the display name)', 'manifest-shape'));
  }
  const documents = Array.isArray(value['documents']) ? value['documents'] : [];
  if (documents.length === 0) {
    problems.push(fail('service.json needs a non-empty "documents" list', 'manifest-shape'));
  }
  const parsed = documents.map((entry, index) => readDocument(entry, index, problems));
  if (problems.length > 0) return failed(...problems);
  return { ok: true, value: { name: String(value['name']), documents: parsed.filter(isDocument) } };
}

function readDocument(entry: unknown, index: number, problems: Diagnostic[]): UpstreamDocument | undefined {
  const fields = ['file', 'repository', 'path'] as const;
  if (!isRecord(entry) || fields.some((field) => typeof entry[field] !== 'string' || entry[field] === '')) {
    problems.push(
      fail(`documents[${index}] needs string fields "file", "repository" and "path"`, 'manifest-shape'),
    );
    return undefined;
  }
  const file = String(entry['file']);
  // A plain name: it cannot leave the service folder, and it is safe to name in generated file headers.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(file)) {
    problems.push(
      fail(
        `documents[${index}].file must be a plain file name (letters, digits, ".", "_", "-") in the service folder`,
        'manifest-shape',
      ),
    );
    return undefined;
  }
  return { file, repository: String(entry['repository']), path: String(entry['path']) };
}

function isDocument(value: UpstreamDocument | undefined): value is UpstreamDocument {
  return value !== undefined;
}

function failed(...diagnostics: Diagnostic[]): InputResult<never> {
  return { ok: false, diagnostics };
}
