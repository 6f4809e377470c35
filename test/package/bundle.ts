import { resolve } from 'node:path';
import { build } from 'esbuild';

/** An esbuild bundle and the files that put bytes into it. */
export interface Bundle {
  readonly code: string;
  /** Absolute paths of the inputs with code in the output: what tree-shaking kept. */
  readonly contributors: readonly string[];
}

/** `nodePaths`: folders to look for packages in when `resolveDir` and its parents have none (as NODE_PATH). */
export interface BundleOptions {
  readonly minify?: boolean;
  readonly nodePaths?: readonly string[];
}

/**
 * Bundles the ES module `source` as a browser app would, resolving its imports from `resolveDir`
 * (a consumer project, or the package itself through its own name).
 */
export async function bundle(
  source: string,
  resolveDir: string,
  options: BundleOptions = {},
): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: 'entry.js', loader: 'js' },
    absWorkingDir: resolveDir,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? false,
    nodePaths: [...(options.nodePaths ?? [])],
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  const meta = Object.values(result.metafile.outputs)[0];
  if (!output || !meta) throw new Error('esbuild wrote no bundle');
  const contributors = Object.entries(meta.inputs)
    .filter(([path, input]) => input.bytesInOutput > 0 && path !== 'entry.js')
    .map(([path]) => resolve(resolveDir, path))
    .sort();
  return { code: output.text, contributors };
}
