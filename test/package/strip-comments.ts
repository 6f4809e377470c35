import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// TypeScript 7 has no synchronous parser API; TypeScript 6's parser tells comments from strings and templates.
import ts from 'typescript6';

/** Annotations bundlers read: `/* @__PURE__ *\/` lets them drop an unused frozen object. */
const ANNOTATION = /^\/\*\s*[@#]__(PURE|NO_SIDE_EFFECTS)__\s*\*\/$/;

/**
 * The JavaScript `text` without its comments, except bundler annotations; a comment alone on its line goes with
 * the line. Tokens are left exactly as they are.
 */
export function stripComments(text: string): string {
  let result = '';
  let copiedUpTo = 0;
  for (const comment of commentRanges(text)) {
    if (ANNOTATION.test(text.slice(comment.pos, comment.end))) continue;
    const { start, end, replacement } = removal(text, comment);
    if (start < copiedUpTo) continue;
    result += text.slice(copiedUpTo, start) + replacement;
    copiedUpTo = end;
  }
  return result + text.slice(copiedUpTo);
}

/** Strips the comments of every `.js` file under `dir`, in place. */
export async function stripCommentsInTree(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((path) =>
    path.endsWith('.js'),
  );
  await Promise.all(
    files.map(async (path) => {
      const file = join(dir, path);
      await writeFile(file, stripComments(await readFile(file, 'utf8')));
    }),
  );
}

/**
 * The comments of a JavaScript text, in order: those in the trivia at either end of a node of its syntax tree.
 * A comment with no node edge beside it (inside `{}` or `[]`) is left in.
 */
function commentRanges(text: string): ts.CommentRange[] {
  const file = ts.createSourceFile('file.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = new Map<number, ts.CommentRange>();
  const add = (found: readonly ts.CommentRange[] | undefined) => {
    for (const range of found ?? []) ranges.set(range.pos, range);
  };
  // Both ends of every node sit in trivia; leading ranges start after a line break, trailing ones stop at it.
  const visit = (node: ts.Node): void => {
    for (const at of [node.pos, node.end]) {
      add(ts.getLeadingCommentRanges(text, at));
      add(ts.getTrailingCommentRanges(text, at));
    }
    node.forEachChild(visit);
  };
  visit(file);
  add(ts.getLeadingCommentRanges(text, file.endOfFileToken.pos));
  return [...ranges.values()].sort((a, b) => a.pos - b.pos);
}

/** What to cut for one comment, and what to put in its place so that the tokens around it stay apart. */
function removal(
  text: string,
  comment: ts.CommentRange,
): { start: number; end: number; replacement: string } {
  const lineStart = text.lastIndexOf('\n', comment.pos - 1) + 1;
  const newline = text.indexOf('\n', comment.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, comment.pos));
  const aloneAfter = /^[ \t\r]*$/.test(text.slice(comment.end, lineEnd));
  if (aloneBefore && aloneAfter)
    return { start: lineStart, end: newline < 0 ? lineEnd : lineEnd + 1, replacement: '' };
  if (aloneAfter)
    return { start: text.slice(0, comment.pos).trimEnd().length, end: comment.end, replacement: '' };
  const joinsWords = /[\w$]/.test(text[comment.pos - 1] ?? '') && /[\w$]/.test(text[comment.end] ?? '');
  return { start: comment.pos, end: comment.end, replacement: joinsWords ? ' ' : '' };
}
