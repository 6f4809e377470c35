/**
 * Test helper: what the table parsers make of a fixture file, as plain data to compare with its
 * `.expected.json` twin.
 */
import type { TableProblem } from '../../../codegen/parse/table-structure.js';
import type { FoundTable } from './bare-tables.js';

/** A found table's extent, the isolation messages, and the parse result (table or problems). */
export function reportOf(found: FoundTable): unknown {
  const { blockLength, consumed, blankFinish, docutilsLine, errors, warnings } = found.extent;
  const result =
    found.result === null
      ? null
      : found.result.ok
        ? { table: found.result.table }
        : { problems: found.result.problems.map(plain) };
  return {
    syntax: found.syntax,
    extent: { blockLength, consumed, blankFinish, docutilsLine },
    errors: errors.map(plain),
    warnings: warnings.map(plain),
    result,
  };
}

function plain(problem: TableProblem): Pick<TableProblem, 'rule' | 'line' | 'column' | 'message'> {
  return { rule: problem.rule, line: problem.line, column: problem.column, message: problem.message };
}
