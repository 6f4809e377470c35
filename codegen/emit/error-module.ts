import type { FileStatements as SourceFile } from './statements.js';
import type { ErrorCodeDetails, ErrorCodeEntry, ServiceModel } from '../model/types.js';
import { addConst, addGuard, addType, unionOf } from './declarations.js';
import { errorDocHeadline, errorDocSummary } from './error-docs.js';
import { errorNames } from './error-names.js';
import {
  DEEP_FREEZE,
  deepFrozenObject,
  frozenArray,
  frozenObject,
  plainArray,
  plainRecord,
} from './frozen.js';
import { docDescription } from './jsdoc.js';
import { stringLiteral } from './literals.js';

/** Name and module of the shared `ErrorInfo` type, relative to a service folder. */
export const ERROR_INFO = { name: 'ErrorInfo', module: '../error-info.js' } as const;

/** Adds the enum-free error-code API of a service: union, twin object, list, details map, guard, by-status map. */
export function addErrorModule(file: SourceFile, service: ServiceModel): void {
  const n = errorNames(service);
  const entries = service.errorCodes;
  const api = `the ${service.displayName} API`;
  file.addImportDeclaration({
    isTypeOnly: true,
    namedImports: [ERROR_INFO.name],
    moduleSpecifier: ERROR_INFO.module,
  });
  file.addImportDeclaration({ namedImports: [DEEP_FREEZE.name], moduleSpecifier: DEEP_FREEZE.module });
  const codes = entries.map((e) => stringLiteral(e.code));
  addType(file, n.codeType, unionOf(codes), `Every error code ${api} documents.`);
  const byName = entries.map((e) => ({
    key: e.name,
    value: stringLiteral(e.code),
    doc: errorDocHeadline(e),
  }));
  addConst(
    file,
    n.codeType,
    undefined,
    frozenObject(byName),
    `The error codes by name: the twin of the \`${n.enumName}\` enum, for code that avoids enums.`,
  );
  addConst(
    file,
    n.codes,
    `readonly ${n.codeType}[]`,
    frozenArray(codes),
    `Every error code ${api} documents, in document order.`,
  );
  const details = entries.map((e) => ({ key: e.code, value: errorInfoLiteral(e), doc: errorDocSummary(e) }));
  addConst(
    file,
    n.errors,
    `Readonly<Record<${n.codeType}, ${ERROR_INFO.name}>>`,
    deepFrozenObject(details, `Readonly<Record<${n.codeType}, ${ERROR_INFO.name}>>`),
    `What ${api}'s docs say of each error code: HTTP status, message, description, solution (absent where the docs say nothing).`,
  );
  addGuard(
    file,
    n.guard,
    n.codeType,
    n.codes,
    'string',
    `True when \`value\` is an error code ${api} documents.`,
  );
  addByStatus(file, n.byStatus, entries, api);
}

function errorInfoLiteral(entry: ErrorCodeEntry): string {
  const variants =
    entry.variants.length > 0 ? [['variants', plainArray(entry.variants.map(detailsLiteral))] as const] : [];
  return plainRecord([...detailFields(entry), ...variants]);
}

function detailsLiteral(details: ErrorCodeDetails): string {
  return plainRecord(detailFields(details));
}

function detailFields(details: ErrorCodeDetails): (readonly [string, string])[] {
  const text = (key: 'message' | 'description' | 'solution') =>
    details[key] === undefined ? [] : [[key, stringLiteral(details[key])] as const];
  const group = details.group
    ? [
        [
          'group',
          plainRecord(Object.entries(details.group).map(([k, v]) => [k, stringLiteral(v)] as const)),
        ] as const,
      ]
    : [];
  return [
    ['status', plainArray(details.status.map(String))],
    ...text('message'),
    ...text('description'),
    ...text('solution'),
    ...group,
  ];
}

function addByStatus(file: SourceFile, name: string, entries: readonly ErrorCodeEntry[], api: string): void {
  const byStatus = new Map<number, Set<string>>();
  for (const entry of entries) {
    for (const status of [entry, ...entry.variants].flatMap((d) => d.status)) {
      byStatus.set(status, (byStatus.get(status) ?? new Set()).add(entry.code));
    }
  }
  const members = [...byStatus.keys()]
    .sort((a, b) => a - b)
    .map((status) => `readonly ${status}: ${unionOf([...(byStatus.get(status) ?? [])].map(stringLiteral))};`);
  file.addTypeAlias({
    name,
    isExported: true,
    type: `{\n${members.join('\n')}\n}`,
    docs: [
      {
        description: docDescription([
          `The error codes ${api} documents with each HTTP status: \`${name}[400]\` is the union of those returned with 400.`,
        ]),
      },
    ],
  });
}

/** The shared `ErrorInfo` interface every service's error map uses. */
export function addErrorInfo(file: SourceFile): void {
  file.addInterface({
    name: ERROR_INFO.name,
    isExported: true,
    docs: [
      {
        description: docDescription([
          'What the docs say of one error code. Fields the docs leave out are absent.',
        ]),
      },
    ],
    properties: [
      {
        name: 'status',
        type: 'readonly number[]',
        isReadonly: true,
        docs: ['HTTP status codes the error is returned with, ascending; empty where the docs name none.'],
      },
      {
        name: 'message',
        type: 'string',
        isReadonly: true,
        hasQuestionToken: true,
        docs: ['The error message, as documented.'],
      },
      {
        name: 'description',
        type: 'string',
        isReadonly: true,
        hasQuestionToken: true,
        docs: ['What the error means.'],
      },
      {
        name: 'solution',
        type: 'string',
        isReadonly: true,
        hasQuestionToken: true,
        docs: ['What to do about it.'],
      },
      {
        name: 'group',
        type: 'Readonly<Record<string, string>>',
        isReadonly: true,
        hasQuestionToken: true,
        docs: ['Grouping columns of the docs, such as `{ Module: "API" }`.'],
      },
      {
        name: 'variants',
        type: `readonly Omit<${ERROR_INFO.name}, 'variants'>[]`,
        isReadonly: true,
        hasQuestionToken: true,
        docs: ['Further entries the docs give for the same code with different content, in document order.'],
      },
    ],
  });
}
