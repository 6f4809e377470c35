/**
 * An independent count of the codes each service documents, taken straight from docutils' oracle of the
 * corpus pages (`pages.oracle.json`) with deliberately simple rules, to check the model against.
 */
interface OracleCell {
  readonly text: string;
  readonly morerows: number;
  readonly morecols: number;
}
interface OracleTable {
  readonly cols: number;
  readonly header: readonly (readonly OracleCell[])[];
  readonly body: readonly (readonly OracleCell[])[];
}

/** Distinct status codes and error codes in a set of oracle tables. */
export function countCodes(tables: readonly OracleTable[]): { status: Set<number>; errors: Set<string> } {
  const status = new Set<number>();
  const errors = new Set<string>();
  for (const table of tables) {
    const labels = (table.header.at(-1) ?? []).map((c) => c.text.toLowerCase().replace(/\s+/g, ' ').trim());
    if (labels.length !== table.cols) continue;
    const errorColumn = labels.findIndex((l) => /^error (code|type)s?$/.test(l));
    const statusColumn = labels.findIndex((l) => STATUS_HEADER.test(l));
    if (errorColumn >= 0) for (const key of columnTexts(table, errorColumn)) addErrorCode(errors, key);
    else if (statusColumn >= 0)
      for (const key of columnTexts(table, statusColumn)) addStatusCodes(status, key);
  }
  return { status, errors };
}

const STATUS_HEADER =
  /^(http )?status codes?( & message)?$|^return(ed)? values?$|^return codes?$|^(normal |error )?(response|status) codes?$|^(successful|error) response$/;

/** The texts of one column, for the rows where no span shifts the cells (the common case). */
function columnTexts(table: OracleTable, column: number): string[] {
  const texts: string[] = [];
  let coveredBelow = 0;
  for (const row of table.body) {
    if (coveredBelow > 0) {
      coveredBelow -= 1;
      continue;
    }
    if (row.length !== table.cols || row.some((c) => c.morecols > 0)) continue;
    const cell = row[column];
    if (!cell) continue;
    coveredBelow = cell.morerows;
    texts.push(cell.text.replace(/\s+/g, ' ').trim());
  }
  return texts;
}

function addStatusCodes(status: Set<number>, key: string): void {
  const codes = /^\d{3}(\s*\/\s*\d{3})*(\s|$)/.exec(key)?.[0].match(/\d{3}/g) ?? [];
  for (const code of codes) status.add(Number(code));
}

function addErrorCode(errors: Set<string>, key: string): void {
  if (key === '' || key === '-' || key.split(' ').length > 3) return;
  errors.add(key.replace(/ /g, ''));
}
