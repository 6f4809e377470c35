import {
  printStructure,
  StructureKind,
  type EnumDeclarationStructure,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from 'ts-morph';

/**
 * The declarations of one generated file, collected as ts-morph structures and printed with `printStructure`
 * (far faster than editing a source file node by node). Imports always come first.
 */
export class FileStatements {
  readonly #imports: StatementStructures[] = [];
  readonly #body: StatementStructures[] = [];

  /** The file's text: imports first, then each declaration, separated by a blank line. */
  print(): string {
    const options = { indentNumberOfSpaces: 2 };
    const imports = this.#imports.map((s) => `${printStructure(s, options).trimEnd()}\n`).join('');
    const body = this.#body.map((s) => `${printStructure(s, options).trimEnd()}\n`).join('\n');
    return imports === '' ? body : `${imports}\n${body}`;
  }

  addImportDeclaration(structure: OptionalKind<ImportDeclarationStructure>): void {
    this.#imports.push({ ...structure, kind: StructureKind.ImportDeclaration });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.ExportDeclaration });
  }

  addEnum(structure: OptionalKind<EnumDeclarationStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.Enum });
  }

  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.TypeAlias });
  }

  addInterface(structure: OptionalKind<InterfaceDeclarationStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.Interface });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.VariableStatement });
  }

  addFunction(structure: OptionalKind<FunctionDeclarationStructure>): void {
    this.#body.push({ ...structure, kind: StructureKind.Function });
  }
}
