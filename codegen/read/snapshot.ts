import { compareText, type FileDiagnostic } from '../diagnostics.js';
import { fail } from './json-input.js';

/** Every file under tables/, by path relative to it (`lts/status-codes.rst`), as raw bytes. */
export type TablesSnapshot = ReadonlyMap<string, Uint8Array>;

/** A service folder found in the snapshot: its key and the paths of its files. */
export interface ServiceFolder {
  readonly key: string;
  readonly files: readonly string[];
}

const SERVICE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Lists the service folders of a tables snapshot (the top-level folders), in key order; a folder whose name
 * cannot be a service key is a diagnostic.
 */
export function serviceFolders(snapshot: TablesSnapshot): {
  folders: ServiceFolder[];
  diagnostics: FileDiagnostic[];
} {
  const byKey = new Map<string, string[]>();
  for (const path of snapshot.keys()) {
    const slash = path.indexOf('/');
    if (slash < 0) continue;
    const key = path.slice(0, slash);
    byKey.set(key, [...(byKey.get(key) ?? []), path]);
  }
  const diagnostics: FileDiagnostic[] = [];
  const folders: ServiceFolder[] = [];
  for (const key of [...byKey.keys()].sort(compareText)) {
    if (SERVICE_KEY.test(key)) folders.push({ key, files: (byKey.get(key) ?? []).sort(compareText) });
    else
      diagnostics.push({
        ...fail(
          `service folder "${key}" must be named in lower case letters, digits and hyphens`,
          'service-key',
        ),
        file: `tables/${key}`,
      });
  }
  return { folders, diagnostics };
}
