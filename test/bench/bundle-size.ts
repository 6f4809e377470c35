#!/usr/bin/env node
/**
 * Bundle sizes for the benchmark: what an app pays for one service's enum, one service's whole API and the
 * root, next to http-status-codes' `StatusCodes` enum bundled the same way (esbuild for the browser, minified,
 * then gzip at level 9). Run alone with `npm run bundle-size [-- --service KEY]` to print a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildPackage } from '../package/build.js';
import { bundle } from '../package/bundle.js';
import { isMainModule, ROOT } from '../package/project.js';

/** The size of one import, bundled on its own. */
export interface BundleSize {
  /** Stable name for the benchmark's records: `service-enum`, `service-enum-from-root`, `service-const`, `service-api`, `root`, `http-status-codes`. */
  readonly id: string;
  /** The import, as a reader would write it. */
  readonly label: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

/** Which package folder and service to measure; `build: false` measures the dist/ already there. */
export interface BundleSizeOptions {
  readonly root?: string;
  readonly service?: string;
  readonly build?: boolean;
}

/** Builds dist/ (unless told not to) and measures each entry; the package resolves itself by its own name. */
export async function measureBundleSizes(options: BundleSizeOptions = {}): Promise<BundleSize[]> {
  const root = options.root ?? ROOT;
  const service = options.service ?? 'lts';
  if (options.build ?? true)
    await buildPackage({ source: join(root, 'generated'), outDir: join(root, 'dist') });
  const sizes: BundleSize[] = [];
  for (const entry of entries(root, service)) sizes.push(await measure(root, entry));
  return sizes;
}

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly source: string;
}

function entries(root: string, service: string): Entry[] {
  const enumName = serviceEnumName(root, service);
  // The enum-free twin object: `LtsStatus` → `LtsStatusCode`.
  const constName = `${enumName}Code`;
  const subpath = `otc-status-codes/${service}`;
  return [
    {
      id: 'service-enum',
      label: `${enumName} from ${subpath}`,
      source: `export { ${enumName} } from '${subpath}';`,
    },
    {
      id: 'service-enum-from-root',
      label: `${enumName} from otc-status-codes`,
      source: `export { ${enumName} } from 'otc-status-codes';`,
    },
    {
      id: 'service-const',
      label: `${constName} from ${subpath}`,
      source: `export { ${constName} } from '${subpath}';`,
    },
    { id: 'service-api', label: `everything from ${subpath}`, source: `export * from '${subpath}';` },
    { id: 'root', label: 'everything from otc-status-codes', source: `export * from 'otc-status-codes';` },
    {
      id: 'http-status-codes',
      label: 'StatusCodes from http-status-codes',
      source: `export { StatusCodes } from 'http-status-codes';`,
    },
  ];
}

/** The service's status enum, as its built declarations name it (`LtsStatus`). */
function serviceEnumName(root: string, service: string): string {
  const declarations = readFileSync(join(root, 'dist', 'esm', service, 'status-enum.d.ts'), 'utf8');
  const name = /export declare enum (\w+)/.exec(declarations)?.[1];
  if (!name) throw new Error(`dist/esm/${service}/status-enum.d.ts declares no enum`);
  return name;
}

async function measure(root: string, entry: Entry): Promise<BundleSize> {
  // http-status-codes comes from the repository's node_modules even when `root` is a staged copy.
  const { code } = await bundle(entry.source, root, {
    minify: true,
    nodePaths: [join(ROOT, 'node_modules')],
  });
  const bytes = Buffer.from(code, 'utf8');
  return {
    id: entry.id,
    label: entry.label,
    minifiedBytes: bytes.length,
    gzippedBytes: gzipSync(bytes, { level: 9 }).length,
  };
}

/** The sizes as an aligned plain-text table. */
export function formatBundleSizes(sizes: readonly BundleSize[]): string {
  const rows = [
    ['import (esbuild, browser, minified)', 'minified B', 'gzipped B'],
    ...sizes.map((size) => [size.label, String(size.minifiedBytes), String(size.gzippedBytes)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return `${rows.map(line).join('\n')}\n`;
}

if (isMainModule(import.meta.url)) {
  const { values } = parseArgs({ options: { service: { type: 'string' } }, strict: true });
  measureBundleSizes({ ...(values.service ? { service: values.service } : {}) }).then(
    (sizes) => process.stdout.write(formatBundleSizes(sizes)),
    (error: unknown) => {
      process.stderr.write(`bundle-size: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
