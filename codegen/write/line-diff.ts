/** One step of an edit script between two lists of lines. */
export interface LineEdit {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly line: string;
}

/**
 * Beyond this many differences the middle of the files is shown as deleted and re-inserted whole: a minimal
 * script would cost time and memory growing with the square of the differences, and a diff that long is
 * cut short when printed anyway.
 */
const MAX_DIFFERENCES = 400;

/**
 * A shortest edit script turning `before` into `after` (Myers' algorithm, after trimming the common head and
 * tail), or a coarser one when the files differ in more than a few hundred places.
 */
export function diffLines(before: readonly string[], after: readonly string[]): LineEdit[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail += 1;
  }
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const middle = myers(a, b) ?? [...a.map(deleted), ...b.map(inserted)];
  return [...before.slice(0, head).map(equal), ...middle, ...before.slice(before.length - tail).map(equal)];
}

function myers(a: readonly string[], b: readonly string[]): LineEdit[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_DIFFERENCES); d += 1) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return undefined;
}

// `trace[d]` holds the furthest x of each diagonal k in [-d, d] before step d ran, indexed by k + d.
function backtrack(
  a: readonly string[],
  b: readonly string[],
  trace: readonly Int32Array[],
  last: number,
): LineEdit[] {
  const edits: LineEdit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d -= 1) {
    const before = trace[d] ?? new Int32Array();
    const at = (k: number): number => before[k + d] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      x -= 1;
      y -= 1;
      edits.push(equal(a[x] ?? ''));
    }
    if (down) {
      y -= 1;
      edits.push(inserted(b[y] ?? ''));
    } else {
      x -= 1;
      edits.push(deleted(a[x] ?? ''));
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    edits.push(equal(a[x] ?? ''));
  }
  return edits.reverse();
}

function equal(line: string): LineEdit {
  return { op: 'equal', line };
}

function deleted(line: string): LineEdit {
  return { op: 'delete', line };
}

function inserted(line: string): LineEdit {
  return { op: 'insert', line };
}
