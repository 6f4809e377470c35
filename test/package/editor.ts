import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A place in a file as tsserver reports it: 1-based line and column ("offset"). */
export interface FilePlace {
  readonly file: string;
  readonly line: number;
  readonly offset: number;
}

/** What an editor shows for one identifier: the hover's documentation and where "go to definition" leads. */
export interface EditorView {
  readonly documentation: string;
  readonly definitions: readonly FilePlace[];
}

interface ServerMessage {
  readonly type: string;
  readonly request_seq?: number;
  readonly success?: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

const TSSERVER = join(
  dirname(createRequire(import.meta.url).resolve('typescript6/package.json')),
  'lib',
  'tsserver.js',
);

/**
 * Asks tsserver (TypeScript 6's, the server editors talk to) about the identifier at each place, all in one
 * file, as an editor's hover and "go to definition" do: definitions in declaration files are mapped through
 * their declaration maps. One server answers them all, so the project loads once.
 */
export async function editorViews(places: readonly FilePlace[]): Promise<EditorView[]> {
  const file = places[0]?.file;
  if (!file || places.some((place) => place.file !== file))
    throw new Error('editorViews takes places in one file');
  const questions = places.flatMap((place) => [
    { command: 'quickinfo', arguments: place },
    { command: 'definition', arguments: place },
  ]);
  const answers = await talkToTsServer(dirname(file), [
    { command: 'open', arguments: { file } },
    ...questions,
  ]);
  // Request numbers: 1 opens the file, then a quickinfo and a definition per place.
  return places.map((_, index) => {
    const quickInfo = answers.get(2 + 2 * index) as { documentation?: string } | undefined;
    const definitions = (answers.get(3 + 2 * index) ?? []) as {
      file: string;
      start: { line: number; offset: number };
    }[];
    return {
      documentation: quickInfo?.documentation ?? '',
      definitions: definitions.map((definition) => ({ file: definition.file, ...definition.start })),
    };
  });
}

/** The 1-based place of the first `search` in `file`; with `after`, of the first `search` right after that text. */
export function placeOf(file: string, search: string, after = ''): FilePlace {
  const text = readFileSync(file, 'utf8');
  const found = text.indexOf(after + search);
  if (found < 0) throw new Error(`"${after}${search}" is not in ${file}`);
  const before = text.slice(0, found + after.length).split('\n');
  return { file, line: before.length, offset: (before.at(-1) ?? '').length + 1 };
}

/** Sends the requests (numbered from 1) and resolves with each response body by request number. */
function talkToTsServer(
  cwd: string,
  requests: readonly { command: string; arguments: object }[],
): Promise<Map<number, unknown>> {
  // No automatic type acquisition: it would download @types packages.
  const args = [TSSERVER, '--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents'];
  const server = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  // Some versions answer `open` too: wait for the answers to the others.
  const awaited = requests.flatMap((request, index) => (request.command === 'open' ? [] : [index + 1]));
  const bodies = new Map<number, unknown>();
  let pending = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('tsserver did not answer within 30 s')), 30_000);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      server.kill();
      if (error) reject(error);
      else resolve(bodies);
    };
    server.on('error', finish);
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      // Messages come as a Content-Length header, a blank line and one line of JSON.
      for (const line of lines.filter((text) => text.startsWith('{'))) {
        const message = JSON.parse(line) as ServerMessage;
        if (message.type !== 'response' || message.request_seq === undefined) continue;
        if (!message.success) return finish(new Error(`tsserver: ${message.message ?? 'request failed'}`));
        bodies.set(message.request_seq, message.body);
        if (awaited.every((seq) => bodies.has(seq))) return finish();
      }
    });
    requests.forEach((request, index) =>
      server.stdin.write(`${JSON.stringify({ seq: index + 1, type: 'request', ...request })}\n`),
    );
  });
}
