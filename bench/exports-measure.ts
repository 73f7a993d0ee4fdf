/**
 * One measurement of the exports benchmark, in a process of its own so that each variant starts from the
 * same memory: serves the app on the seeded database, downloads the crossings export over HTTP with curl
 * (another process, reading as fast as it can or at a set rate), samples this process's RSS and heap all
 * along, and prints one JSON line. Variants: `streamed` (the export as shipped) and `buffered` (the
 * obvious alternative: every row read in one query, the whole file built in memory, then sent).
 *
 * Usage (from bench/exports.ts): node --expose-gc --import tsx bench/exports-measure.ts <json options>
 */
import { spawn } from 'node:child_process';
import type { FastifyReply } from 'fastify';
import { buildApp } from '../src/server/app';
import { crossingsExport } from '../src/server/modules/border/exports';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db/client';
import { toCsv } from '../src/server/platform/export/csv';
import { sendExport } from '../src/server/platform/export/http';
import type { ExportSource } from '../src/server/platform/export/stream';
import { toXlsx } from '../src/server/platform/export/xlsx';
import { signInHttp } from './lib/server';

export interface MeasureOptions {
  databaseUrl?: string;
  dataDir?: string;
  port: number;
  username: string;
  password: string;
  variant: 'streamed' | 'buffered';
  format: 'csv' | 'xlsx';
  /** curl --limit-rate (e.g. '2M'); none: as fast as the link allows. */
  limitRate?: string;
  /** The list's direction filter: half the rows, to show what the export holds does not grow with them. */
  direction?: 'entry' | 'exit';
}

export interface Measurement {
  rows: number;
  bytes: number;
  ttfbMs: number;
  totalMs: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
  /** Heap plus Buffers outside it (exceljs and the HTTP response hold bytes there). */
  heapAndBuffersGrowthMb: number;
  /** What is still held after a full collection (forced once a second): memory the export keeps, not garbage waiting. */
  liveGrowthMb: number;
}

const MB = 1024 * 1024;

/**
 * Records live memory now, after a full collection. The buffered variant calls it once the whole file is
 * built (its peak, which a periodic sample could miss in a run of a few seconds).
 */
let recordLivePeak: () => void = () => undefined;

/** The buffered alternative: the list's rows read in one go, the file made whole in memory, then sent. */
async function sendBuffered<Row, Key>(reply: FastifyReply, source: ExportSource<Row, Key>, format: 'csv' | 'xlsx') {
  const total = await source.count();
  const { rows } = await source.batch(null, total + 1);
  const body = format === 'csv' ? toCsv(rows, source.columns) : await toXlsx(source.list, rows, source.columns);
  recordLivePeak();
  return reply.header('x-export-rows', String(rows.length)).type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/octet-stream').send(body);
}

function curl(url: string, cookie: string, limitRate?: string): Promise<{ ttfbMs: number; totalMs: number; bytes: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const args = ['-s', '-o', '/dev/null', '-D', '-', '-w', '\n%{time_starttransfer} %{time_total} %{size_download}', '-H', `cookie: ${cookie}`, ...(limitRate ? ['--limit-rate', limitRate] : []), url];
    const child = spawn('curl', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`curl exited with ${code}`));
        return;
      }
      const [ttfb, total, size] = out.trim().split('\n').at(-1)!.split(' ').map(Number);
      const rows = Number(/x-export-rows: (\d+)/i.exec(out)?.[1] ?? Number.NaN);
      resolve({ ttfbMs: ttfb! * 1000, totalMs: total! * 1000, bytes: size!, rows });
    });
  });
}

async function measure(options: MeasureOptions): Promise<Measurement> {
  const database = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir, poolSize: 4 });
  const config = loadConfig({ ...process.env, PORT: String(options.port), HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '100000000', WEB_DIR: '/nonexistent', LOG_LEVEL: 'warn' });
  const app = await buildApp({ config, database, logger: false });
  app.get('/api/bench/crossings/export', { config: { access: { permission: 'border.crossings.read' } }, schema: { hide: true } }, async (request, reply) => {
    const source = crossingsExport(request.ctx, { direction: options.direction });
    return options.variant === 'streamed' ? sendExport(request.ctx, reply, source, options.format) : sendBuffered(reply, source, options.format);
  });
  await app.listen({ port: options.port, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${options.port}`;
  const { cookie } = await signInHttp(url, options.username, options.password);
  // Warm up (code paths, connection pool) on a small list, then start from a collected heap.
  await fetch(`${url}/api/border/crossings?limit=50`, { headers: { cookie } }).then((r) => r.arrayBuffer());
  globalThis.gc?.();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heap: base.heapUsed, heapAndBuffers: base.heapUsed + base.arrayBuffers };
  let live = 0;
  recordLivePeak = () => {
    globalThis.gc?.();
    const now = process.memoryUsage();
    live = Math.max(live, now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers);
  };
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed);
    peak.heapAndBuffers = Math.max(peak.heapAndBuffers, now.heapUsed + now.arrayBuffers);
  }, 5);
  // A full collection once a second, or less often when collections get long (a heap of gigabytes would
  // otherwise spend the run collecting): at most a tenth of the time goes to them.
  let collector: NodeJS.Timeout;
  const collect = () => {
    const started = performance.now();
    globalThis.gc?.();
    const took = performance.now() - started;
    const now = process.memoryUsage();
    live = Math.max(live, now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers);
    collector = setTimeout(collect, Math.max(1000, 10 * took));
  };
  collector = setTimeout(collect, 1000);
  const result = await curl(`${url}/api/bench/crossings/export?format=${options.format}`, cookie, options.limitRate);
  clearInterval(sampler);
  clearTimeout(collector);
  await app.close();
  await database.close();
  return {
    ...result,
    rssGrowthMb: (peak.rss - base.rss) / MB,
    heapGrowthMb: (peak.heap - base.heapUsed) / MB,
    heapAndBuffersGrowthMb: (peak.heapAndBuffers - base.heapUsed - base.arrayBuffers) / MB,
    liveGrowthMb: live / MB,
  };
}

if (process.argv[1]?.endsWith('exports-measure.ts')) {
  measure(JSON.parse(process.argv[2]!) as MeasureOptions)
    .then((measurement) => {
      process.stdout.write(`${JSON.stringify(measurement)}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
