import type { FileStatements as SourceFile } from './statements.js';
import type { ServiceModel } from '../model/types.js';
import { addConst, addGuard, addType, unionOf } from './declarations.js';
import { DEEP_FREEZE, deepFrozenObject, frozenArray, frozenObject, plainArray } from './frozen.js';
import { stringLiteral } from './literals.js';
import { statusDocHeadline, statusDocSummary } from './status-docs.js';
import { STATUS_CLASSES, statusNames } from './status-names.js';

/** Adds the enum-free status-code API of a service: literal unions, frozen maps and the runtime guard. */
export function addStatusModule(file: SourceFile, service: ServiceModel): void {
  const n = statusNames(service);
  const entries = service.statusCodes;
  const api = `the ${service.displayName} API`;
  file.addImportDeclaration({ namedImports: [DEEP_FREEZE.name], moduleSpecifier: DEEP_FREEZE.module });
  const codes = entries.map((e) => String(e.code));
  addType(file, n.codeType, unionOf(codes), `Every HTTP status code ${api} documents.`);
  for (const statusClass of STATUS_CLASSES) {
    const members = entries
      .filter((e) => Math.floor(e.code / 100) === statusClass.digit)
      .map((e) => String(e.code));
    addType(
      file,
      n.classType(statusClass.name),
      unionOf(members),
      `The ${statusClass.summary} status codes ${api} documents; \`never\` where it documents none.`,
    );
  }
  const byName = entries.map((e) => ({ key: e.name, value: String(e.code), doc: statusDocHeadline(e) }));
  addConst(
    file,
    n.codeType,
    undefined,
    frozenObject(byName),
    `The status codes by name: the twin of the \`${n.enumName}\` enum, for code that avoids enums.`,
  );
  addConst(
    file,
    n.codes,
    `readonly ${n.codeType}[]`,
    frozenArray(codes),
    `Every status code ${api} documents, ascending.`,
  );
  const messages = entries.map((e) => ({
    key: String(e.code),
    value: stringLiteral(e.message),
    doc: statusDocSummary(e),
  }));
  addConst(
    file,
    n.messages,
    `Readonly<Record<${n.codeType}, string>>`,
    frozenObject(messages),
    `The message ${api}'s docs give each status code, as written.`,
  );
  const descriptions = entries.map((e) => ({
    key: String(e.code),
    value: plainArray(e.descriptions.map(stringLiteral)),
    doc: statusDocSummary(e),
  }));
  addConst(
    file,
    n.descriptions,
    `Readonly<Record<${n.codeType}, readonly string[]>>`,
    deepFrozenObject(descriptions, `Readonly<Record<${n.codeType}, readonly string[]>>`),
    `Every description ${api}'s docs give each status code, in document order.`,
  );
  addGuard(
    file,
    n.guard,
    n.codeType,
    n.codes,
    'number',
    `True when \`value\` is a status code ${api} documents.`,
  );
}
