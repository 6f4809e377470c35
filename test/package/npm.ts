import { join } from 'node:path';
import { expectSuccess, run, type RunResult } from './run.js';

/** A tarball made by `npm pack`, and the paths it holds (relative to the package folder). */
export interface PackedPackage {
  readonly tarball: string;
  readonly files: readonly string[];
}

/**
 * The environment for a nested npm. When the tests run under `npm test`, npm's own `npm_*` variables
 * (lifecycle event, package fields, prefix) are set and would leak into the nested command.
 */
function npmEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

/** Runs npm with a clean environment. */
export function runNpm(args: readonly string[], cwd: string): Promise<RunResult> {
  return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, env: npmEnvironment() });
}

/** `npm pack` of the package in `root` into `destination`, without lifecycle scripts (the caller builds first). */
export async function packPackage(root: string, destination: string): Promise<PackedPackage> {
  const args = ['pack', '--json', '--ignore-scripts', '--pack-destination', destination];
  const result = expectSuccess(await runNpm(args, root), 'npm pack');
  const [report] = JSON.parse(result.stdout) as { filename: string; files: { path: string }[] }[];
  if (!report) throw new Error(`npm pack printed no report:\n${result.stdout}`);
  return { tarball: join(destination, report.filename), files: report.files.map((file) => file.path).sort() };
}

/** Installs a packed tarball into the project in `projectDir`, offline: the package has no dependencies to fetch. */
export async function installTarball(projectDir: string, tarball: string): Promise<void> {
  const args = ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  expectSuccess(await runNpm(args, projectDir), 'npm install');
}
