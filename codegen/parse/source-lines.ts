/**
 * Lines as one parsing level sees them (indentation removed), each remembering where it starts in the source:
 * docutils' StringList.
 */
import { codePointLength, leadingSpace } from './py-text.js';

/**
 * A sequence of lines with their source places (0-based source line, 0-based code-point column) and the white space
 * each starts with (kept so that measuring indentation level after level stays linear).
 *
 * Places are stored compactly, since a document of 200,000 lines is cut into blocks level after level: source lines
 * that follow each other are kept as the first one (`rows` null), columns that are all equal as that column
 * (`cols` null); otherwise typed arrays. A slice shares its parent's arrays from an offset (`base`) instead of
 * copying them (or making typed-array views, which cost more than a small copy).
 */
export class SourceLines {
  private constructor(
    readonly texts: readonly string[],
    /** Where line 0 is in `leads`, `rows` and `cols`. */
    private readonly base: number,
    private readonly leads: Int32Array,
    /** Each line's source line, or null when line i is source line `firstRow + i`. */
    private readonly rows: Int32Array | null,
    private readonly firstRow: number,
    /** Each line's start column, or null when every line starts at `firstCol`. */
    private readonly cols: Int32Array | null,
    private readonly firstCol: number,
  ) {}

  /** The lines of a whole document: line i is source line i, starting at column 0. */
  static ofDocument(texts: readonly string[]): SourceLines {
    return new SourceLines(texts, 0, leadsOf(texts), null, 0, null, 0);
  }

  /** Lines with explicit places: `rows[i]`/`cols[i]` are line i's 0-based source line and code-point column. */
  static of(texts: readonly string[], rows: ArrayLike<number>, cols: ArrayLike<number>): SourceLines {
    return SourceLines.placed(texts, Int32Array.from(rows), Int32Array.from(cols), leadsOf(texts));
  }

  /** `first` followed by `second`. */
  static concat(first: SourceLines, second: SourceLines): SourceLines {
    const texts = [...first.texts, ...second.texts];
    const at = (i: number, place: (lines: SourceLines, i: number) => number): number =>
      i < first.length ? place(first, i) : place(second, i - first.length);
    return SourceLines.placed(
      texts,
      Int32Array.from(texts, (_, i) => at(i, (lines, j) => lines.row(j))),
      Int32Array.from(texts, (_, i) => at(i, (lines, j) => lines.col(j))),
      Int32Array.from(texts, (_, i) => at(i, (lines, j) => lines.lead(j))),
    );
  }

  /** Lines with the given places, stored compactly. */
  private static placed(
    texts: readonly string[],
    rows: Int32Array,
    cols: Int32Array,
    leads: Int32Array,
  ): SourceLines {
    return new SourceLines(
      texts,
      0,
      leads,
      consecutive(rows) ? null : rows,
      rows[0] ?? 0,
      uniform(cols) ? null : cols,
      cols[0] ?? 0,
    );
  }

  get length(): number {
    return this.texts.length;
  }

  /** Line `i`, or '' past the end. */
  text(i: number): string {
    return this.texts[i] ?? '';
  }

  /** Number of white-space characters line `i` starts with (its length when blank; 0 past the end). */
  lead(i: number): number {
    return i >= 0 && i < this.texts.length ? this.leads[this.base + i]! : 0;
  }

  /** Whether line `i` is empty or white space only. */
  isBlank(i: number): boolean {
    return this.lead(i) === this.text(i).length;
  }

  /** 0-based source line of line `i` (the last line's for indexes past the end). */
  row(i: number): number {
    if (this.texts.length === 0) return 0;
    const at = Math.min(Math.max(i, 0), this.texts.length - 1);
    return this.rows === null ? this.firstRow + at : this.rows[this.base + at]!;
  }

  /** 0-based code-point column where line `i` starts in its source line. */
  col(i: number): number {
    if (this.texts.length === 0) return 0;
    if (this.cols === null) return this.firstCol;
    return this.cols[this.base + Math.min(Math.max(i, 0), this.texts.length - 1)]!;
  }

  /** Lines [start, end) as a new list. */
  slice(start: number, end = this.texts.length): SourceLines {
    const from = Math.max(0, Math.min(start, this.texts.length));
    const to = Math.max(from, Math.min(end, this.texts.length));
    if (from === 0 && to === this.texts.length) return this;
    return new SourceLines(
      this.texts.slice(from, to),
      this.base + from,
      this.leads,
      this.rows,
      this.firstRow + from,
      this.cols,
      this.firstCol,
    );
  }

  /**
   * Lines [start, end) with `firstCut` units removed from the first line (when not null) and `cut` units from the
   * others (docutils' trim_left): the columns move right by the code points removed.
   */
  trimmed(start: number, end: number, firstCut: number | null, cut: number): SourceLines {
    const count = Math.max(0, end - start);
    const texts = new Array<string>(count);
    const rows = new Int32Array(count);
    const cols = new Int32Array(count);
    const leads = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const line = this.texts[start + i]!;
      const n = i === 0 && firstCut !== null ? firstCut : cut;
      const lead = this.lead(start + i);
      texts[i] = n === 0 ? line : line.slice(n);
      rows[i] = this.row(start + i);
      // Indentation cuts remove white space only (one code point per unit); other cuts are measured.
      cols[i] = this.col(start + i) + (n === 0 || n <= lead ? n : codePointLength(line.slice(0, n)));
      leads[i] = n === 0 ? lead : n <= lead ? lead - n : leadingSpace(texts[i]!);
    }
    return SourceLines.placed(texts, rows, cols, leads);
  }
}

/** Whether every entry is one more than the one before. */
function consecutive(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[i - 1]! + 1) return false;
  return true;
}

/** Whether every entry is the same. */
function uniform(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

function leadsOf(texts: readonly string[]): Int32Array {
  const leads = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) leads[i] = leadingSpace(texts[i]!);
  return leads;
}

/** What docutils' StringList.get_indented finds. */
export interface IndentedBlock {
  /** The block, indentation removed, leading blank lines kept. */
  readonly block: SourceLines;
  /** The indentation removed from the lines after the first (0 when none). */
  readonly indent: number;
  /** Whether the block ended at a blank line or the end of the lines (no unexpected unindent). */
  readonly blankFinish: boolean;
  /** Index just past the block's last line in the lines searched. */
  readonly end: number;
}

/** Options of `indentedBlock`, as docutils' get_indented arguments. */
export interface IndentOptions {
  /** Stop at the first blank line. */
  readonly untilBlank?: boolean;
  /** Remove the common indentation (default true). */
  readonly stripIndent?: boolean;
  /** Known indentation of the block: lines with less end it. */
  readonly blockIndent?: number;
  /** Known indentation of the first line (the rest is measured). */
  readonly firstIndent?: number;
}

/**
 * The indented block starting at `start` (docutils' get_indented): it ends at the first line that is not blank and
 * not indented (enough); its common indentation is removed.
 */
export function indentedBlock(lines: SourceLines, start: number, options: IndentOptions = {}): IndentedBlock {
  const blockIndent = options.blockIndent ?? null;
  const firstIndent = options.firstIndent ?? blockIndent;
  let indent = blockIndent;
  let end = firstIndent === null ? start : start + 1;
  let blankFinish = true;
  while (end < lines.length) {
    const line = lines.text(end);
    const lead = lines.lead(end);
    if (
      line !== '' &&
      (line[0] !== ' ' || (blockIndent !== null && lead < Math.min(blockIndent, line.length)))
    ) {
      blankFinish = end > start && lines.isBlank(end - 1);
      break;
    }
    if (lead === line.length) {
      if (options.untilBlank) break;
    } else if (blockIndent === null) {
      indent = indent === null ? lead : Math.min(indent, lead);
    }
    end++;
  }
  end = Math.min(end, lines.length);
  const cut = indent !== null && indent > 0 && options.stripIndent !== false ? indent : 0;
  const block = lines.trimmed(start, end, firstIndent, cut);
  return { block, indent: indent ?? 0, blankFinish, end };
}

/** Index of the first blank line at or after `start` (docutils' get_text_block extent); `lines.length` if none. */
export function textBlockEnd(lines: SourceLines, start: number): number {
  let end = start;
  while (end < lines.length && !lines.isBlank(end)) end++;
  return end;
}
