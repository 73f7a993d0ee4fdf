/**
 * Finding duplicates across the whole registry: persons are grouped into blocks by a blocking key
 * (name key + birth year), each block is scored pair by pair with the name matcher, and pairs above the
 * threshold go to a review queue with their explanation. Progress is kept in the job row.
 */
import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { scorePersonPair } from './name-index';
import { summarisePerson } from './presenter';
import { actorIds, personScope } from './service';
import * as store from './store';
import { duplicateBlocks, duplicateCandidates, duplicateJobs, persons } from './tables';
import type { PersonRow } from './store';

export const DUPLICATE_THRESHOLD = 0.8;
/** Larger blocks are too common a key to say anything (e.g. a very frequent name in one year). */
const MAX_BLOCK = 300;
const PAGE_BLOCKS = 200;

/** Scores two persons as a possible duplicate pair. */
export function scorePair(a: PersonRow, b: PersonRow) {
  return scorePersonPair(a, b);
}

/** Creates a job row; the caller runs it with `runDuplicateJob`. Only one job runs at a time. */
export async function startDuplicateJob(ctx: Ctx) {
  requirePermission(ctx, 'people.merge');
  const [running] = await ctx.db.select().from(duplicateJobs).where(eq(duplicateJobs.status, 'running'));
  if (running && ctx.now().getTime() - running.startedAt.getTime() < 6 * 3_600_000) {
    throw conflict('A duplicate search is already running; follow its progress');
  }
  return inTransaction(ctx, async (tx) => {
    const [job] = await tx.insert(duplicateJobs).values({ startedBy: actorIds(ctx).userId }).returning();
    await recordAudit(tx, ctx, { action: 'person.duplicates.start', entityType: 'duplicate-job', entityId: job!.id });
    return job!;
  });
}

/** Runs a job to the end, reporting progress (blocks done, blocks in all). */
export async function runDuplicateJob(ctx: Ctx, jobId: string, onProgress?: (done: number, total: number, found: number) => void) {
  try {
    await ctx.db.delete(duplicateBlocks).where(eq(duplicateBlocks.jobId, jobId));
    await ctx.db.execute(sql`
      insert into duplicate_blocks (job_id, seq, ids)
      select ${jobId}::uuid, row_number() over (order by block)::int, ids from (
        select k.key || ':' || coalesce(extract(year from p.birth_from)::text, '?') as block, array_agg(p.id order by p.id) as ids
        from persons p, unnest(p.name_keys) as k(key)
        where p.merged_into is null and p.exercise = false
        group by 1
        having count(*) between 2 and ${MAX_BLOCK}
      ) b`);
    const [{ total } = { total: 0 }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(duplicateBlocks).where(eq(duplicateBlocks.jobId, jobId));
    await ctx.db.update(duplicateJobs).set({ total }).where(eq(duplicateJobs.id, jobId));
    const scored = new Set<string>();
    let found = 0;
    for (let from = 0; from < total; from += PAGE_BLOCKS) {
      const blocks = await ctx.db
        .select({ ids: duplicateBlocks.ids })
        .from(duplicateBlocks)
        .where(and(eq(duplicateBlocks.jobId, jobId), gt(duplicateBlocks.seq, from), lte(duplicateBlocks.seq, from + PAGE_BLOCKS)));
      const ids = [...new Set(blocks.flatMap((b) => b.ids))];
      const rows = new Map((await ctx.db.select().from(persons).where(inArray(persons.id, ids))).map((r) => [r.id, r]));
      const pairs: (typeof duplicateCandidates.$inferInsert)[] = [];
      for (const block of blocks) {
        for (let i = 0; i < block.ids.length; i += 1) {
          for (let j = i + 1; j < block.ids.length; j += 1) {
            const key = `${block.ids[i]}|${block.ids[j]}`;
            if (scored.has(key)) {
              continue;
            }
            scored.add(key);
            const a = rows.get(block.ids[i]!);
            const b = rows.get(block.ids[j]!);
            if (!a || !b) {
              continue;
            }
            const match = scorePair(a, b);
            if (match.score >= DUPLICATE_THRESHOLD) {
              pairs.push({ personA: a.id, personB: b.id, score: match.score, explanation: match.reasons, jobId });
            }
          }
        }
      }
      if (pairs.length > 0) {
        const inserted = await ctx.db.insert(duplicateCandidates).values(pairs).onConflictDoNothing().returning({ id: duplicateCandidates.id });
        found += inserted.length;
      }
      const done = Math.min(total, from + PAGE_BLOCKS);
      await ctx.db.update(duplicateJobs).set({ processed: done, found }).where(eq(duplicateJobs.id, jobId));
      onProgress?.(done, total, found);
    }
    await ctx.db.delete(duplicateBlocks).where(eq(duplicateBlocks.jobId, jobId));
    await ctx.db.update(duplicateJobs).set({ status: 'done', finishedAt: ctx.now(), found }).where(eq(duplicateJobs.id, jobId));
    return { total, found, pairsScored: scored.size };
  } catch (error) {
    await ctx.db
      .update(duplicateJobs)
      .set({ status: 'failed', finishedAt: ctx.now(), error: error instanceof Error ? error.message.slice(0, 500) : 'failed' })
      .where(eq(duplicateJobs.id, jobId));
    throw error;
  }
}

/** A job's progress. */
export async function duplicateJobStatus(ctx: Ctx, jobId?: string) {
  requirePermission(ctx, 'people.merge');
  const [job] = await ctx.db
    .select()
    .from(duplicateJobs)
    .where(jobId ? eq(duplicateJobs.id, jobId) : undefined)
    .orderBy(desc(duplicateJobs.startedAt))
    .limit(1);
  if (!job && jobId) {
    throw notFound('Job');
  }
  return job ?? null;
}

/** The review queue: open pairs, best first, each with both persons (audited as a read of both). */
export async function duplicateQueue(ctx: Ctx, limit = 50) {
  requirePermission(ctx, 'people.merge');
  const candidates = await ctx.db
    .select()
    .from(duplicateCandidates)
    .where(eq(duplicateCandidates.status, 'open'))
    .orderBy(desc(duplicateCandidates.score), asc(duplicateCandidates.createdAt))
    .limit(limit);
  const ids = [...new Set(candidates.flatMap((c) => [c.personA, c.personB]))];
  const rows = new Map((await store.selectPersons(ctx.db, ids, personScope(ctx))).map((r) => [r.id, r]));
  const today = ctx.now().toISOString().slice(0, 10);
  const items = candidates.flatMap((c) => {
    const a = rows.get(c.personA);
    const b = rows.get(c.personB);
    return a && b ? [{ id: c.id, score: c.score, explanation: c.explanation, a: summarisePerson(a, today), b: summarisePerson(b, today) }] : [];
  });
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, { action: 'person.duplicates.read', entityType: 'person', fields: ['names', 'dateOfBirth'], detail: { persons: items.flatMap((i) => [i.a.id, i.b.id]) } }),
  );
  return items;
}

/** Marks a pair as not the same person. */
export async function dismissCandidate(ctx: Ctx, candidateId: string, reason: string) {
  requirePermission(ctx, 'people.merge');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(duplicateCandidates)
      .set({ status: 'dismissed', decidedBy: actorIds(ctx).userId, decidedAt: ctx.now() })
      .where(and(eq(duplicateCandidates.id, candidateId), eq(duplicateCandidates.status, 'open')))
      .returning();
    if (!row) {
      throw notFound('Duplicate candidate');
    }
    await recordAudit(tx, ctx, { action: 'person.duplicates.dismiss', entityType: 'person', entityId: row.personA, detail: { other: row.personB, reason } });
    return row;
  });
}
