/** Starts a real Crossroads server process for a benchmark, on a fresh embedded or PostgreSQL database. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface BenchServer {
  url: string;
  /** The server's process id (for its CPU time). */
  pid: number;
  stop(): Promise<void>;
}

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15 (clock ticks of 1/100 s).
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by every PostgreSQL process of this machine (the benchmarks' server is local). */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.includes('(postgres)')) {
        total += processCpuSeconds(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become ready');
}

/** A fresh PostgreSQL database for a benchmark (dropped first if it exists). */
export async function freshPostgresDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  return databaseUrlOf(serverUrl, name);
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts `main.ts start` (migrate, seed demo data, serve) with the given database. */
export async function startServer(options: { port: number; databaseUrl?: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<BenchServer> {
  const dataDir = path.resolve('.tmp', `bench-data-${options.port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server/main.ts', 'start'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitForReady(url, child);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Signs in through the API and returns the cookie and CSRF token. */
export async function signInHttp(url: string, username: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const setCookie = login.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0]!;
  const me = (await (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string; user: { id: string } };
  return { cookie, csrfToken: me.csrfToken, userId: me.user.id };
}
