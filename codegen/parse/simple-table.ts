/**
 * Simple tables (`=====  =====` borders): isolating the table block from the text around it and finding its
 * cells, as docutils does.
 */
import { TABLE_RULES, blankLineRequired, malformed } from './table-problems.js';
import { SimpleTableReader } from './table-simple-rows.js';
import type { TableExtent, TableParseResult, TableProblem, TextBlock } from './table-structure.js';
import { isBlankRange, pyStrip } from './table-text.js';
import { isSimpleTableBorder, isSimpleTableTop, isSpanUnderline } from './table-line-patterns.js';

export { isSimpleTableBorder, isSimpleTableTop, isSpanUnderline };

/**
 * How far the simple table whose top border is `region.lines[start]` reaches (docutils' isolate_simple_table):
 * to the second border line after the top (the bottom border when there is a header rule), or to the first
 * border line followed by a blank line or the end of `region`. Every border must be as long as the top border.
 * `region` is the text the table sits in, indentation removed; reported lines are source lines.
 */
export function simpleTableExtent(region: TextBlock, start: number): TableExtent {
  const lines = region.lines;
  if (!isSimpleTableTop(lines[start] ?? ''))
    throw new RangeError(`simpleTableExtent: line ${start} is not a simple table border`);
  const sourceLine = (index: number): number => region.firstLine + index;
  const endsBlock = (index: number): boolean => index === lines.length - 1 || isBlankRange(lines[index + 1]!);
  const topLength = pyStrip(lines[start]!).length;
  const extent = (
    blockLength: number,
    lastLine: number,
    blankFinish: boolean,
    errors: TableProblem[],
  ): TableExtent => ({
    blockLength,
    consumed: lastLine - start + 1,
    blankFinish,
    docutilsLine: sourceLine(start),
    errors,
    warnings: blankFinish ? [] : [blankLineRequired(sourceLine(lastLine + 1), region.indent + 1)],
  });
  let found = 0;
  let foundAt = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isSimpleTableBorder(line)) continue;
    const length = pyStrip(line).length;
    if (length !== topLength)
      return extent(0, i, endsBlock(i), [
        borderMismatch(sourceLine(i), sourceLine(start), length, topLength, region.indent),
      ]);
    found++;
    foundAt = i;
    if (found === 2 || endsBlock(i)) return extent(i - start + 1, i, endsBlock(i), []);
  }
  if (found > 0)
    return extent(0, foundAt, false, [
      missingBottom(true, sourceLine(start), sourceLine(foundAt), region.indent),
    ]);
  return extent(0, lines.length - 1, true, [
    missingBottom(false, sourceLine(start), sourceLine(start), region.indent),
  ]);
}

function borderMismatch(
  line: number,
  topLine: number,
  length: number,
  topLength: number,
  indent: number,
): TableProblem {
  // Newer docutils' wording and line (the mismatching border); 0.19 says "Bottom/header table border does not
  // match top border." at the table's first line.
  const detail = 'Bottom border or header rule does not match top border.';
  const explanation = `The border on line ${line} is ${length} characters long, the top border on line ${topLine} ${topLength}; make them the same length.`;
  return malformed(
    TABLE_RULES.simpleBorderMismatch,
    detail,
    explanation,
    line,
    indent + Math.min(length, topLength) + 1,
    topLine,
  );
}

function missingBottom(
  borderWithoutBlank: boolean,
  topLine: number,
  borderLine: number,
  indent: number,
): TableProblem {
  const detail = borderWithoutBlank
    ? 'No bottom table border found or no blank line after table bottom.'
    : 'No bottom table border found.';
  const explanation = borderWithoutBlank
    ? `The border on line ${borderLine} is followed by text: end the table with a border line and a blank line after it.`
    : `The table starting on line ${topLine} needs a bottom border line like its top border.`;
  return malformed(TABLE_RULES.simpleBottomBorder, detail, explanation, topLine, indent + 1);
}

/** Parses an isolated simple table block (see `simpleTableExtent`) into rows of raw cells, or reports why docutils rejects it. */
export function parseSimpleTable(block: TextBlock): TableParseResult {
  return new SimpleTableReader(block).read();
}
