import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root, resolved from this file. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const require = createRequire(import.meta.url);

/**
 * The file behind a package's command, found through its package.json: `typescript/bin/tsc` itself is not
 * exported, and aliased installs (`typescript5`) share the command name, so `node_modules/.bin` can't tell them apart.
 */
export function packageBin(packageName: string, command: string): string {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!bin) throw new Error(`${packageName} has no command ${command}`);
  return join(dirname(manifestPath), bin);
}

/** True when the module at `moduleUrl` is the script Node (or tsx) was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}

/** The service keys: the folders of generated/, which `npm run generate` makes. */
export function generatedServices(root = ROOT): string[] {
  const generated = join(root, 'generated');
  if (!existsSync(generated)) throw new Error(`${generated} is missing: run \`npm run generate\` first`);
  return readdirSync(generated, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
