import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const TSX = createRequire(import.meta.url).resolve('tsx/cli');

/** Runs `npm run generate` (without npm's banner) with the given arguments, from the repository root. */
export function runGenerate(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'codegen', 'cli', 'generate.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The two seed services with just their seed documents: small enough to regenerate in every test. */
const SEEDS = [
  { key: 'lts', name: 'Log Tank Service', repository: 'opentelekomcloud-docs/log-tank-service' },
  { key: 'elb', name: 'Elastic Load Balancing', repository: 'opentelekomcloud-docs/elastic-load-balancing' },
] as const;

/**
 * A throw-away project holding tables/ with the seed documents only and the generated/ they make, removed by
 * the returned cleanup. Built once per test file; tests take copies of it with {@link copyProject}.
 */
export function seedProject(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'otc-status-codes-seeds-'));
  cpSync(
    join(ROOT, 'tables', 'iana-http-status-codes.json'),
    join(root, 'tables', 'iana-http-status-codes.json'),
  );
  for (const seed of SEEDS) {
    const folder = join(root, 'tables', seed.key);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'status-codes.rst'),
      readFileSync(join(ROOT, 'tables', seed.key, 'status-codes.rst')),
    );
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
  const result = runGenerate(['--root', root]);
  if (result.code !== 0) throw new Error(`generating the seed project failed:\n${result.stderr}`);
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A throw-away copy of a project's tables/ and generated/, removed by the returned cleanup. */
export function copyProject(from: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'otc-status-codes-'));
  cpSync(join(from, 'tables'), join(root, 'tables'), { recursive: true });
  cpSync(join(from, 'generated'), join(root, 'generated'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
