/**
 * The TypeScript compiler in memory (the TypeScript 6 that ts-morph bundles): type-checks generated files in
 * milliseconds once warm, and runs them as Node would, so that property tests can check hundreds of outputs
 * without spawning a process.
 */
import { posix } from 'node:path';
import { Project, ts } from 'ts-morph';

/** The strictest settings a consumer may compile the generated sources with. */
const STRICT: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/** Where the files under check sit in the in-memory file system (an ES module package). */
const FOLDER = '/generated';

let project: Project | undefined;

/** One project for the whole test file: its lib files are parsed once and reused by every check. */
function sharedProject(): Project {
  if (project) return project;
  project = new Project({ useInMemoryFileSystem: true, compilerOptions: STRICT });
  project.getFileSystem().writeFileSync('/package.json', '{ "type": "module" }\n');
  return project;
}

/** Every compiler diagnostic of the given files (paths relative to `generated/`), as `path:line: message`. */
export function typeCheck(files: ReadonlyMap<string, string>): string[] {
  const checker = sharedProject();
  for (const old of checker.getSourceFiles()) checker.removeSourceFile(old);
  for (const [path, text] of files)
    checker.createSourceFile(posix.join(FOLDER, path), text, { overwrite: true });
  return checker.getPreEmitDiagnostics().map((d) => {
    const where = d.getSourceFile();
    const line = where ? where.getLineAndColumnAtPos(d.getStart() ?? 0).line : 0;
    const text = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, '\n');
    return `${where?.getFilePath() ?? '?'}:${line}: ${text}`;
  });
}

/** The files as they read back after being written to disk as UTF-8 (a lone surrogate becomes U+FFFD). */
export function throughUtf8(files: ReadonlyMap<string, string>): Map<string, string> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8');
  return new Map([...files].map(([path, text]) => [path, decoder.decode(encoder.encode(text))]));
}

/** Runs a generated module (transpiled to CommonJS) with its generated imports, as Node would. */
export function loadModule(files: ReadonlyMap<string, string>, path: string): Record<string, unknown> {
  const loaded = new Map<string, Record<string, unknown>>();
  const load = (at: string): Record<string, unknown> => {
    const cached = loaded.get(at);
    if (cached) return cached;
    const source = files.get(at);
    if (source === undefined) throw new Error(`no generated file ${at}`);
    const exports: Record<string, unknown> = {};
    loaded.set(at, exports);
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const require = (specifier: string) =>
      load(posix.join(posix.dirname(at), specifier).replace(/\.js$/, '.ts'));
    new Function('exports', 'require', js)(exports, require);
    return exports;
  };
  return load(path);
}

/**
 * Every comment of a file as the compiler's parser sees it (so a comment that ends early shows as a shorter
 * comment followed by code), with the file's syntax errors.
 */
export function commentsOf(text: string): { comments: string[]; syntaxErrors: string[] } {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const starts = new Set<number>();
  const comments: string[] = [];
  const collect = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (starts.has(range.pos)) continue;
      starts.add(range.pos);
      comments.push(text.slice(range.pos, range.end));
    }
  };
  // Every token, punctuation included, carries the comments before it (and on its line after it).
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  const syntaxErrors = (
    file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }
  ).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { comments, syntaxErrors };
}
