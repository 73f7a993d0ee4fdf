/**
 * What headquarters sends down to a post: the directory slice (when the post's differs), every watchlist
 * source with its version, the lost/stolen list's digest, the post's configuration, and the persons
 * relevant to the post (decision 0009: persons with a crossing at that BCP) — first all of them, then
 * those changed since the post's cursor. Changes of persons are fed in the order of their transactions:
 * a page takes only rows of transactions older than every one still running, so a row committed late is
 * never skipped.
 */
import { and, asc, gt, inArray, or, sql, eq } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { directoryDigest, directoryForSite } from '../admin/directory-replica';
import { personIdsCrossedAt, personsCrossedAt } from '../border/sync-crossings';
import { lostDocumentsDigest, sourcesForPosts } from '../border/sync-lists';
import { personReplica, type PersonReplica } from '../people/replica';
import type { PostReport } from './changes';
import { recordContact } from './hq-apply';
import { feedPrunedThrough } from './prune';
import { syncPersonFeed } from './tables';

/** Where a post is in the persons it was sent: the first copy by person id, then the feed by transaction. */
export type PersonCursor = { phase: 'initial'; after: string; horizon: number } | { phase: 'feed'; xid: number; seq: number };

export interface PullRequest {
  report: PostReport;
  directoryDigest: string | null;
  persons: PersonCursor | null;
}

const PERSON_PAGE = 200;
const FEED_PAGE = 1000;
const FIRST = '00000000-0000-0000-0000-000000000000';

/** The oldest transaction still running: every transaction below it has ended. */
async function oldestRunning(db: Executor): Promise<number> {
  const [row] = await queryRows<{ xmin: string }>(db, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`);
  return Number(row!.xmin);
}

async function replicas(db: Executor, ids: readonly string[]): Promise<PersonReplica[]> {
  const found: PersonReplica[] = [];
  for (const id of ids) {
    const replica = await personReplica(db, id);
    if (replica) {
      found.push(replica);
    }
  }
  return found;
}

/** A page of the persons the post should hold, and where the next page starts. */
async function personsPage(db: Executor, siteId: string, requested: PersonCursor | null): Promise<{ items: PersonReplica[]; cursor: PersonCursor; more: boolean }> {
  let cursor = requested;
  const pruned = cursor?.phase === 'feed' ? await feedPrunedThrough(db) : null;
  if (cursor?.phase === 'feed' && pruned && (cursor.xid < pruned.xid || (cursor.xid === pruned.xid && cursor.seq < pruned.seq))) {
    // The post was away longer than the feed is kept: it gets its persons copied again.
    cursor = null;
  }
  if (!cursor || cursor.phase === 'initial') {
    // Changes made while the first copy runs come with the feed from the horizon taken at its start.
    const horizon = cursor?.horizon ?? (await oldestRunning(db));
    const ids = await personIdsCrossedAt(db, siteId, cursor?.after ?? FIRST, PERSON_PAGE);
    const next: PersonCursor = ids.length === PERSON_PAGE ? { phase: 'initial', after: ids[ids.length - 1]!, horizon } : { phase: 'feed', xid: horizon, seq: 0 };
    return { items: await replicas(db, ids), cursor: next, more: true };
  }
  const below = await oldestRunning(db);
  const rows = await db
    .select({ seq: syncPersonFeed.seq, xid: syncPersonFeed.xid, personId: syncPersonFeed.personId })
    .from(syncPersonFeed)
    .where(
      and(
        or(gt(syncPersonFeed.xid, cursor.xid), and(eq(syncPersonFeed.xid, cursor.xid), gt(syncPersonFeed.seq, cursor.seq))),
        sql`${syncPersonFeed.xid} < ${below}`,
      ),
    )
    .orderBy(asc(syncPersonFeed.xid), asc(syncPersonFeed.seq))
    .limit(FEED_PAGE);
  if (rows.length === 0) {
    return { items: [], cursor, more: false };
  }
  const ids = [...new Set(rows.map((r) => r.personId))];
  const relevant = await personsCrossedAt(db, siteId, ids);
  const last = rows[rows.length - 1]!;
  return { items: await replicas(db, ids.filter((id) => relevant.has(id))), cursor: { phase: 'feed', xid: last.xid, seq: last.seq }, more: rows.length === FEED_PAGE };
}

/** The post's own BCP record and settings it screens and records with. */
async function postConfiguration(db: Executor, siteId: string) {
  const [site] = await db.select({ id: sites.id, code: sites.code, name: sites.name, details: sites.details, active: sites.active }).from(sites).where(inArray(sites.id, [siteId]));
  return { site: site ?? null };
}

/** Answers a post's pull: what it should hold now, and a page of persons after its cursor. */
export async function answerPull(ctx: Ctx, site: { id: string }, request: PullRequest) {
  await recordContact(ctx, site.id, request.report);
  const directory = await directoryForSite(ctx.db, site.id);
  const digest = directoryDigest(directory);
  return {
    ...(await postConfiguration(ctx.db, site.id)),
    directoryDigest: digest,
    directory: digest === request.directoryDigest ? null : directory,
    sources: await sourcesForPosts(ctx.db),
    lostDocuments: await lostDocumentsDigest(ctx.db),
    persons: await personsPage(ctx.db, site.id, request.persons),
  };
}

/**
 * Persons already fed by each open transaction: the feed says "this person changed in this transaction",
 * so one row per person and transaction is all a post needs (a person registered at a desk and given a
 * document is one row, not two). Transactions never open savepoints here, so a row written stays written.
 */
const fedByTransaction = new WeakMap<Executor, Set<string>>();

/** Headquarters' side of a person change: every change of a person is fed, in its transaction. */
export async function feedPersonChange(tx: Executor, personId: string): Promise<void> {
  let fed = fedByTransaction.get(tx);
  if (fed?.has(personId)) {
    return;
  }
  await queryRows(tx, sql`insert into sync_person_feed (xid, person_id) values (pg_current_xact_id()::text::bigint, ${personId})`);
  if (!fed) {
    fed = new Set();
    fedByTransaction.set(tx, fed);
  }
  fed.add(personId);
}
