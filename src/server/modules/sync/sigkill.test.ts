/**
 * The real program as a border post, killed with SIGKILL in the middle of a burst of crossings: after a
 * restart on the same data directory every crossing that got a 2xx answer is there, and each reaches
 * headquarters exactly once. Headquarters runs in this process (embedded database) on a loopback port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../platform/db/client';
import { pgliteTemplatePath } from '../../platform/db/testing/template';
import { createTestDatabase, type TestDatabase } from '../../platform/db/testing/test-database';
import { callOver, signInOver, type HttpSession } from '../../testing/server-processes';
import { crossings } from '../border/tables';
import { crossingBody } from '../border/test-fixtures';
import { hqForSuite, type Hq } from './test-harness';

const HQ_PORT = 5596;
const EDGE_PORT = 5597;
const root = path.resolve(import.meta.dirname, '../../../..');

interface Post {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the program (`start`: migrate, then serve) as the post and waits until an officer can sign in. */
async function startPost(hq: Hq, dataDir: string): Promise<{ post: Post; session: HttpSession }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(EDGE_PORT),
      WEB_DIR: '/nonexistent',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      SYNC_MODE: 'edge',
      SYNC_SITE_ID: hq.siteId,
      SYNC_CREDENTIAL: hq.credential,
      SYNC_HQ_URL: `http://127.0.0.1:${HQ_PORT}`,
      SYNC_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const post = { child, url: `http://127.0.0.1:${EDGE_PORT}`, output: () => text };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the post ended:\n${text}`);
    }
    // Ready once the directory came down from headquarters: the officer exists at the post.
    const session = await signInOver(post, hq.officerUser).catch(() => null);
    if (session) {
      return { post, session };
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the post did not let the officer in:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('a post killed with SIGKILL during a burst of crossings', () => {
  // Teardown runs in the reverse order of these hooks: the post is killed, headquarters closed, then its
  // database and the post's data directory go.
  let database: TestDatabase;
  let dataDir: string;
  let post: Post | undefined;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });
  const hq = hqForSuite(() => database, { port: HQ_PORT });
  beforeAll(async () => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-post-')), 'data');
    // The post's database starts as the migrated template (what `start` would make, minus the minutes).
    const prepared = await openDatabase({ dataDir, loadDataDir: new Blob([fs.readFileSync(pgliteTemplatePath())]) });
    await prepared.close();
  });
  afterAll(() => {
    post?.child.kill('SIGKILL');
  });

  it('keeps every acknowledged crossing after a restart, and each reaches headquarters once', { timeout: 120_000 }, async () => {
    const first = await startPost(hq, dataDir);
    post = first.post;
    const acknowledged: string[] = [];
    let killed = false;
    // Four desks record as fast as the post answers; the post is killed once some crossings are in.
    const desk = async () => {
      while (!killed) {
        const body = crossingBody(hq.siteId);
        const answer = await callOver(first.post, first.session, 'POST', '/api/border/crossings', body).catch(() => null);
        if (answer && answer.status >= 200 && answer.status < 300) {
          acknowledged.push(body.clientRef);
        }
      }
    };
    const desks = [desk(), desk(), desk(), desk()];
    while (acknowledged.length < 25) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    first.post.child.kill('SIGKILL');
    killed = true;
    await exited(first.post.child);
    await Promise.all(desks);
    expect(first.post.child.signalCode).toBe('SIGKILL');

    const second = await startPost(hq, dataDir);
    post = second.post;
    // Everything acknowledged before the kill reaches headquarters.
    const deadline = Date.now() + 45_000;
    let atHq: { clientRef: string }[] = [];
    while (Date.now() < deadline) {
      atHq = await database.db.select({ clientRef: crossings.clientRef }).from(crossings).where(inArray(crossings.clientRef, acknowledged));
      const status = await callOver(second.post, second.session, 'GET', '/api/sync/status');
      if (atHq.length === acknowledged.length && (status.body as { outbox: { queueLength: number } }).outbox.queueLength === 0) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(atHq.map((c) => c.clientRef).sort()).toEqual([...acknowledged].sort());

    // Stopped cleanly, the post's own database holds them all too.
    second.post.child.kill('SIGTERM');
    await exited(second.post.child);
    post = undefined;
    const local = await openDatabase({ dataDir });
    try {
      const held = await local.db.select({ clientRef: crossings.clientRef }).from(crossings).where(inArray(crossings.clientRef, acknowledged));
      expect(held).toHaveLength(acknowledged.length);
    } finally {
      await local.close();
    }
  });
});
