/**
 * Several real server processes against one PostgreSQL database (the scale-out deployment): sessions,
 * rate limits, document numbers, the audit chain and housekeeping must hold across processes, not per
 * process. PostgreSQL only (the embedded database belongs to one process); CI sets TEST_DATABASE_URL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSEKEEPING_JOBS } from './housekeeping-jobs';
import { createHolder, createDocumentsWorld, createTestType, type DocumentsWorld } from './modules/documents/test-fixtures';
import { upsertOfficeSettings } from './modules/documents/number-store';
import { verifyAuditChain } from './platform/audit/audit';
import { queryRows } from './platform/db/query';
import { createTestDatabase, type TestDatabase } from './platform/db/testing/test-database';
import { callOver, runCommand, signInOver, startServer, type ServerProcess } from './testing/server-processes';

const BASE_PORT = Number(process.env.SEVERAL_PROCESSES_PORT ?? 5600);
const VERIFY_PER_MINUTE = 6;

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('several server processes against one PostgreSQL database', { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let world: DocumentsWorld;
  let typeCode: string;
  const holders: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    env = {
      DATABASE_URL: database.url!,
      RATE_LIMIT_PER_MINUTE: '100000',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      VERIFY_RATE_LIMIT_PER_MINUTE: String(VERIFY_PER_MINUTE),
    };
    world = await createDocumentsWorld(database.db);
    typeCode = (await createTestType(database.db)).code;
    // Small blocks, so that the processes also race to draw blocks from the national series. The low-water
    // mark covers the burst: approvals at once beyond it find the office's blocks empty (503) until a top-up.
    await upsertOfficeSettings(database.db, world.office, { blockSize: 20, lowWater: 18 });
    for (let i = 0; i < 18; i++) {
      holders.push(await createHolder(database.db));
    }
  }, 60_000);
  afterAll(async () => {
    await database?.destroy();
  });

  // Before the servers start: they tick too, and one of them could take the run first.
  it('runs a housekeeping job once when two processes tick at once', async () => {
    await database.db.execute(sql`insert into rate_limits (key, count, reset_at) values ('test:ended', 3, now() - interval '1 hour')`);
    const ticks = await Promise.all([runCommand(['housekeeping'], env), runCommand(['housekeeping'], env)]);
    expect(ticks.map((t) => t.code), ticks.map((t) => t.output).join('\n')).toEqual([0, 0]);
    const jobs = HOUSEKEEPING_JOBS.map((job) => job.name).sort();
    for (const job of jobs) {
      const outcomes = ticks.map((t) => new RegExp(`^${job}: (\\S+)$`, 'm').exec(t.output)?.[1]);
      expect(outcomes.sort(), job).toEqual(['not-due', 'ran']);
    }
    const runs = await queryRows<{ job: string; runs: number; last_error: string | null }>(database.db, sql`select job, runs, last_error from housekeeping_runs order by job`);
    expect(runs).toEqual(jobs.map((job) => ({ job, runs: 1, last_error: null })));
    expect(await queryRows(database.db, sql`select key from rate_limits where key = 'test:ended'`)).toEqual([]);
  });

  describe('three serving processes', () => {
    let servers: ServerProcess[];

    beforeAll(async () => {
      servers = await Promise.all([0, 1, 2].map((i) => startServer(BASE_PORT + i, env, 150_000)));
    }, 180_000);
    afterAll(async () => {
      await Promise.all((servers ?? []).map((s) => s.stop()));
    });

    it('keeps a session made on one process valid on the others, and a logout on one ends it on all', async () => {
      const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess];
      const session = await signInOver(a, world.requester);
      for (const server of servers) {
        expect((await callOver(server, session, 'GET', '/api/auth/me')).status).toBe(200);
      }
      expect((await callOver(b, session, 'POST', '/api/auth/logout', {})).status).toBeLessThan(300);
      for (const server of [a, c]) {
        expect((await callOver(server, session, 'GET', '/api/auth/me')).status).toBe(401);
      }
    });

    let approved: { number: string; sealPayload: string }[] = [];

    it('gives distinct document numbers to approvals made at once through different processes, with an intact audit trail', async () => {
      const requesters = await Promise.all(servers.map((s) => signInOver(s, world.requester)));
      const approvers = await Promise.all(servers.map((s) => signInOver(s, world.approver)));
      const applications = await Promise.all(
        holders.map(async (personId, i) => {
          const response = await callOver(servers[i % 3]!, requesters[i % 3]!, 'POST', '/api/documents/applications', { personId, type: typeCode, officeId: world.office, fee: { status: 'none' } });
          expect(response.status, JSON.stringify(response.body)).toBe(201);
          return (response.body as { id: string }).id;
        }),
      );
      // The audit trail is verified while the approvals are being written, and again afterwards.
      const verifyingMeanwhile = runCommand(['verify-audit'], env);
      const approvals = await Promise.all(
        applications.map((id, i) => callOver(servers[(i + 1) % 3]!, approvers[(i + 1) % 3]!, 'POST', `/api/documents/${id}/approve`, {})),
      );
      for (const response of approvals) {
        expect(response.status, JSON.stringify(response.body)).toBe(200);
      }
      approved = approvals.map((r) => r.body as { number: string; sealPayload: string });
      const numbers = approved.map((d) => d.number);
      expect(new Set(numbers).size).toBe(holders.length);
      const meanwhile = await verifyingMeanwhile;
      expect(meanwhile.code, meanwhile.output).toBe(0);
      expect(meanwhile.output).toMatch(/Audit trail intact/);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, problems: [] });
    });

    it('counts a rate limit once across processes', async () => {
      expect(approved.length).toBeGreaterThan(0);
      const verify = (server: ServerProcess) => callOver(server, null, 'POST', '/api/documents/verify', { payload: approved[0]!.sealPayload });
      for (let i = 0; i < VERIFY_PER_MINUTE; i++) {
        const response = await verify(servers[i % 3]!);
        expect(response.status).toBe(200);
        // The seal was signed by whichever process approved first; every process checks it against the same key.
        expect(response.body).toMatchObject({ signature: 'valid' });
      }
      for (const server of servers) {
        expect((await verify(server)).status).toBe(429);
      }
    });
  });
});
