import { VariableDeclarationKind } from 'ts-morph';
import type { FileStatements as SourceFile } from './statements.js';
import { docDescription } from './jsdoc.js';

/** Adds an exported, documented type alias. */
export function addType(file: SourceFile, name: string, type: string, doc: string): void {
  file.addTypeAlias({ name, type, isExported: true, docs: [{ description: docDescription([doc]) }] });
}

/** Adds an exported, documented `const`, with a type annotation when given. */
export function addConst(
  file: SourceFile,
  name: string,
  type: string | undefined,
  initializer: string,
  doc: string,
): void {
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [{ description: docDescription([doc]) }],
    declarations: [{ name, ...(type === undefined ? {} : { type }), initializer }],
  });
}

/** Adds an exported runtime guard `name(value: unknown): value is codeType` that looks `value` up in `list`. */
export function addGuard(
  file: SourceFile,
  name: string,
  codeType: string,
  list: string,
  primitive: 'number' | 'string',
  doc: string,
): void {
  file.addFunction({
    name,
    isExported: true,
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${codeType}`,
    statements: (writer) =>
      writer.write(
        `return typeof value === '${primitive}' && (${list} as readonly ${primitive}[]).includes(value);`,
      ),
    docs: [{ description: docDescription([doc]) }],
  });
}

/** A literal union type of the given members, or `never` when there are none. */
export function unionOf(members: readonly string[]): string {
  return members.length === 0 ? 'never' : members.join(' | ');
}
