/**
 * The state machine of Python's csv reader (3.11, strict mode), one character at a time; each line is
 * followed by a line break and the end-of-line pseudo character, as when docutils feeds it lines.
 */
import type { CsvCell, CsvDialect, CsvRow } from './csv-data.js';
import { TABLE_RULES, problem } from './table-problems.js';
import type { TableProblem, TextBlock } from './table-structure.js';

/** Python's csv module refuses fields longer than this (csv.field_size_limit()'s default). */
export const CSV_FIELD_LIMIT = 131072;

/** The csv module's error, with its place. */
export class CsvError extends Error {
  constructor(readonly problem: TableProblem) {
    super(problem.message);
  }
}

type State =
  | 'startRecord'
  | 'startField'
  | 'escapedChar'
  | 'afterEscapedLineBreak'
  | 'inField'
  | 'inQuotedField'
  | 'escapeInQuotedField'
  | 'quoteInQuotedField'
  | 'eatLineBreak';

/** Stands for the end of a line in the state machine (the csv module's EOL pseudo-character). */
const EOL = '';

/** Reads all rows of a block; use once. */
export class CsvReader {
  private state: State = 'startRecord';
  private field: string[] = [];
  private fieldStart = { line: 0, column: 0 };
  private cells: CsvCell[] = [];
  private readonly rows: CsvRow[] = [];
  private recordLine = 0;
  private line = 0;
  private column = 0;

  constructor(
    private readonly block: TextBlock,
    private readonly dialect: CsvDialect,
  ) {}

  readAll(): CsvRow[] {
    this.block.lines.forEach((text, index) => {
      this.line = this.block.firstLine + index;
      if (this.state === 'startRecord') this.recordLine = this.line;
      this.column = this.block.indent + 1;
      for (const ch of text) {
        this.step(ch);
        this.column++;
      }
      this.step('\n');
      this.column++;
      this.step(EOL);
      if (this.state === 'startRecord') this.endRecord();
    });
    if (this.field.length > 0 || this.state === 'inQuotedField') this.failUnexpectedEnd();
    return this.rows;
  }

  private step(ch: string): void {
    switch (this.state) {
      case 'startRecord':
        if (ch === EOL) return;
        if (ch === '\n' || ch === '\r') {
          this.state = 'eatLineBreak';
          return;
        }
        this.state = 'startField';
        return this.startField(ch);
      case 'startField':
        return this.startField(ch);
      case 'escapedChar':
        return this.escapedChar(ch);
      case 'afterEscapedLineBreak':
        if (ch === EOL) return;
        return this.inField(ch);
      case 'inField':
        return this.inField(ch);
      case 'inQuotedField':
        return this.inQuotedField(ch);
      case 'escapeInQuotedField':
        this.addChar(ch === EOL ? '\n' : ch);
        this.state = 'inQuotedField';
        return;
      case 'quoteInQuotedField':
        return this.quoteInQuotedField(ch);
      case 'eatLineBreak':
        if (ch === EOL) this.state = 'startRecord';
        return;
    }
  }

  private startField(ch: string): void {
    const { delimiter, quotechar, escapechar, skipinitialspace } = this.dialect;
    if (ch === '\n' || ch === '\r' || ch === EOL) {
      this.markFieldStart();
      this.saveField();
      this.state = ch === EOL ? 'startRecord' : 'eatLineBreak';
    } else if (ch === quotechar) {
      this.markFieldStart();
      this.state = 'inQuotedField';
    } else if (ch === escapechar) {
      this.markFieldStart();
      this.state = 'escapedChar';
    } else if (ch === ' ' && skipinitialspace) {
      // spaces after a delimiter are not part of the field
    } else if (ch === delimiter) {
      this.markFieldStart();
      this.saveField();
    } else {
      this.markFieldStart();
      this.addChar(ch);
      this.state = 'inField';
    }
  }

  private escapedChar(ch: string): void {
    if (ch === '\n' || ch === '\r') {
      this.addChar(ch);
      this.state = 'afterEscapedLineBreak';
      return;
    }
    this.addChar(ch === EOL ? '\n' : ch);
    this.state = 'inField';
  }

  private inField(ch: string): void {
    if (ch === '\n' || ch === '\r' || ch === EOL) {
      this.saveField();
      this.state = ch === EOL ? 'startRecord' : 'eatLineBreak';
    } else if (ch === this.dialect.escapechar) {
      this.state = 'escapedChar';
    } else if (ch === this.dialect.delimiter) {
      this.saveField();
      this.state = 'startField';
    } else {
      this.addChar(ch);
    }
  }

  private inQuotedField(ch: string): void {
    if (ch === EOL) return;
    if (ch === this.dialect.escapechar) this.state = 'escapeInQuotedField';
    else if (ch === this.dialect.quotechar)
      this.state = this.dialect.doublequote ? 'quoteInQuotedField' : 'inField';
    else this.addChar(ch);
  }

  private quoteInQuotedField(ch: string): void {
    if (ch === this.dialect.quotechar) {
      this.addChar(ch);
      this.state = 'inQuotedField';
    } else if (ch === this.dialect.delimiter) {
      this.saveField();
      this.state = 'startField';
    } else if (ch === '\n' || ch === '\r' || ch === EOL) {
      this.saveField();
      this.state = ch === EOL ? 'startRecord' : 'eatLineBreak';
    } else {
      this.failDelimiterExpected(ch);
    }
  }

  private markFieldStart(): void {
    this.fieldStart = { line: this.line, column: this.column };
  }

  private addChar(ch: string): void {
    if (this.field.length >= CSV_FIELD_LIMIT) this.failFieldLimit();
    this.field.push(ch);
  }

  private saveField(): void {
    this.cells.push({ text: this.field.join(''), ...this.fieldStart });
    this.field = [];
  }

  private endRecord(): void {
    this.rows.push({ cells: this.cells, line: this.recordLine });
    this.cells = [];
  }

  private failUnexpectedEnd(): never {
    const { line, column } = this.fieldStart;
    const quoted = this.state === 'inQuotedField' || this.state === 'escapeInQuotedField';
    const explanation = quoted
      ? `The quoted cell starting at line ${line}, column ${column} has no closing ${this.dialect.quotechar}.`
      : `The data ends inside the cell starting at line ${line}, column ${column}.`;
    throw new CsvError(
      problem(TABLE_RULES.csvUnexpectedEnd, `unexpected end of data. ${explanation}`, line, column),
    );
  }

  private failDelimiterExpected(ch: string): never {
    const { delimiter, quotechar } = this.dialect;
    const explanation = `After the closing ${quotechar} of a cell comes "${ch}" at line ${this.line}, column ${this.column}; a quoted cell must be followed by the delimiter or the end of the line (write ${quotechar}${quotechar} for a ${quotechar} inside it).`;
    const message = `'${delimiter}' expected after '${quotechar}'. ${explanation}`;
    throw new CsvError(problem(TABLE_RULES.csvDelimiterExpected, message, this.line, this.column));
  }

  private failFieldLimit(): never {
    const { line, column } = this.fieldStart;
    const message = `field larger than field limit (${CSV_FIELD_LIMIT}). The cell starting at line ${line}, column ${column} is longer than ${CSV_FIELD_LIMIT} characters; is a closing quote missing?`;
    throw new CsvError(problem(TABLE_RULES.csvFieldLimit, message, line, column));
  }
}
