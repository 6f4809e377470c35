import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTarball } from './npm.js';
import { ROOT } from './project.js';

/** The consumer code the tests run, type-check and bundle: copied into every consumer project. */
export const CONSUMER_FIXTURES = join(ROOT, 'test', 'package', 'fixtures', 'consumer');

/** A throw-away project that installed the package from its tarball, as a user's project would. */
export interface ConsumerProject {
  readonly dir: string;
  /** Where the package landed: `node_modules/otc-status-codes`. */
  readonly packageDir: string;
}

/** Makes an ES module project in `dir` holding the consumer fixtures, and installs `tarball` into it offline. */
export async function createConsumer(dir: string, tarball: string): Promise<ConsumerProject> {
  mkdirSync(dir, { recursive: true });
  cpSync(CONSUMER_FIXTURES, dir, { recursive: true });
  const manifest = { name: 'otc-status-codes-consumer', version: '1.0.0', private: true, type: 'module' };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await installTarball(dir, tarball);
  return { dir, packageDir: join(dir, 'node_modules', 'otc-status-codes') };
}
