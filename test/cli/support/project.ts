import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTextTree } from '../../../codegen/cli/files.js';
import {
  runGenerate,
  type RunOptions,
  type RunOutcome,
  type RunOutput,
} from '../../../codegen/cli/generate-run.js';
import { ROOT } from '../../support/root.js';

/** A throw-away project folder; `cleanup` removes it. */
export interface Project {
  readonly root: string;
  readonly cleanup: () => void;
}

const SEEDS = [
  { key: 'lts', name: 'Log Tank Service', repository: 'opentelekomcloud-docs/log-tank-service' },
  { key: 'elb', name: 'Elastic Load Balancing', repository: 'opentelekomcloud-docs/elastic-load-balancing' },
] as const;

/**
 * A project whose tables/ hold the seed services' status-code pages only (small enough to generate in a
 * second), with no generated/ yet.
 */
export function seedTables(keys: readonly ('lts' | 'elb')[] = ['lts', 'elb']): Project {
  const root = mkdtempSync(join(tmpdir(), 'otc-generate-'));
  mkdirSync(join(root, 'tables'));
  cpSync(
    join(ROOT, 'tables', 'iana-http-status-codes.json'),
    join(root, 'tables', 'iana-http-status-codes.json'),
  );
  for (const seed of SEEDS.filter((s) => keys.includes(s.key))) {
    const folder = join(root, 'tables', seed.key);
    mkdirSync(folder);
    cpSync(join(ROOT, 'tables', seed.key, 'status-codes.rst'), join(folder, 'status-codes.rst'));
    const document = {
      file: 'status-codes.rst',
      repository: seed.repository,
      path: 'api-ref/source/appendix/status_codes.rst',
    };
    writeFileSync(
      join(folder, 'service.json'),
      `${JSON.stringify({ name: seed.name, documents: [document] }, null, 2)}\n`,
    );
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A copy of a project's tables/ and generated/ (never its run record), removed by its cleanup. */
export function copyOf(from: string): Project {
  const root = mkdtempSync(join(tmpdir(), 'otc-generate-'));
  cpSync(join(from, 'tables'), join(root, 'tables'), { recursive: true });
  cpSync(join(from, 'generated'), join(root, 'generated'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Output captured from an in-process run. */
export interface Captured extends RunOutcome {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run generate` in this process (same code as the command, without its argument parsing). */
export async function generateIn(root: string, options: Partial<RunOptions> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const output: RunOutput = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    paint: (_, text) => text,
  };
  const outcome = await runGenerate({ root, check: false, reportJson: undefined, ...options }, output);
  return { ...outcome, stdout, stderr };
}

/** Edits a file of a project in place. */
export function edit(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(file, after);
}

/** Every file of a project's generated/, as text. */
export function generatedTree(root: string): Promise<Map<string, string>> {
  return readTextTree(join(root, 'generated'));
}

/**
 * Starts `npm run generate -- ARGS` as one process (without npm's banner), so that a signal sent to it reaches
 * the generator itself: the tsx command would run it in a child process of its own.
 */
export function startGenerate(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'codegen', 'cli', 'generate.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and resolves when a predicate over it holds (or rejects after `ms`). */
export class OutputWatcher {
  stdout = '';
  stderr = '';
  private waiters: (() => void)[] = [];

  constructor(child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.take('stdout', chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => this.take('stderr', chunk));
  }

  /** Resolves once `ready` holds over the output so far. */
  until(
    ready: (out: { stdout: string; stderr: string }) => boolean,
    ms = 60_000,
    what = 'output',
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what}:\n${this.stdout}\n${this.stderr}`)),
        ms,
      );
      const check = (): void => {
        if (!ready(this)) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        resolve();
      };
      this.waiters.push(check);
      check();
    });
  }

  private take(stream: 'stdout' | 'stderr', chunk: string): void {
    this[stream] += chunk;
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** Resolves with a child's exit code (or signal name) once it has ended. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  if (child.signalCode !== null) return Promise.resolve(child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
}
