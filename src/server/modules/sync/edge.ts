/**
 * An edge's synchronisation: cycles of "send the outbox up, then take what came down", run by a loop
 * (every interval; after a failure with exponential backoff and jitter, up to five minutes) or on demand.
 * It keeps the link's state for the status: up, degraded (reached HQ, but part of the cycle failed) or
 * down. The desk never waits for it: crossings are recorded locally whatever the link does.
 */
import { eq } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { sourceVersions } from '../border/sync-lists';
import { watchlistSources } from '../border/tables';
import { lostDocumentsDigest } from '../border/sync-lists';
import type { PostReport } from './changes';
import { checkpointIfDue } from './checkpoint';
import { pullFromHq } from './edge-receive';
import { pushToHq } from './edge-send';
import { readState, writeState } from './edge-state';
import { outboxFigures } from './outbox';
import { switchable, type SyncRequest, type SyncTransport } from './transport';

export type LinkState = 'up' | 'degraded' | 'down';

export interface EdgeOptions {
  siteId: string;
  transport: SyncTransport;
  intervalSeconds: number;
  batchSize: number;
}

export interface EdgeSync {
  readonly siteId: string;
  /** Runs one cycle (after any cycle already running) and answers the status after it. */
  runCycle(): Promise<EdgeStatus>;
  status(): Promise<EdgeStatus>;
  /** Takes the link down (every request fails before leaving) or brings it back. */
  setLinkDown(down: boolean): void;
  /** Starts the loop. */
  start(): void;
  /** Stops the loop and waits for a running cycle. */
  stop(): Promise<void>;
}

export type EdgeStatus = Awaited<ReturnType<typeof edgeStatus>>;

const MAX_BACKOFF_MS = 300_000;
const controllers = new WeakMap<Db, EdgeSync>();

/** The edge synchronisation of a database, if this process runs one. */
export function edgeSyncOf(db: Db): EdgeSync | undefined {
  return controllers.get(db);
}

/** What the post reports of itself to headquarters. */
async function postReport(db: Db): Promise<PostReport> {
  const figures = await outboxFigures(db);
  return { queueLength: figures.queueLength, oldestUnsentAt: figures.oldestUnsentAt, versions: Object.fromEntries(await sourceVersions(db)) };
}

interface LinkFacts {
  state: LinkState;
  lastAttemptAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

/** The status of an edge: link, queue, the lists screening uses. */
async function edgeStatus(db: Db, siteId: string, link: LinkFacts, forcedDown: boolean) {
  const [site] = await db.select({ id: sites.id, code: sites.code, name: sites.name }).from(sites).where(eq(sites.id, siteId));
  const lists = await db
    .select({ sourceId: watchlistSources.id, code: watchlistSources.code, name: watchlistSources.name, version: watchlistSources.currentVersion, active: watchlistSources.active })
    .from(watchlistSources)
    .orderBy(watchlistSources.code);
  return {
    mode: 'edge' as const,
    site: site ?? null,
    link: {
      state: forcedDown ? ('down' as const) : link.state,
      forcedDown,
      lastAttemptAt: link.lastAttemptAt,
      lastSuccessAt: await readState<string | null>(db, 'lastSuccessAt', null),
      lastError: link.lastError,
      consecutiveFailures: link.consecutiveFailures,
    },
    outbox: await outboxFigures(db),
    watchlists: lists,
    lostDocuments: { count: (await lostDocumentsDigest(db)).count },
    lastDownAt: await readState<string | null>(db, 'lastDownAt', null),
  };
}

/** Creates (once per database) the edge synchronisation of a BCP. */
export function createEdgeSync(db: Db, options: EdgeOptions): EdgeSync {
  const existing = controllers.get(db);
  if (existing) {
    return existing;
  }
  const link = switchable(options.transport);
  let succeeded = 0;
  const counting: SyncTransport = {
    async send<T>(request: SyncRequest): Promise<T> {
      const answer = await link.send<T>(request);
      succeeded += 1;
      return answer;
    },
  };
  const facts: LinkFacts = { state: 'down', lastAttemptAt: null, lastError: null, consecutiveFailures: 0 };
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;

  async function cycle(): Promise<void> {
    succeeded = 0;
    facts.lastAttemptAt = new Date().toISOString();
    try {
      await pushToHq(db, counting, { batchSize: options.batchSize, report: () => postReport(db) });
      await pullFromHq(db, options.siteId, counting, () => postReport(db));
      await writeState(db, 'lastSuccessAt', new Date().toISOString());
      Object.assign(facts, { state: 'up', lastError: null, consecutiveFailures: 0 });
    } catch (error) {
      Object.assign(facts, {
        state: succeeded > 0 ? 'degraded' : 'down',
        lastError: error instanceof Error ? error.message.slice(0, 300) : String(error),
        consecutiveFailures: facts.consecutiveFailures + 1,
      });
    }
    // The desk's writes grow the embedded database's log too, link or no link.
    await checkpointIfDue(db);
  }

  function delayAfterCycle(): number {
    if (facts.consecutiveFailures === 0) {
      return options.intervalSeconds * 1000;
    }
    const backoff = Math.min(MAX_BACKOFF_MS, options.intervalSeconds * 1000 * 2 ** (facts.consecutiveFailures - 1));
    return Math.round(backoff * (0.75 + Math.random() * 0.5));
  }

  function schedule(ms: number): void {
    if (stopped) {
      return;
    }
    timer = setTimeout(() => {
      timer = null;
      void controller.runCycle().finally(() => schedule(delayAfterCycle()));
    }, ms);
    timer.unref();
  }

  const controller: EdgeSync = {
    siteId: options.siteId,
    async runCycle() {
      const next = running.then(cycle, cycle);
      running = next;
      await next;
      return edgeStatus(db, options.siteId, facts, link.down);
    },
    status: () => edgeStatus(db, options.siteId, facts, link.down),
    setLinkDown(down) {
      link.setDown(down);
      if (down) {
        facts.state = 'down';
      }
    },
    start() {
      if (stopped) {
        stopped = false;
        schedule(0);
      }
    },
    async stop() {
      stopped = true;
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      await running.catch(() => undefined);
    },
  };
  controllers.set(db, controller);
  return controller;
}
