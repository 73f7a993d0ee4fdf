/**
 * Authenticated JSON read throughput and latency, PGlite vs PostgreSQL, over loopback HTTP with autocannon.
 * The read is GET /api/admin/users/:id: session lookup, permission and scope check, the read and its audit entry.
 */
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/server/seed/demo';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { freshPostgresDatabase, signInHttp, startServer } from './lib/server';

interface Figures {
  engine: string;
  endpoint: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  total: number;
}

async function measure(url: string, path: string, cookie: string, seconds: number, connections: number) {
  const latencies: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${url}${path}`, connections, duration: seconds, headers: { cookie } }, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 300) {
        non2xx += 1;
      }
    });
  });
  return { result, latencies, non2xx };
}

async function runEngine(engine: 'pglite' | 'postgres', port: number, seconds: number): Promise<Figures[]> {
  const databaseUrl =
    engine === 'postgres' ? await freshPostgresDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'crossroads_bench_http') : undefined;
  const server = await startServer({ port, databaseUrl });
  try {
    const session = await signInHttp(server.url, 'admin', DEMO_PASSWORD);
    const figures: Figures[] = [];
    for (const path of [`/api/admin/users/${session.userId}`, '/api/auth/me']) {
      await measure(server.url, path, session.cookie, 2, 10); // warm-up
      const { result, latencies, non2xx } = await measure(server.url, path, session.cookie, seconds, 10);
      figures.push({
        engine,
        endpoint: path.replace(session.userId, ':id'),
        requestsPerSecond: result.requests.total / seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: result.errors + non2xx,
        total: result.requests.total,
      });
    }
    return figures;
  } finally {
    await server.stop();
  }
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runHttpReadBenchmark(seconds = Number(process.env.BENCH_SECONDS ?? 10)): Promise<void> {
  const rows = [...(await runEngine('pglite', 4301, seconds)), ...(await runEngine('postgres', 4302, seconds))];
  const pgliteUser = rows.find((r) => r.engine === 'pglite' && r.endpoint.includes(':id'))!;
  const postgresUser = rows.find((r) => r.engine === 'postgres' && r.endpoint.includes(':id'))!;
  const table = rows
    .map((r) => `| ${r.engine} | \`GET ${r.endpoint}\` | ${fixed(r.requestsPerSecond, 0)} | ${fixed(r.p50)} | ${fixed(r.p95)} | ${fixed(r.p99)} | ${r.errors} / ${r.total} |`)
    .join('\n');
  writeSection(
    'http-read',
    `## Authenticated JSON reads over HTTP (PGlite vs PostgreSQL)

Command: \`npm run bench -- http-read\` (${seconds} s per endpoint after a 2 s warm-up, 10 connections, autocannon on loopback, server in its own process).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}.

\`GET /api/admin/users/:id\` is a personal-data read: session lookup, role and scope check, the read, and an audit entry written in the same transaction. \`GET /api/auth/me\` reads the caller's own profile (no audit entry).

| engine | endpoint | requests/s | p50 ms | p95 ms | p99 ms | errors / requests |
|---|---|---:|---:|---:|---:|---:|
${table}

PostgreSQL serves ${fixed(postgresUser.requestsPerSecond / pgliteUser.requestsPerSecond, 2)}× the audited-read throughput of the embedded PGlite (which runs one query at a time in the server process).`,
  );
  console.table(rows);
}
