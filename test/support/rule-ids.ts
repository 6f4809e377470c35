/**
 * Static scans for the diagnostic-rules meta-test: which rule ids the generator's source can emit, and which
 * rule ids the tests assert together with a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ts } from 'ts-morph';
import { ROOT } from './run-generate.js';

/** The shape of every rule id: kebab-case, such as `grid-right-border`. */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Every `.ts` file below `folder` (relative to the repository root), fixtures left out. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.split(/[\\/]/).includes('fixtures'))
    .map((path) =>
      relative(ROOT, join(ROOT, folder, path))
        .split('\\')
        .join('/'),
    )
    .sort();
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** The name a call or declaration is known by: `f(...)`, `x.f(...)`, `new F(...)`, `const f = (...) =>`. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function declaredName(node: ts.SignatureDeclaration): string | undefined {
  if (ts.isConstructorDeclaration(node)) return node.parent.name?.text;
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent))
    return ts.isIdentifier(node.parent.name) ? node.parent.name.text : undefined;
  return undefined;
}

/** Functions, methods and constructors that take a parameter named `rule`: name → its parameter positions. */
function ruleParameters(files: readonly ts.SourceFile[]): Map<string, Set<number>> {
  const positions = new Map<string, Set<number>>();
  for (const file of files) {
    walk(file, (node) => {
      if (!ts.isFunctionLike(node)) return;
      const name = declaredName(node);
      const index = node.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'rule');
      if (name === undefined || index < 0) return;
      positions.set(name, (positions.get(name) ?? new Set()).add(index));
    });
  }
  return positions;
}

/** Objects of rule constants, such as `TABLE_RULES`: `NAME.key` → rule id. */
function ruleConstants(files: readonly ts.SourceFile[]): Map<string, string> {
  const constants = new Map<string, string>();
  for (const file of files) {
    walk(file, (node) => {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !/_RULES$/.test(node.name.text))
        return;
      let value = node.initializer;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value))) value = value.expression;
      if (!value || !ts.isObjectLiteralExpression(value)) return;
      for (const property of value.properties) {
        if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer))
          constants.set(`${node.name.text}.${property.name.getText()}`, property.initializer.text);
      }
    });
  }
  return constants;
}

/** The rule ids an expression can evaluate to: literals, both arms of `?:` and `??`, rule constants. */
function ruleValues(expression: ts.Expression, constants: ReadonlyMap<string, string>): string[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return RULE_ID.test(expression.text) ? [expression.text] : [];
  if (ts.isParenthesizedExpression(expression)) return ruleValues(expression.expression, constants);
  if (ts.isConditionalExpression(expression))
    return [...ruleValues(expression.whenTrue, constants), ...ruleValues(expression.whenFalse, constants)];
  if (
    ts.isBinaryExpression(expression) &&
    expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
  )
    return [...ruleValues(expression.left, constants), ...ruleValues(expression.right, constants)];
  const constant = constants.get(expression.getText());
  return constant === undefined ? [] : [constant];
}

/**
 * Every rule id the generator can emit, with the first file that emits it: literals passed as a `rule`
 * argument and `rule: '...'` properties, and rule constants (`TABLE_RULES.gridRightBorder`) used there. A
 * constant no code uses is no rule the generator emits.
 */
export function emittedRules(folder = 'codegen'): Map<string, string> {
  const files = sourceFiles(folder).map(parse);
  const parameters = ruleParameters(files);
  const constants = ruleConstants(files);
  const rules = new Map<string, string>();
  const add = (ids: readonly string[], file: ts.SourceFile) => {
    for (const id of ids) if (!rules.has(id)) rules.set(id, file.fileName);
  };
  for (const file of files) {
    walk(file, (node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText() === 'rule')
        add(ruleValues(node.initializer, constants), file);
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
        const name = calleeName(node.expression);
        // docutils' info messages (level 1) are kept in the document tree, never reported as diagnostics.
        if (name === 'info') return;
        for (const index of (name && parameters.get(name)) || []) {
          const argument = node.arguments[index];
          if (argument) add(ruleValues(argument, constants), file);
        }
      }
    });
  }
  return new Map([...rules].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * A formatted diagnostic in a string or regular expression: `...: error: message [rule-id]` (`\[rule-id\]` in
 * a regular expression). The id's first word has two letters at least, so a character class such as `[a-z-]`
 * is not taken for one.
 */
const FORMATTED = /: (?:error|warning): \S.*?(?:\[|\\\[)([a-z][a-z0-9]+(?:-[a-z0-9]+)*)(?:\]|\\\])/g;

/**
 * Rule ids the tests assert together with a message, with the test files that do: an object with both a
 * `rule` and a `message` property (as `toEqual`/`toMatchObject` expectations are written), or a formatted
 * diagnostic line (`file:line:column: error: message [rule-id]`) in a string, template or regular expression.
 */
export function rulesAssertedWithMessages(folder = 'test'): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (id: string, file: string) => found.set(id, (found.get(id) ?? new Set()).add(file));
  for (const path of sourceFiles(folder).filter((p) => p.endsWith('.test.ts'))) {
    const file = parse(path);
    walk(file, (node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const rule = node.properties.find((p) => p.name?.getText() === 'rule');
        const hasMessage = node.properties.some((p) => p.name?.getText() === 'message');
        if (rule && hasMessage && ts.isPropertyAssignment(rule) && ts.isStringLiteral(rule.initializer))
          add(rule.initializer.text, path);
      }
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node) ||
        ts.isRegularExpressionLiteral(node)
      ) {
        for (const match of node.getText().matchAll(FORMATTED)) if (match[1]) add(match[1], path);
      }
    });
  }
  return found;
}
