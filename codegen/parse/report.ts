/**
 * docutils' reporter: every problem becomes a system_message node (its level decides whether it is an error)
 * and, from warnings up, a diagnostic of the document.
 */
import { node, type DocNode } from './doctree.js';
import type { Diagnostic } from './types.js';

/** docutils' message levels: information (not reported), warning, error, severe (reported as errors). */
export const INFO = 1;
/** A warning: a diagnostic with severity `warning`. */
export const WARNING = 2;
/** An error: a diagnostic with severity `error`. */
export const ERROR = 3;
/** A severe error: a diagnostic with severity `error`. */
export const SEVERE = 4;

/** Where a message points: docutils' line number, and a column for the editor. */
export interface MessagePlace {
  readonly line: number;
  readonly column: number;
}

/** Collects the document's diagnostics in the order docutils reports them. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  /** The document's number of lines, for docutils' reading of line numbers below 1 (see `reportedLine`). */
  documentLines = 0;

  /** Reports a message of `level` and returns its system_message node for the document tree. */
  report(level: number, message: string, rule: string, place: MessagePlace): DocNode {
    const line = this.reportedLine(place.line);
    const messageNode = node('system_message', message).at(line, place.column);
    if (level >= WARNING) {
      const severity = level >= ERROR ? 'error' : 'warning';
      this.diagnostics.push({ line, column: Math.max(1, place.column), severity, message, rule });
    }
    return messageNode;
  }

  /**
   * docutils looks every message line up in the document's lines, counting from the end for lines below 1 (a
   * Python negative index): a table whose line docutils dates before the document's start gets a line near its end.
   */
  private reportedLine(line: number): number {
    return line < 1 && line - 1 >= -this.documentLines ? this.documentLines + line : line;
  }

  info(message: string, rule: string, place: MessagePlace): DocNode {
    return this.report(INFO, message, rule, place);
  }

  warning(message: string, rule: string, place: MessagePlace): DocNode {
    return this.report(WARNING, message, rule, place);
  }

  error(message: string, rule: string, place: MessagePlace): DocNode {
    return this.report(ERROR, message, rule, place);
  }

  severe(message: string, rule: string, place: MessagePlace): DocNode {
    return this.report(SEVERE, message, rule, place);
  }
}
