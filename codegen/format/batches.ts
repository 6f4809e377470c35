/**
 * Splits files into `count` batches of about equal total size (largest first, each to the lightest batch),
 * so parallel formatters finish together. Deterministic: the same files always give the same batches.
 */
export function balancedBatches(
  files: readonly (readonly [path: string, text: string])[],
  count: number,
): [string, string][][] {
  const batches: [string, string][][] = Array.from({ length: Math.max(1, count) }, () => []);
  const loads = batches.map(() => 0);
  const bySize = [...files].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [path, text] of bySize) {
    const lightest = loads.indexOf(Math.min(...loads));
    batches[lightest]?.push([path, text]);
    loads[lightest] = (loads[lightest] ?? 0) + text.length;
  }
  return batches.filter((batch) => batch.length > 0);
}
