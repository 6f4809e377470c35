import { format, type Options } from 'prettier';

/**
 * Prettier options for generated code. Fixed here, never read from a config file, so that output is
 * byte-identical on every machine.
 */
export const PRETTIER_OPTIONS: Options = {
  parser: 'typescript',
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  endOfLine: 'lf',
};

/** Formats every emitted file with prettier, once per file; keeps the map's order. */
export async function formatFiles(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const formatted = await Promise.all(
    [...files].map(async ([path, text]) => [path, await format(text, PRETTIER_OPTIONS)] as const),
  );
  return new Map(formatted);
}
