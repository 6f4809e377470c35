#!/usr/bin/env node
/**
 * `npm run parse -- FILE...`: prints what the RST reader finds in each file as a JSON array (one file per line),
 * in the format of the docutils oracle. A file that cannot be read or decoded is reported on stderr
 * (`file:line:column: error: message [rule]`) and makes the exit status 1.
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../diagnostics.js';
import type { Cell, Diagnostic, ParsedDocument, Table } from '../parse/index.js';
import { parseRst } from '../parse/index.js';
import { decodeDocument } from '../read/decode.js';

const USAGE = 'usage: npm run parse -- FILE.rst [FILE.rst ...]';

/** The reader's result for one file, in the oracle's JSON shape (plus places, context and warnings). */
function documentJson(file: string, parsed: ParsedDocument): object {
  const message = (d: Diagnostic) => ({ line: d.line, column: d.column, message: d.message, rule: d.rule });
  return {
    file,
    tables: parsed.tables.map(tableJson),
    errors: parsed.diagnostics.filter((d) => d.severity === 'error').map(message),
    warnings: parsed.diagnostics.filter((d) => d.severity === 'warning').map(message),
  };
}

function tableJson(table: Table): object {
  const cell = (c: Cell) => ({
    text: c.text,
    morerows: c.morerows,
    morecols: c.morecols,
    blocks: c.blocks,
    line: c.line,
    column: c.column,
  });
  return {
    title: table.title,
    line: table.line,
    column: table.column,
    sourceLine: table.sourceLine ?? table.line,
    syntax: table.syntax,
    context: table.context,
    cols: table.cols,
    colwidths: table.colwidths,
    header: table.header.map((row) => row.map(cell)),
    body: table.body.map((row) => row.map(cell)),
  };
}

/** Reads and decodes one file; its problems are printed on stderr. */
function readDocument(file: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error ? describeReadError(String(error.code)) : 'cannot be read';
    printDiagnostic(file, {
      line: 1,
      column: 1,
      severity: 'error',
      message: `The file ${reason}.`,
      rule: 'unreadable-file',
    });
    return undefined;
  }
  const decoded = decodeDocument(bytes);
  if (decoded.ok) return decoded.text;
  for (const diagnostic of decoded.diagnostics) printDiagnostic(file, diagnostic);
  return undefined;
}

function describeReadError(code: string): string {
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code})`;
}

function printDiagnostic(file: string, diagnostic: Diagnostic): void {
  process.stderr.write(`${formatDiagnostic({ ...diagnostic, file })}\n`);
}

function main(files: readonly string[]): number {
  if (files.length === 0 || files.includes('--help')) {
    process.stderr.write(`${USAGE}\n`);
    return files.length === 0 ? 2 : 0;
  }
  let status = 0;
  const parts: string[] = [];
  for (const file of files) {
    const text = readDocument(file);
    if (text === undefined) {
      status = 1;
      continue;
    }
    parts.push(JSON.stringify(documentJson(file, parseRst(text))));
  }
  process.stdout.write(parts.length === 0 ? '[]\n' : `[\n${parts.join(',\n')}\n]\n`);
  return status;
}

process.exitCode = main(process.argv.slice(2));
