import { VariableDeclarationKind, type SourceFile, type WriterFunction } from 'ts-morph';
import type { ServiceModel, StatusCodeEntry } from '../model/types.js';
import { docDescription, jsDocComment } from './jsdoc.js';
import { propertyKey, stringLiteral } from './literals.js';
import { statusDocParagraphs, statusDocSummary } from './status-docs.js';
import { STATUS_CLASSES, statusNames } from './status-names.js';

/** Adds the enum-free status-code API of a service: literal unions, frozen maps and the runtime guard. */
export function addStatusModule(file: SourceFile, service: ServiceModel): void {
  const n = statusNames(service);
  const entries = service.statusCodes;
  const api = `the ${service.displayName} API`;
  addType(
    file,
    n.codeType,
    unionOf(entries.map((e) => String(e.code))),
    `Every HTTP status code ${api} documents.`,
  );
  for (const statusClass of STATUS_CLASSES) {
    const members = entries.filter((e) => Math.floor(e.code / 100) === statusClass.digit);
    addType(
      file,
      n.classType(statusClass.name),
      unionOf(members.map((e) => String(e.code))),
      `The ${statusClass.summary} status codes ${api} documents; \`never\` where it documents none.`,
    );
  }
  addConst(
    file,
    n.codeType,
    undefined,
    frozenObject(entries, statusDocParagraphs, (e) => [e.name, String(e.code)]),
    [`The status codes by name: the twin of the \`${n.enumName}\` enum, for code that avoids enums.`],
  );
  addConst(file, n.codes, `readonly ${n.codeType}[]`, frozenArray(entries.map((e) => String(e.code))), [
    `Every status code ${api} documents, ascending.`,
  ]);
  addConst(
    file,
    n.messages,
    `Readonly<Record<${n.codeType}, string>>`,
    frozenObject(entries, statusDocSummary, (e) => [String(e.code), stringLiteral(e.message)]),
    [`The message ${api}'s docs give each status code, as written.`],
  );
  addConst(
    file,
    n.descriptions,
    `Readonly<Record<${n.codeType}, readonly string[]>>`,
    frozenObject(entries, statusDocSummary, (e) => [
      String(e.code),
      frozenArray(e.descriptions.map(stringLiteral)),
    ]),
    [`Every description ${api}'s docs give each status code, in document order.`],
  );
  addGuard(file, n.guard, n.codeType, n.codes, api);
}

function addType(file: SourceFile, name: string, type: string, doc: string): void {
  file.addTypeAlias({ name, type, isExported: true, docs: [{ description: docDescription([doc]) }] });
}

function addConst(
  file: SourceFile,
  name: string,
  type: string | undefined,
  initializer: string,
  doc: readonly string[],
): void {
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [{ description: docDescription(doc) }],
    declarations: [{ name, ...(type === undefined ? {} : { type }), initializer }],
  });
}

function addGuard(file: SourceFile, name: string, codeType: string, codes: string, api: string): void {
  const body: WriterFunction = (writer) =>
    writer.write(`return typeof value === 'number' && (${codes} as readonly number[]).includes(value);`);
  file.addFunction({
    name,
    isExported: true,
    parameters: [{ name: 'value', type: 'unknown' }],
    returnType: `value is ${codeType}`,
    statements: body,
    docs: [{ description: docDescription([`True when \`value\` is a status code ${api} documents.`]) }],
  });
}

function unionOf(members: readonly string[]): string {
  return members.length === 0 ? 'never' : members.join(' | ');
}

/** `Object.freeze` is marked pure so bundlers drop constants a consumer never uses. */
function frozenObject(
  entries: readonly StatusCodeEntry[],
  doc: (entry: StatusCodeEntry) => string[],
  property: (entry: StatusCodeEntry) => [key: string, value: string],
): string {
  const lines = entries.map((entry) => {
    const [key, value] = property(entry);
    return `${jsDocComment(doc(entry))}\n${propertyKey(key)}: ${value},`;
  });
  return `/* @__PURE__ */ Object.freeze({\n${lines.join('\n')}\n} as const)`;
}

function frozenArray(items: readonly string[]): string {
  return `/* @__PURE__ */ Object.freeze([${items.join(', ')}] as const)`;
}
