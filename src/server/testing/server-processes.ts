/**
 * Real server processes for tests that need more than one (`node --import tsx src/server/main.ts …`):
 * several processes against one PostgreSQL database, or a headquarters and a border post.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
const mainScript = path.join(repositoryRoot, 'src/server/main.ts');

export interface ServerProcess {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stops the process (SIGTERM, then SIGKILL after five seconds). */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A test run that ends abruptly must not leave servers behind.
process.once('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

function launch(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript, ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, WEB_DIR: '/nonexistent', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode ?? 1);
      return;
    }
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * Starts `serve` (or `start`, which migrates first) on `port` with `env` (DATABASE_URL or DATA_DIR at least)
 * and waits until `/readyz` answers.
 */
export async function startServer(port: number, env: Record<string, string>, timeoutMs = 60_000, command: 'serve' | 'start' = 'serve'): Promise<ServerProcess> {
  const { child, output } = launch([command], { HOST: '127.0.0.1', PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void exited(child).then(() => (ended = true));
  for (;;) {
    if (ended) {
      throw new Error(`server on port ${port} ended before it was ready:\n${output()}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server on port ${port} not ready after ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    url,
    output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(killer);
    },
  };
}

/** Runs one command of the command line (e.g. `verify-audit`) to its end. */
export async function runCommand(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const { child, output } = launch(args, env);
  const code = await exited(child);
  return { code, output: output() };
}

export interface HttpSession {
  cookie: string;
  csrfToken: string;
}

/** Signs in on a server process with username and password; the session works on any process of the same database. */
export async function signInOver(server: Pick<ServerProcess, 'url'>, user: { username: string; password: string }): Promise<HttpSession> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cr_session='))?.split(';')[0];
  if (!response.ok || !cookie) {
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  }
  const me = await fetch(`${server.url}/api/auth/me`, { headers: { cookie } });
  return { cookie, csrfToken: (await me.json() as { csrfToken: string }).csrfToken };
}

/** Calls the API of a server process as `session` (CSRF token on writes); JSON in, status and JSON out. */
export async function callOver(
  server: Pick<ServerProcess, 'url'>,
  session: HttpSession | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${server.url}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (e.g. a PDF): the text is enough for a failure message.
  }
  return { status: response.status, body: parsed };
}
