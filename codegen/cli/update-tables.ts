import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatDiagnostic, inFile, type FileDiagnostic } from '../diagnostics.js';
import { parseManifest, type UpstreamDocument } from '../read/manifest.js';
import { serviceFolders } from '../read/snapshot.js';
import { readTree, writeFileAtomically } from './files.js';
import type { RunOutput } from './generate-run.js';
import { upstreamCandidates } from './upstream-paths.js';

/** What `npm run tables:update` is asked to do. */
export interface UpdateOptions {
  /** Project folder holding tables/. */
  readonly root: string;
  /** Local folder of upstream checkouts. */
  readonly from: string;
}

type Outcome = 'updated' | 'unchanged' | 'not found';

/**
 * Copies every service's documents from a local folder of upstream checkouts into tables/, byte for byte,
 * from the repository and path each `service.json` records; prints what changed. Reads nothing from the
 * network and leaves regenerating to `npm run generate`. Exit code 1 when a manifest is broken or a
 * document is not in the folder (the others are still copied).
 */
export async function updateTables(options: UpdateOptions, output: RunOutput): Promise<number> {
  const tablesDir = join(options.root, 'tables');
  const snapshot = await readTree(tablesDir);
  const { folders, diagnostics } = serviceFolders(snapshot);
  const counts: Record<Outcome, number> = { updated: 0, unchanged: 0, 'not found': 0 };
  for (const folder of folders) {
    const manifestPath = `${folder.key}/service.json`;
    const bytes = snapshot.get(manifestPath);
    const manifest = bytes ? parseManifest(new TextDecoder().decode(bytes)) : undefined;
    if (!manifest?.ok) {
      diagnostics.push(...(manifest ? inFile(`tables/${manifestPath}`, manifest.diagnostics) : []));
      continue;
    }
    for (const document of manifest.value.documents) {
      const target = `${folder.key}/${document.file}`;
      counts[await updateDocument(options, target, document, snapshot.get(target), output, diagnostics)] += 1;
    }
  }
  for (const d of diagnostics) output.err(`${output.paint(d.severity, formatDiagnostic(d))}\n`);
  output.out(
    `tables:update: ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts['not found']} not found\n`,
  );
  if (counts.updated > 0)
    output.out('Run `npm run generate` to regenerate generated/ and see the change report.\n');
  return diagnostics.length > 0 || counts['not found'] > 0 ? 1 : 0;
}

async function updateDocument(
  options: UpdateOptions,
  target: string,
  document: UpstreamDocument,
  current: Uint8Array | undefined,
  output: RunOutput,
  diagnostics: FileDiagnostic[],
): Promise<Outcome> {
  const candidates = upstreamCandidates(options.from, document.repository, document.path);
  if (!candidates) {
    diagnostics.push(unsafeSource(target, document));
    return 'not found';
  }
  for (const candidate of candidates) {
    const upstream = await readFile(candidate).catch(() => undefined);
    if (!upstream) continue;
    if (current && Buffer.from(current).equals(upstream)) return 'unchanged';
    await writeFileAtomically(join(options.root, 'tables', target), upstream);
    output.out(
      `${current ? 'updated' : 'added'}: tables/${target} ← ${relative(process.cwd(), candidate)}\n`,
    );
    return 'updated';
  }
  output.err(
    `not found: ${document.repository} ${document.path} (for tables/${target}; looked at ${candidates.map((c) => relative(process.cwd(), c)).join(' and ')})\n`,
  );
  return 'not found';
}

function unsafeSource(target: string, document: UpstreamDocument): FileDiagnostic {
  const folder = target.slice(0, target.indexOf('/'));
  return {
    severity: 'error',
    rule: 'manifest-upstream-path',
    message: `the upstream source of ${target} ("${document.repository}", "${document.path}") must be "owner/name" and a relative path without "." or ".." segments`,
    file: `tables/${folder}/service.json`,
    line: 1,
    column: 1,
  };
}
