/**
 * The RST reader: finds every table of a reStructuredText document as docutils 0.19 does, with each cell's text,
 * and reports the problems docutils reports.
 */
import { nestedParse } from './body.js';
import { collectTables } from './collect.js';
import { node } from './doctree.js';
import { documentLines } from './document-lines.js';
import type { Session } from './machine.js';
import { Reporter } from './report.js';
import { SourceLines } from './source-lines.js';
import { TargetNames } from './target-names.js';
import type { ParsedDocument } from './types.js';

export type { Cell, Diagnostic, ParsedDocument, SourcePlace, Table, TableSyntax } from './types.js';

/** Reader settings. */
export interface ParseOptions {
  /** Columns per tab stop when tabs are expanded (docutils' tab_width, default 8). */
  readonly tabWidth?: number;
}

/** Reads every table of an RST document, as docutils would. `text` is the decoded document (no BOM). */
export function parseRst(text: string, options: ParseOptions = {}): ParsedDocument {
  const reporter = new Reporter();
  const root = node('document');
  const session: Session = {
    reporter,
    titleStyles: [],
    sectionLevel: 0,
    substitutionNames: new Set(),
    defaultRole: '',
    names: new TargetNames(reporter),
    nesting: 0,
    tablesMade: 0,
    document: root,
    decoration: node('decoration'),
  };
  try {
    const lines = SourceLines.ofDocument(documentLines(text, options.tabWidth ?? 8));
    reporter.documentLines = lines.length;
    nestedParse(session, lines, 0, root, true);
  } catch (error) {
    // A last resort: nesting is limited (see nestedParse), so the stack should never overflow.
    if (!(error instanceof RangeError)) throw error;
    reporter.error('The document nests too deeply to be read.', 'nesting-too-deep', { line: 1, column: 1 });
  }
  if (session.decoration.children.length > 0) root.prepend(session.decoration);
  return { tables: collectTables(root), diagnostics: reporter.diagnostics };
}
