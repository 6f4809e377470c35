/**
 * The line patterns that start, end and divide grid and simple tables (docutils' table regular expressions,
 * written as plain scans so that long lines cost linear time).
 */

/** Whether `line` is a grid table border (`+--+---+`; docutils' grid_table_top_pat): the top or bottom of a table. */
export function isGridTableTop(line: string): boolean {
  return isRuleLine(line, '-');
}

/** Whether `line` is a grid table head/body separator (`+==+===+`). */
export function isGridHeadSeparator(line: string): boolean {
  return isRuleLine(line, '=');
}

/** `+<fill>[<fill>+]+<fill>+` followed by nothing but spaces. */
function isRuleLine(line: string, fill: string): boolean {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  if (end < 5 || line[0] !== '+' || line[1] !== fill || line[end - 2] !== fill || line[end - 1] !== '+')
    return false;
  for (let i = 2; i < end - 2; i++) {
    if (line[i] !== fill && line[i] !== '+') return false;
  }
  return true;
}

/** Whether `line` starts a simple table: two or more `=` runs separated by spaces (docutils' simple_table_top_pat). */
export function isSimpleTableTop(line: string): boolean {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  if (end === 0 || line[0] !== '=' || line[end - 1] !== '=') return false;
  let gaps = 0;
  for (let i = 1; i < end; i++) {
    const ch = line[i];
    if (ch === ' ' && line[i - 1] === '=') gaps++;
    else if (ch !== ' ' && ch !== '=') return false;
  }
  return gaps > 0;
}

/** Whether `line` is a simple table border or header rule: `=` first, then only `=` and spaces. */
export function isSimpleTableBorder(line: string): boolean {
  return line[0] === '=' && onlyChars(line, '=');
}

/** Whether `line` is a column span underline (or a border turned into one): `-` first, then only `-` and spaces. */
export function isSpanUnderline(line: string): boolean {
  return line[0] === '-' && onlyChars(line, '-');
}

function onlyChars(line: string, fill: string): boolean {
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== fill && line[i] !== ' ') return false;
  }
  return true;
}
