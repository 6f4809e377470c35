import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf, hashFiles } from '../write/fingerprint.js';
import { readTree, writeFileAtomically } from './files.js';

/** What the last successful run saw and wrote, kept so that an unchanged project skips the generator. */
export interface RunRecord {
  readonly version: 1;
  /** Fingerprint of tables/ and the generator's own sources at that run. */
  readonly inputs: string;
  /** SHA-256 of every file the run left in generated/, by path. */
  readonly outputs: Record<string, string>;
  /** The warnings that run printed, to print again when it is skipped. */
  readonly warnings: readonly string[];
}

/** The generator's folder (codegen/) and the package root holding it. */
const GENERATOR_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGE_ROOT = dirname(GENERATOR_DIR);

/** Where the record of the last run under `root` is kept: in node_modules/.cache, which git ignores. */
export function runRecordPath(root: string): string {
  return join(root, 'node_modules', '.cache', 'otc-status-codes', 'last-run.json');
}

/**
 * Fingerprint of everything a run's output depends on: the tables (the very snapshot the run generates
 * from), the generator's sources and the package lock (which pins ts-morph and prettier, whose output is part
 * of ours).
 */
export async function inputFingerprint(tables: ReadonlyMap<string, Uint8Array>): Promise<string> {
  return fingerprintOf({ tables: hashFiles(tables), ...(await generatorHashes()) });
}

let generatorHashesOnce: Promise<Record<string, Record<string, string>>> | undefined;

/**
 * Hashes of the generator's sources and the package lock, read once per process: a long-running watch keeps
 * the generator it loaded at start, so later edits of codegen/ must not be credited to its output.
 */
function generatorHashes(): Promise<Record<string, Record<string, string>>> {
  generatorHashesOnce ??= Promise.all([
    readTree(GENERATOR_DIR),
    readFile(join(PACKAGE_ROOT, 'package-lock.json')).catch(() => new Uint8Array()),
  ]).then(([generator, lock]) => ({
    generator: hashFiles(generator),
    lock: hashFiles(new Map([['package-lock.json', lock]])),
  }));
  return generatorHashesOnce;
}

/** Reads the record of the last run, or undefined when there is none or it cannot be trusted. */
export async function readRunRecord(root: string): Promise<RunRecord | undefined> {
  try {
    const value: unknown = JSON.parse(await readFile(runRecordPath(root), 'utf8'));
    return isRunRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Records a successful run. */
export async function writeRunRecord(root: string, record: RunRecord): Promise<void> {
  const path = runRecordPath(root);
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, `${JSON.stringify(record, null, 2)}\n`);
}

function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record['version'] === 1 &&
    typeof record['inputs'] === 'string' &&
    typeof record['outputs'] === 'object' &&
    record['outputs'] !== null &&
    Object.values(record['outputs']).every((hash) => typeof hash === 'string') &&
    Array.isArray(record['warnings']) &&
    record['warnings'].every((line) => typeof line === 'string')
  );
}
