import { compareText } from '../diagnostics.js';

/** What a run must do to make the output folder equal the generated files. */
export interface WritePlan {
  /** Files to create or overwrite, with their new text. */
  readonly writes: ReadonlyMap<string, string>;
  /** Files that exist but are no longer generated. */
  readonly removals: readonly string[];
  readonly unchanged: readonly string[];
}

/** Compares the generated files with what the output folder holds now (paths relative to it). */
export function planWrites(
  generated: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, string>,
): WritePlan {
  const writes = new Map<string, string>();
  const unchanged: string[] = [];
  for (const path of [...generated.keys()].sort(compareText)) {
    const text = generated.get(path) ?? '';
    if (existing.get(path) === text) unchanged.push(path);
    else writes.set(path, text);
  }
  const removals = [...existing.keys()].filter((path) => !generated.has(path)).sort(compareText);
  return { writes, removals, unchanged };
}

/** True when the output folder already equals the generated files. */
export function isUpToDate(plan: WritePlan): boolean {
  return plan.writes.size === 0 && plan.removals.length === 0;
}
