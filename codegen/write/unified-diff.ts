import { diffLines, type LineEdit } from './line-diff.js';

/** How a diff is printed. */
export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  readonly context?: number;
  /** Lines of hunks printed at most; the rest is summarised in one line. */
  readonly maxLines?: number;
}

const NO_NEWLINE = '\\ No newline at end of file';

/**
 * A unified diff (`diff -u` style) from `before` to `after`, labelled with the file's path; `undefined` on
 * one side means the file is missing there. Empty when the texts are equal. Long diffs are cut short.
 */
export function unifiedDiff(
  path: string,
  before: string | undefined,
  after: string | undefined,
  options: DiffOptions = {},
): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const maxLines = options.maxLines ?? 40;
  const edits = diffLines(splitLines(before ?? ''), splitLines(after ?? ''));
  const body = hunks(edits, context).flatMap(renderHunk);
  const shown = body.slice(0, maxLines);
  if (body.length > maxLines) shown.push(`… ${body.length - maxLines} more diff lines`);
  const header = [
    before === undefined ? '--- /dev/null' : `--- a/${path}`,
    after === undefined ? '+++ /dev/null' : `+++ b/${path}`,
  ];
  return `${[...header, ...shown].join('\n')}\n`;
}

/**
 * Lines with their terminator kept, so that a file losing its last newline still differs in one line
 * (printed with diff's "No newline at end of file" marker).
 */
function splitLines(text: string): string[] {
  return text === '' ? [] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
}

interface Hunk {
  readonly beforeStart: number;
  readonly afterStart: number;
  readonly edits: readonly LineEdit[];
}

function hunks(edits: readonly LineEdit[], context: number): Hunk[] {
  const changed = edits.flatMap((edit, index) => (edit.op === 'equal' ? [] : [index]));
  const result: Hunk[] = [];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (end + 1 < changed.length && (changed[end + 1] ?? 0) - (changed[end] ?? 0) <= 2 * context + 1)
      end += 1;
    const from = Math.max(0, (changed[start] ?? 0) - context);
    const to = Math.min(edits.length, (changed[end] ?? 0) + context + 1);
    result.push({ ...positionBefore(edits, from), edits: edits.slice(from, to) });
    start = end + 1;
  }
  return result;
}

function positionBefore(
  edits: readonly LineEdit[],
  index: number,
): { beforeStart: number; afterStart: number } {
  let beforeStart = 1;
  let afterStart = 1;
  for (const edit of edits.slice(0, index)) {
    if (edit.op !== 'insert') beforeStart += 1;
    if (edit.op !== 'delete') afterStart += 1;
  }
  return { beforeStart, afterStart };
}

function renderHunk(hunk: Hunk): string[] {
  const beforeCount = hunk.edits.filter((e) => e.op !== 'insert').length;
  const afterCount = hunk.edits.filter((e) => e.op !== 'delete').length;
  const lines = [`@@ -${range(hunk.beforeStart, beforeCount)} +${range(hunk.afterStart, afterCount)} @@`];
  for (const edit of hunk.edits) {
    const mark = edit.op === 'equal' ? ' ' : edit.op === 'delete' ? '-' : '+';
    lines.push(`${mark}${edit.line.replace(/\n$/, '')}`);
    if (!edit.line.endsWith('\n')) lines.push(NO_NEWLINE);
  }
  return lines;
}

// diff -u names an empty range by the line before it.
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
