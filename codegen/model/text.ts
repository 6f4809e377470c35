/**
 * Normalises cell text for use in generated code: each paragraph's white space folded to single spaces,
 * paragraphs separated by one blank line, no leading or trailing white space.
 */
export function foldCellText(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Folds all white space to single spaces: for comparing header labels and short keys. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
