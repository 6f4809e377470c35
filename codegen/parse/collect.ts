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
  const rows = (tag: string): Cell[][] => describeRows(group?.children.find((child) => child.tag === tag));
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

/**
 * The cells of a thead or tbody, row by row. The tree is dropped once its tables are collected, so each described
 * row lets go of its entries (unless one holds a nested table, still to be collected), and so does the part when
 * it can: a large table never exists as nodes and as cells at once.
 */
function describeRows(part: DocNode | undefined): Cell[][] {
  if (part === undefined) return [];
  let released = true;
  const rows = part.children.map((row) => {
    const cells = row.children.map(describeCell);
    if (row.children.every((entry) => entry.children.length === 0)) row.clear();
    else released = false;
    return cells;
  });
  if (released) part.clear();
  return rows;
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
