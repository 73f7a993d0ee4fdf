/**
 * Tests of the synchronisation: headquarters and one post in one process, each with its own database
 * and app. The post reaches headquarters through `app.inject` (the same routes, authentication and
 * handlers as over HTTP), optionally through the fault-injecting transport.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../platform/db/testing/test-database';
import { createTenant, uniqueSuffix, type Tenant, type TestUser } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { createEdgeSync, type EdgeSync } from './edge';
import { faulty, TransportError, type Faults, type SyncTransport } from './transport';

/** Headquarters reached in-process with the site credential (what `httpTransport` does over the wire). */
export function injectTransport(app: FastifyInstance, credential: string): SyncTransport {
  return {
    async send<T>(request: { method: 'GET' | 'POST'; path: string; body?: unknown }): Promise<T> {
      const response = await app.inject({
        method: request.method,
        url: request.path,
        headers: { authorization: `Bearer ${credential}` },
        ...(request.body === undefined ? {} : { payload: request.body as Record<string, unknown> }),
      });
      if (response.statusCode >= 400) {
        throw new TransportError(`Headquarters answered ${response.statusCode}: ${response.body.slice(0, 300)}`, response.statusCode, response.statusCode >= 500);
      }
      return response.json<T>();
    },
  };
}

export interface Hq {
  database: TestDatabase;
  app: FastifyInstance;
  tenant: Tenant;
  siteId: string;
  /** A border supervisor posted to the BCP (watchlists, sync monitor and manage). */
  supervisor: Session;
  officerUser: TestUser;
  credential: string;
}

/** Headquarters' side: a border police organisation with a BCP, a supervisor, an officer and a site credential. */
export async function createHq(database: TestDatabase, app: FastifyInstance): Promise<Hq> {
  const tenant = await createTenant(database.db, 'border-police');
  const siteId = await tenant.site('bcp', { mode: 'land', lanes: ['A1', 'A2'] });
  const supervisor = await signIn(app, await tenant.user(['border-supervisor'], { siteIds: [siteId] }));
  const officerUser = await tenant.user(['border-officer'], { siteIds: [siteId] });
  const issued = await supervisor.post(`/api/sync/sites/${siteId}/credentials`, {});
  expect(issued.statusCode, issued.body).toBe(201);
  return { database, app, tenant, siteId, supervisor, officerUser, credential: issued.json<{ credential: string }>().credential };
}

/**
 * Headquarters for every test of a suite: its app on `database()`, made before the first test and closed
 * after the last. Called after the hooks that make the database, so (teardown running in reverse) the app
 * closes before the database goes. The returned object is filled in `beforeAll`, so the tests read it as
 * they would a constant. With `port`, the app also listens there, for posts in other processes.
 */
export function hqForSuite(database: () => TestDatabase, options: { port?: number } = {}): Hq {
  const hq = {} as Hq;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = await createTestApp(database());
    if (options.port !== undefined) {
      await app.listen({ port: options.port, host: '127.0.0.1' });
    }
    Object.assign(hq, await createHq(database(), app));
  });
  afterAll(async () => {
    await app?.close();
  });
  return hq;
}

export interface Edge {
  database: TestDatabase;
  /** Headquarters' app and the credential, to reach it through another transport. */
  hqApp: FastifyInstance;
  credential: string;
  app: FastifyInstance;
  sync: EdgeSync;
  counts: ReturnType<typeof faulty>['counts'];
  /** Signs in at the post (after a first sync brought the user down). */
  signIn(user: TestUser): Promise<Session>;
  close(): Promise<void>;
}

/** A post for `hq`'s BCP on a fresh embedded database, synchronising through `faults` (none by default). */
export async function createEdge(hq: Hq, options: { faults?: Faults; batchSize?: number } = {}): Promise<Edge> {
  const database = await createTestDatabase('pglite');
  const app = await createTestApp(database, { SYNC_MODE: 'edge', SYNC_SITE_ID: hq.siteId, SYNC_CREDENTIAL: hq.credential, SYNC_HQ_URL: 'http://127.0.0.1:9' });
  const { transport, counts } = faulty(injectTransport(hq.app, hq.credential), options.faults ?? {});
  const sync = createEdgeSync(database.db, { siteId: hq.siteId, transport, intervalSeconds: 1, batchSize: options.batchSize ?? 200 });
  return {
    database,
    hqApp: hq.app,
    credential: hq.credential,
    app,
    sync,
    counts,
    signIn: (user) => signIn(app, user),
    async close() {
      await sync.stop();
      await app.close();
      await database.destroy();
    },
  };
}

/** Runs cycles until the post's queue is empty and a cycle succeeded (or `maxCycles` ran). */
export async function syncUntilDrained(edge: Edge, maxCycles = 200): Promise<number> {
  for (let cycle = 1; cycle <= maxCycles; cycle += 1) {
    const status = await edge.sync.runCycle();
    if (status.link.state === 'up' && status.outbox.queueLength === 0) {
      return cycle;
    }
  }
  throw new Error(`the post's queue did not drain in ${maxCycles} cycles`);
}

/**
 * Records `buses` × `seats` crossings at the post, as buses of travellers: two groups of `seats` people
 * take turns, each group entering and leaving in turn (so half the travellers are new at their first bus).
 */
export async function recordBuses(officer: Session, siteId: string, buses: number, seats: number) {
  const groups = [0, 1].map(() => Array.from({ length: seats }, () => ({ number: uniqueDocumentNumber('S'), surname: `BUS${uniqueSuffix().replace(/\d/g, 'x').toUpperCase()}` })));
  const recorded: { id: string; clientRef: string; personId: string }[] = [];
  for (let bus = 0; bus < buses; bus += 1) {
    const group = groups[bus % 2]!;
    const body = {
      clientRef: `bus-${uniqueSuffix()}-${bus}`,
      siteId,
      lane: 'A1',
      direction: Math.floor(bus / 2) % 2 === 0 ? 'entry' : 'exit',
      at: new Date(Date.UTC(2026, 0, 1) + bus * 3_600_000).toISOString(),
      vehicle: { plate: `B ${100 + bus} BUS`, country: 'ROU', type: 'bus' },
      occupants: group.map((traveller, seat) => ({
        role: seat === 0 ? 'driver' : 'passenger',
        document: { mrz: passportMrz({ documentNumber: traveller.number, surname: traveller.surname, givenNames: 'SAMI' }) },
        purpose: 'tourism',
        decision: 'admitted',
      })),
    };
    const response = await officer.post('/api/border/vehicle-crossings', body);
    expect(response.statusCode, response.body).toBe(201);
    for (const occupant of response.json<{ occupants: { crossing: { id: string; clientRef: string; personId: string } }[] }>().occupants) {
      recorded.push({ id: occupant.crossing.id, clientRef: occupant.crossing.clientRef, personId: occupant.crossing.personId });
    }
  }
  return recorded;
}

