/**
 * Where a grid table ends: docutils' rules for isolating a grid table from the text around it, with the
 * problems (and the quirks) of those rules.
 */
import { TABLE_RULES, blankLineRequired, malformed, problem, quoteChar } from './table-problems.js';
import type { TableExtent, TableProblem, TextBlock } from './table-structure.js';
import { isBlankRange, pyStrip, trimmedStart } from './table-text.js';
import { isGridTableTop } from './table-line-patterns.js';

/**
 * How far the grid table whose top border is `region.lines[start]` reaches (docutils' isolate_grid_table):
 * the lines up to the first blank line, cut at the first line not starting with `+` or `|` (or an indented
 * line: "Unexpected indentation."), and back to the last border line when the block does not end with one.
 * `region` is the text the table sits in, indentation removed; reported lines are source lines.
 */
export function gridTableExtent(region: TextBlock, start: number): TableExtent {
  const lines = region.lines;
  if (!isGridTableTop(lines[start] ?? ''))
    throw new RangeError(`gridTableExtent: line ${start} is not a grid table border`);
  const sourceLine = (index: number): number => region.firstLine + index;
  const errors: TableProblem[] = [];
  let blankFinish = true;
  let end = start;
  while (end < lines.length && !isBlankRange(lines[end]!)) {
    if (lines[end]![0] === ' ') {
      errors.push(
        problem(
          TABLE_RULES.unexpectedIndentation,
          'Unexpected indentation.',
          sourceLine(end),
          region.indent + 1,
        ),
      );
      blankFinish = false;
      break;
    }
    end++;
  }
  const ragged = firstLineOffEdge(lines, start, end);
  const cutByRaggedLine = ragged < end;
  if (cutByRaggedLine) {
    blankFinish = false;
    end = ragged;
  }
  const finish = (blockLength: number, consumed: number, docutilsLine: number): TableExtent => ({
    blockLength,
    consumed,
    blankFinish,
    docutilsLine,
    errors,
    warnings: blankFinish ? [] : [blankLineRequired(sourceLine(start + consumed), region.indent + 1)],
  });
  if (isGridTableTop(pyStrip(lines[end - 1]!))) return finish(end - start, end - start, sourceLine(start));
  // A block that does not end with a border is not followed by a blank line where docutils 0.19 sees it end,
  // whether or not an earlier border ends the table: it warns "Blank line required after table." either way.
  blankFinish = false;
  const bottom = lastInnerBorder(lines, start, end);
  if (bottom >= 0) {
    // docutils backs up two lines too far here: it resumes at the line before the bottom border and dates the table two lines early.
    return finish(bottom - start + 1, bottom - start - 1, sourceLine(start) - 2);
  }
  errors.push(missingBottomBorder(lines, start, end, cutByRaggedLine, sourceLine, region.indent));
  return finish(0, end - start, sourceLine(start));
}

/** Index of the first line in [start, end) that does not start with `+` or `|` once stripped; `end` if none. */
function firstLineOffEdge(lines: readonly string[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const stripped = pyStrip(lines[i]!);
    if (stripped[0] !== '+' && stripped[0] !== '|') return i;
  }
  return end;
}

/** docutils searches from the second-last line up to the table's third line for a border to end the table at. */
function lastInnerBorder(lines: readonly string[], start: number, end: number): number {
  for (let i = end - 2; i > start + 1; i--) {
    if (isGridTableTop(pyStrip(lines[i]!))) return i;
  }
  return -1;
}

/**
 * "Bottom border missing or corrupt." Newer docutils dates the error at the line its backward search for a
 * border stopped at (the table's third line, or the block's end for shorter blocks); the explanation names
 * the line that should have been the bottom border.
 */
function missingBottomBorder(
  lines: readonly string[],
  start: number,
  end: number,
  cutByRaggedLine: boolean,
  sourceLine: (index: number) => number,
  indent: number,
): TableProblem {
  const fault = cutByRaggedLine
    ? raggedLineFault(lines[end]!, sourceLine(end))
    : lastLineFault(pyStrip(lines[end - 1]!), sourceLine(end - 1), indent);
  const reported = end - start >= 4 ? start + 2 : cutByRaggedLine ? end : end - 1;
  const column = sourceLine(reported) === fault.line ? indent + fault.column + 1 : indent + 1;
  // docutils 0.19 says only "Malformed table." and names the table's first line.
  return malformed(
    TABLE_RULES.gridBottomBorder,
    'Bottom border missing or corrupt.',
    fault.explanation,
    sourceLine(reported),
    column,
    sourceLine(start),
  );
}

interface Fault {
  readonly line: number;
  /** 0-based column in the line. */
  readonly column: number;
  readonly explanation: string;
}

function raggedLineFault(text: string, line: number): Fault {
  const column = trimmedStart(text);
  const explanation = `Line ${line} should continue the table or be its bottom border (+---+), but it starts with ${quoteChar(text[column])}.`;
  return { line, column, explanation };
}

function lastLineFault(last: string, line: number, indent: number): Fault {
  const column = firstNonBorderColumn(last);
  if (column < 0)
    return {
      line,
      column: 0,
      explanation: `The table's last line (line ${line}) is not a border line like +-----+; add the bottom border.`,
    };
  const explanation = `The table's last line (line ${line}) should be its bottom border (+-----+), but has ${quoteChar(last[column])} at column ${indent + column + 1}.`;
  return { line, column, explanation };
}

/** The first column where a would-be border line leaves the `+---+` pattern; -1 when it does not even start like one. */
function firstNonBorderColumn(line: string): number {
  if (line[0] !== '+') return -1;
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== '-' && line[i] !== '+') return i;
  }
  return line.length;
}
