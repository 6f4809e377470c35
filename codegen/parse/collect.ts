/**
 * The reader's output from the document tree: every table node in document order, its cells' texts and the
 * element names between the table and its section.
 */
import { astext, blockNames, walk, type DocNode } from './doctree.js';
import type { Cell, Table } from './types.js';

/** Every table of the tree, nested tables after their parent, in docutils' doctree order. */
export function collectTables(root: DocNode): Table[] {
  const tables: Table[] = [];
  for (const current of walk(root)) {
    if (current.tag === 'table' && current.table !== null) tables.push(describeTable(current, root));
  }
  return tables;
}

function describeTable(table: DocNode, root: DocNode): Table {
  const facts = table.table!;
  const group = table.children.find((child) => child.tag === 'tgroup');
  const rows = (tag: string): Cell[][] =>
    (group?.children.find((child) => child.tag === tag)?.children ?? []).map((row) =>
      row.children.map(describeCell),
    );
  return {
    title: facts.title,
    line: facts.line,
    column: facts.sourceColumn,
    sourceLine: facts.sourceLine,
    syntax: facts.syntax,
    context: contextOf(table, root),
    cols: facts.colwidths.length,
    colwidths: facts.colwidths,
    header: rows('thead'),
    body: rows('tbody'),
  };
}

function describeCell(entry: DocNode): Cell {
  return {
    text: astext(entry),
    morerows: entry.morerows,
    morecols: entry.morecols,
    blocks: blockNames(entry),
    line: entry.line,
    column: entry.column,
  };
}

/** Tag names of the elements between the root (the document, standing in for the section) and `table`. */
function contextOf(table: DocNode, root: DocNode): string[] {
  const context: string[] = [];
  for (let parent = table.parent; parent !== null && parent !== root; parent = parent.parent)
    context.unshift(parent.tag);
  return context;
}
