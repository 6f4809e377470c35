import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packageBin } from './project.js';
import { runNode } from './run.js';

/** publint's findings on a packed tarball, every level down to suggestions, one sentence each. */
export async function publintFindings(tarball: string): Promise<string[]> {
  const bytes = await readFile(tarball);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: data }, level: 'suggestion', strict: true });
  return messages.map(
    (message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false }) ?? ''}`,
  );
}

/** How TypeScript resolved one entry point under one of attw's resolution modes. */
export interface AttwResolution {
  readonly resolution?: { readonly fileName: string };
}

/** The parts of attw's JSON report the tests read. */
export interface AttwReport {
  readonly analysis: {
    readonly problems: readonly unknown[];
    readonly entrypoints: Readonly<
      Record<string, { readonly resolutions: Readonly<Record<string, AttwResolution>> }>
    >;
  };
}

/**
 * Runs arethetypeswrong's command on a packed tarball, offline (it reads the file, fetches nothing), checking
 * the given entry points: attw can't list what a `./*` subpath pattern stands for.
 */
export async function attwReport(tarball: string, entrypoints: readonly string[]): Promise<AttwReport> {
  const attw = packageBin('@arethetypeswrong/cli', 'attw');
  const args = [tarball, '--format', 'json', '--no-color', '--entrypoints', ...entrypoints];
  // Its working folder holds no .attw.json, so only these options apply.
  const result = await runNode(attw, args, dirname(tarball));
  try {
    return JSON.parse(result.stdout) as AttwReport;
  } catch {
    throw new Error(`attw printed no report (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  }
}
