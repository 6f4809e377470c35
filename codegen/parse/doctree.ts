/**
 * A small document tree, just enough of docutils' doctree to know which nodes hold a table and what each cell's
 * `astext()` is. Inline markup is already reduced to text, so text-like nodes are leaves.
 */

/** Table facts kept on a `table` node. */
export interface TableFacts {
  readonly syntax: 'grid' | 'simple' | 'list-table' | 'csv-table';
  /** The line docutils records for the table (its numbering, see Machine.absLine). */
  readonly line: number;
  /** The true 1-based source place of the table's first line (border or directive). */
  readonly sourceLine: number;
  readonly sourceColumn: number;
  colwidths: number[];
  /** The title (directive argument) as plain text. */
  title: string | null;
}

const NO_CHILDREN: readonly DocNode[] = Object.freeze([]);

/** One node: its docutils tag name, children, and (for text-like nodes) its plain text. */
export class DocNode {
  /** Allocated on the first child: most nodes (paragraphs, cells' text) are leaves. */
  private kids: DocNode[] | null = null;
  parent: DocNode | null = null;
  /** 1-based true source place (0 when unknown). */
  line = 0;
  column = 0;
  /** Entry spans. */
  morerows = 0;
  morecols = 0;
  table: TableFacts | null = null;
  /** A settled entry's block names (its children are then dropped, see `settleEntry`). */
  blocks: readonly string[] | null = null;

  constructor(
    readonly tag: string,
    public text = '',
  ) {}

  /** The child nodes in order. */
  get children(): readonly DocNode[] {
    return this.kids ?? NO_CHILDREN;
  }

  /** Adds `nodes` as the last children. */
  append(...nodes: DocNode[]): this {
    if (nodes.length === 0) return this;
    for (const node of nodes) node.parent = this;
    // The first children take the arguments' own array, which is exactly as long as needed (a table row's
    // cells are appended at once, and 100,000 rows each with room for 17 children would add up).
    if (this.kids === null) this.kids = nodes;
    else for (const node of nodes) this.kids.push(node);
    return this;
  }

  /** Inserts `node` as the first child. */
  prepend(node: DocNode): void {
    node.parent = this;
    (this.kids ??= []).unshift(node);
  }

  /** Removes all children. */
  clear(): void {
    this.kids = null;
  }

  /** Sets the node's source place; returns the node. */
  at(line: number, column: number): this {
    this.line = line;
    this.column = column;
    return this;
  }
}

/** Creates a node with the given tag and text. */
export function node(tag: string, text = ''): DocNode {
  return new DocNode(tag, text);
}

/** docutils' child_text_separator of the element classes that do not use a blank line. */
const SEPARATORS: Readonly<Record<string, string>> = {
  option: '',
  option_group: ', ',
  option_list_item: '  ',
  substitution_definition: '',
};

/** docutils' `node.astext()` with system messages left out (the oracle removes them before taking the text). */
export function astext(root: DocNode): string {
  const children = root.children;
  if (children.length === 0) return root.text;
  if (children.length === 1 && children[0]!.children.length === 0 && children[0]!.tag !== 'system_message')
    return children[0]!.text;
  const parts: string[] = [];
  for (const child of root.children) {
    if (child.tag !== 'system_message') parts.push(astext(child));
  }
  return parts.join(SEPARATORS[root.tag] ?? '\n\n');
}

const INTERNED_BLOCKS = new Map<string, readonly string[]>();
const ONE_PARAGRAPH: readonly string[] = Object.freeze(['paragraph']);

/** The tag names of `node`'s children, as a shared read-only list (most cells hold the same few shapes). */
export function blockNames(node: DocNode): readonly string[] {
  if (node.blocks !== null) return node.blocks;
  const children = node.children;
  if (children.length === 1 && children[0]!.tag === 'paragraph') return ONE_PARAGRAPH;
  const tags = children.map((child) => child.tag);
  const key = tags.join(' ');
  let shared = INTERNED_BLOCKS.get(key);
  if (shared === undefined) {
    shared = Object.freeze(tags);
    if (INTERNED_BLOCKS.size < 1000) INTERNED_BLOCKS.set(key, shared);
  }
  return shared;
}

/**
 * Fixes a table entry's text and block names once its content is parsed, and drops the content when it holds no
 * table (nothing else inside an entry is needed later): large tables then keep only their cells' texts.
 */
export function settleEntry(entry: DocNode, holdsTable: boolean): void {
  entry.blocks = blockNames(entry);
  if (holdsTable) return;
  entry.text = astext(entry);
  entry.clear();
}

/**
 * Settles an entry holding one paragraph of plain text as `settleEntry` would once the paragraph was appended,
 * without making the paragraph: most table cells are a few plain words.
 */
export function settleParagraphEntry(entry: DocNode, text: string): void {
  entry.blocks = ONE_PARAGRAPH;
  entry.text = text;
}

/** Every node of the tree in document order (pre-order), without recursion. */
export function* walk(root: DocNode): Generator<DocNode> {
  const stack: DocNode[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    yield current;
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
}
