/**
 * The edge takes what headquarters sends down, idempotently: the directory slice, watchlist sources
 * version by version (entries written first, the version moved last), the lost/stolen list when its
 * digest differs, and persons relevant to the post — written with headquarters' values and version, the
 * base for the post's next change. Cursors are stored after each step, so a cut link resumes, never skips.
 */
import { createHash } from 'node:crypto';
import { systemContext, type Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { applyDirectorySlice, type DirectorySlice } from '../admin/directory-replica';
import {
  applyEntryChanges,
  applyLostDocuments,
  applySourceSettings,
  completeSourceVersion,
  lostDocumentsDigest,
  removeLostDocumentsNotIn,
  sourceVersions,
  type EntryChangesPage,
  type SourceReplica,
} from '../border/sync-lists';
import { reserveRegistrationNumbers, writePersonReplica, type PersonReplica } from '../people/replica';
import type { PostReport } from './changes';
import { checkpointIfDue } from './checkpoint';
import { readState, writeState } from './edge-state';
import type { PersonCursor } from './hq-feed';
import { syncPersonBases } from './tables';
import type { SyncTransport } from './transport';

export const ENTRY_PAGE = 5000;
const LOST_PAGE = 5000;
/** At most this many pull rounds per cycle (a new post's first copy takes several cycles). */
const MAX_ROUNDS = 50;

interface PullAnswer {
  site: { id: string; code: string; name: string; details: Record<string, unknown>; active: boolean } | null;
  directoryDigest: string;
  directory: DirectorySlice | null;
  sources: SourceReplica[];
  lostDocuments: { digest: string; count: number };
  persons: { items: PersonReplica[]; cursor: PersonCursor; more: boolean };
}

/** Registration numbers given at this post come from a block of a million of their own (see decision 0009). */
export function registrationBlockOf(siteId: string): { floor: number; ceiling: number } {
  const floor = 100_000_000 + (createHash('sha256').update(siteId).digest().readUInt32BE(0) % 800) * 1_000_000;
  return { floor, ceiling: floor + 1_000_000 };
}

/** Brings one source from the post's version to headquarters', page by page; null when it was there already. */
async function followSource(ctx: Ctx, transport: SyncTransport, replica: SourceReplica, local: number): Promise<number | null> {
  await applySourceSettings(ctx, replica);
  const target = Number(replica.source.currentVersion);
  if (target <= local) {
    return null;
  }
  let cursor: string | null = null;
  let entries = 0;
  do {
    const query: string = `from=${local}&to=${target}&limit=${ENTRY_PAGE}${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`;
    const page: EntryChangesPage = await transport.send<EntryChangesPage>({ method: 'GET', path: `/api/sync/watchlists/${String(replica.source.id)}/entries?${query}` });
    await applyEntryChanges(ctx, page);
    await checkpointIfDue(ctx.db as Db);
    entries += page.entries.length + page.removals.length;
    cursor = page.next;
  } while (cursor);
  await completeSourceVersion(ctx, replica);
  return entries;
}

/** Copies the lost/stolen list whole when its digest differs from headquarters'. */
async function followLostDocuments(ctx: Ctx, transport: SyncTransport, hq: { digest: string }): Promise<void> {
  if ((await lostDocumentsDigest(ctx.db)).digest === hq.digest) {
    return;
  }
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const query: string = `limit=${LOST_PAGE}${after ? `&after=${after}` : ''}`;
    const page = await transport.send<{ documents: Record<string, unknown>[] }>({ method: 'GET', path: `/api/sync/lost-documents?${query}` });
    await applyLostDocuments(ctx, page.documents);
    for (const document of page.documents) {
      seen.add(String(document.id));
    }
    if (page.documents.length < LOST_PAGE) {
      break;
    }
    after = String(page.documents[page.documents.length - 1]!.id);
  }
  await removeLostDocumentsNotIn(ctx, seen);
}

/** Writes persons as headquarters has them; their values become the base of the post's next change. */
async function takePersons(ctx: Ctx, items: readonly PersonReplica[]): Promise<void> {
  for (const replica of items) {
    await writePersonReplica(ctx, replica, { overwrite: true, action: 'synchronised' });
    await ctx.db
      .insert(syncPersonBases)
      .values({ personId: replica.id, fields: replica.fields, hqVersion: replica.version })
      .onConflictDoUpdate({ target: syncPersonBases.personId, set: { fields: replica.fields, hqVersion: replica.version, updatedAt: new Date() } });
  }
}

/** One pull: rounds until headquarters has nothing more for now. Returns the entries received. */
export async function pullFromHq(db: Db, siteId: string, transport: SyncTransport, report: () => Promise<PostReport>): Promise<{ entries: number; persons: number }> {
  const ctx = systemContext(db, 'sync-down');
  const block = registrationBlockOf(siteId);
  await reserveRegistrationNumbers(db, block.floor, block.ceiling);
  let entries = 0;
  let persons = 0;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const answer = await transport.send<PullAnswer>({
      method: 'POST',
      path: '/api/sync/pull',
      body: { report: await report(), directoryDigest: await readState<string | null>(db, 'directoryDigest', null), persons: await readState<PersonCursor | null>(db, 'personCursor', null) },
    });
    if (answer.directory) {
      await applyDirectorySlice(ctx, answer.directory);
      await writeState(db, 'directoryDigest', answer.directoryDigest);
    }
    const versions = await sourceVersions(db);
    let moved = false;
    for (const source of answer.sources) {
      const changes = await followSource(ctx, transport, source, versions.get(String(source.source.id)) ?? 0);
      moved ||= changes !== null;
      entries += changes ?? 0;
    }
    await followLostDocuments(ctx, transport, answer.lostDocuments);
    await takePersons(ctx, answer.persons.items);
    if (answer.persons.items.length > 0) {
      // Persons registered here by a post this one replaces came down with numbers of this block.
      await reserveRegistrationNumbers(db, block.floor, block.ceiling);
    }
    persons += answer.persons.items.length;
    await writeState(db, 'personCursor', answer.persons.cursor);
    // One more round after a list moved: it tells headquarters the versions now in use.
    if (!answer.persons.more && !moved) {
      break;
    }
  }
  await writeState(db, 'lastDownAt', new Date().toISOString());
  return { entries, persons };
}
