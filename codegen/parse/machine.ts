/**
 * The reading position of one parsing level (docutils' nested state machine): its lines, the line it is at,
 * the node it adds to, and docutils' two line numberings.
 */
import type { DocNode } from './doctree.js';
import type { InlineContext } from './inline.js';
import { isBlank } from './py-text.js';
import type { MessagePlace, Reporter } from './report.js';
import { indentedBlock, type SourceLines } from './source-lines.js';
import type { TargetNames } from './target-names.js';

/** What one document's parse shares across all levels (docutils' memo). */
export interface Session {
  readonly reporter: Reporter;
  /** Title adornment styles in order of first use, and the current section depth (document level only). */
  readonly titleStyles: string[];
  sectionLevel: number;
  /** Names of the substitution definitions seen so far. */
  readonly substitutionNames: Set<string>;
  /** The role of interpreted text without an explicit role (`.. default-role::`). */
  defaultRole: string;
  /** The document's reference names, for docutils' duplicate name messages. */
  readonly names: TargetNames;
  /** How many table nodes were made so far (a table cell whose parse made none can drop its content). */
  tablesMade: number;
  /** How many nested parses are under way (see MAX_NESTING). */
  nesting: number;
  /** The document node (the `meta` directive puts its nodes at its start). */
  readonly document: DocNode;
  /** Nodes docutils puts in the document's decoration (header and footer directives). */
  readonly decoration: DocNode;
}

/** An indented block taken from the lines, as docutils' get_indented family returns it. */
export interface TakenBlock {
  readonly block: SourceLines;
  /** Indentation removed from the lines after the first. */
  readonly indent: number;
  /** docutils' absolute line offset (0-based) of block line 0. */
  readonly offset: number;
  readonly blankFinish: boolean;
}

/** One parsing level: `pos` is the index of the next line to read. */
export class Machine {
  pos = 0;

  constructor(
    readonly session: Session,
    readonly lines: SourceLines,
    /** docutils' input_offset: line i is line number inputOffset + i + 1 in docutils' counting. */
    readonly inputOffset: number,
    public parent: DocNode,
    readonly matchTitles: boolean,
  ) {}

  get reporter(): Reporter {
    return this.session.reporter;
  }

  get atEnd(): boolean {
    return this.pos >= this.lines.length;
  }

  /** Line `i` ('' past the end). */
  line(i = this.pos): string {
    return this.lines.text(i);
  }

  /**
   * docutils' abs_line_number() for line `i`. Inside table cells docutils counts one line low (it passes a 1-based
   * line as a 0-based offset), and reports most problems with this numbering.
   */
  absLine(i: number): number {
    return this.inputOffset + i + 1;
  }

  /** docutils' abs_line_offset() for line `i`. */
  absOffset(i: number): number {
    return this.inputOffset + i;
  }

  /** The true 1-based source line of line `i` (docutils' get_source_and_line). */
  sourceLine(i: number): number {
    if (this.lines.length === 0) return this.inputOffset + 1;
    if (i >= this.lines.length)
      return this.lines.row(this.lines.length - 1) + 1 + (i - this.lines.length + 1);
    return this.lines.row(i) + 1;
  }

  /** The 1-based source column of line `i`'s start (plus `chars` code points). */
  sourceColumn(i: number, chars = 0): number {
    return this.lines.col(i) + chars + 1;
  }

  /** A message place in docutils' numbering, pointing at the start of line `i`. */
  placeAbs(i: number, chars = 0): MessagePlace {
    return { line: this.absLine(i), column: this.sourceColumn(i, chars) };
  }

  /** A message place at the true source line of line `i`. */
  placeSource(i: number, chars = 0): MessagePlace {
    return { line: this.sourceLine(i), column: this.sourceColumn(i, chars) };
  }

  /**
   * Runs `read` with `parent` as the node being added to, as docutils' nested state machine for a list's further
   * items does (its messages about reference names land there).
   */
  within<T>(parent: DocNode, read: () => T): T {
    const saved = this.parent;
    this.parent = parent;
    try {
      return read();
    } finally {
      this.parent = saved;
    }
  }

  /** The context for inline markup parsed at `place`: its target names are noted, messages going to the parent. */
  inlineContext(place: MessagePlace): InlineContext {
    return {
      reporter: this.reporter,
      place,
      defaultRole: this.session.defaultRole,
      targets: { names: this.session.names, parent: this.parent },
    };
  }

  /** docutils' is_next_line_blank() with the state machine on line `pos - 1`: true at the end. */
  nextLineBlank(): boolean {
    return this.atEnd || isBlank(this.line(this.pos));
  }

  /** docutils' get_indented(): the indented block starting at the current line; moves past it. */
  takeIndented(untilBlank = false, stripIndent = true): TakenBlock {
    const start = this.pos;
    const found = indentedBlock(this.lines, start, { untilBlank, stripIndent });
    this.pos = Math.max(found.end, Math.min(start + 1, this.lines.length));
    return this.withoutLeadingBlanks(found.block, found.indent, start, found.blankFinish);
  }

  /** docutils' get_known_indented(indent): lines indented at least `indent`, the first line cut at `indent`. */
  takeKnownIndented(indent: number): TakenBlock {
    const start = this.pos;
    const found = indentedBlock(this.lines, start, { blockIndent: indent });
    this.pos = Math.max(found.end, Math.min(start + 1, this.lines.length));
    return this.withoutLeadingBlanks(found.block, indent, start, found.blankFinish);
  }

  /** docutils' get_first_known_indented(indent): the first line cut at `indent`, the rest measured. */
  takeFirstKnownIndented(
    indent: number,
    options: {
      readonly untilBlank?: boolean;
      readonly stripIndent?: boolean;
      readonly stripTop?: boolean;
    } = {},
  ): TakenBlock {
    const start = this.pos;
    const found = indentedBlock(this.lines, start, {
      firstIndent: indent,
      untilBlank: options.untilBlank ?? false,
      stripIndent: options.stripIndent ?? true,
    });
    this.pos = Math.max(found.end, Math.min(start + 1, this.lines.length));
    if (options.stripTop === false)
      return {
        block: found.block,
        indent: found.indent,
        offset: this.absOffset(start),
        blankFinish: found.blankFinish,
      };
    return this.withoutLeadingBlanks(found.block, found.indent, start, found.blankFinish);
  }

  private withoutLeadingBlanks(
    block: SourceLines,
    indent: number,
    start: number,
    blankFinish: boolean,
  ): TakenBlock {
    let skip = 0;
    while (skip < block.length && isBlank(block.text(skip))) skip++;
    return { block: block.slice(skip), indent, offset: this.absOffset(start + skip), blankFinish };
  }
}
