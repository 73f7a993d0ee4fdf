/**
 * Finding duplicates across the whole registry, one year of birth at a time: the persons whose birth
 * range covers the year are read (a range scan on the birth index), grouped in memory into blocks by
 * selective name keys, each block is scored pair by pair with the name matcher, and pairs above the
 * threshold go to a review queue with their explanation. Persons with no usable year of birth are
 * compared with every year's persons and with each other. Progress (years done) is kept in the job row.
 */
import { and, asc, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { nameBlockingKeys } from '../../../common/names';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { allNamesOf, personPairScore, prepared, scorePersonPair, type MatchCandidate } from './name-index';
import { summarisePerson } from './presenter';
import { actorIds, personScope } from './service';
import * as store from './store';
import { duplicateCandidates, duplicateJobs, persons } from './tables';

export const DUPLICATE_THRESHOLD = 0.8;
/**
 * A key shared by more persons than this within one year says little about any two of them (a very
 * frequent name part): such a block is split by recorded date of birth, and its persons are also paired
 * through their other keys.
 */
const MAX_BLOCK = 60;
/** Birth ranges wider than this many years count as undated (as in `name_year_key_hashes`, migration 0005). */
const MAX_YEAR_SPAN = 10;

/** What the pass reads of a person: enough to block and to score, nothing more. */
const duplicateColumns = {
  id: persons.id,
  givenNames: persons.givenNames,
  surname: persons.surname,
  originalName: persons.originalName,
  otherNames: persons.otherNames,
  dateOfBirth: persons.dateOfBirth,
  dateOfBirthEstimated: persons.dateOfBirthEstimated,
  nationalities: persons.nationalities,
};
type DuplicateRow = MatchCandidate & { id: string };

const inRegistry = and(isNull(persons.mergedInto), eq(persons.exercise, false));
const span = sql`extract(year from ${persons.birthTo}) - extract(year from ${persons.birthFrom})`;

/** Persons whose (at most ten-year) birth range covers `year`: bounded on both sides of the birth index. */
function personsBornIn(ctx: Ctx, year: number) {
  return ctx.db
    .select(duplicateColumns)
    .from(persons)
    .where(
      and(
        inRegistry,
        gte(persons.birthFrom, `${year - MAX_YEAR_SPAN}-01-01`),
        lte(persons.birthFrom, `${year}-12-31`),
        gte(persons.birthTo, `${year}-01-01`),
        sql`${span} <= ${MAX_YEAR_SPAN}`,
      ),
    );
}

function undatedPersons(ctx: Ctx) {
  return ctx.db
    .select(duplicateColumns)
    .from(persons)
    .where(and(inRegistry, or(isNull(persons.birthFrom), isNull(persons.birthTo), sql`${span} > ${MAX_YEAR_SPAN}`)));
}

/**
 * The keys a person is blocked by: every name's keys without the one-consonant-deleted skeletons and
 * without skeletons of fewer than three consonants (s:hn is shared by Hanan, Hani, Hina, Hany…).
 */
function pairingKeys(person: DuplicateRow): string[] {
  const keys = new Set<string>();
  for (const name of allNamesOf(person)) {
    for (const key of nameBlockingKeys(prepared(name), { deletions: false })) {
      if (!key.startsWith('s:') || key.length >= 5) {
        keys.add(key);
      }
    }
  }
  return [...keys];
}

/**
 * The blocks to pair within: those of 2..MAX_BLOCK persons as they are; a larger one (a surname shared by
 * a hundred persons born that year) split by the date of birth as recorded, so that persons with the
 * same name part and the same recorded date are still compared.
 */
function* withinSize(blocks: Iterable<number[]>, group: readonly DuplicateRow[]): Generator<number[]> {
  for (const members of blocks) {
    if (members.length <= MAX_BLOCK) {
      if (members.length >= 2) {
        yield members;
      }
      continue;
    }
    const byDate = new Map<string, number[]>();
    for (const index of members) {
      const date = group[index]!.dateOfBirth;
      if (date) {
        byDate.set(date, [...(byDate.get(date) ?? []), index]);
      }
    }
    for (const sameDate of byDate.values()) {
      if (sameDate.length >= 2 && sameDate.length <= MAX_BLOCK) {
        yield sameDate;
      }
    }
  }
}

interface GroupResult {
  pairs: (typeof duplicateCandidates.$inferInsert)[];
  scored: number;
}

/**
 * Scores the pairs of one group that share a block. `undatedFrom` marks where the undated persons start
 * in `group`: two undated persons are left to the undated group, so each pair is scored once per year.
 */
export function scoreGroup(group: DuplicateRow[], jobId: string, undatedFrom = group.length): GroupResult {
  const blocks = new Map<string, number[]>();
  group.forEach((person, index) => {
    for (const key of pairingKeys(person)) {
      const members = blocks.get(key);
      if (members) {
        members.push(index);
      } else {
        blocks.set(key, [index]);
      }
    }
  });
  const seen = new Set<number>();
  const pairs: GroupResult['pairs'] = [];
  for (const members of withinSize(blocks.values(), group)) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const [low, high] = members[i]! < members[j]! ? [members[i]!, members[j]!] : [members[j]!, members[i]!];
        if (low >= undatedFrom) {
          continue;
        }
        const pair = low * group.length + high;
        if (seen.has(pair)) {
          continue;
        }
        seen.add(pair);
        const a = group[low]!;
        const b = group[high]!;
        if (personPairScore(a, b) >= DUPLICATE_THRESHOLD) {
          const match = scorePersonPair(a, b);
          const [personA, personB] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
          pairs.push({ personA, personB, score: match.score, explanation: match.reasons, jobId });
        }
      }
    }
  }
  return { pairs, scored: seen.size };
}

/** Creates a job row; the caller runs it with `runDuplicateJob`. Only one job runs at a time. */
export async function startDuplicateJob(ctx: Ctx) {
  requirePermission(ctx, 'people.merge');
  return inTransaction(ctx, async (tx) => {
    // Two starts at once (two server processes): the lock makes the second see the first's job.
    await tx.execute(sql`select pg_advisory_xact_lock(70112028)`);
    const [running] = await tx.select().from(duplicateJobs).where(eq(duplicateJobs.status, 'running'));
    if (running && ctx.now().getTime() - running.startedAt.getTime() < 6 * 3_600_000) {
      throw conflict('A duplicate search is already running; follow its progress');
    }
    const [job] = await tx.insert(duplicateJobs).values({ startedBy: actorIds(ctx).userId }).returning();
    await recordAudit(tx, ctx, { action: 'person.duplicates.start', entityType: 'duplicate-job', entityId: job!.id });
    return job!;
  });
}

const INSERT_BATCH = 1000;

/** Runs a job to the end, reporting progress (groups done — years of birth and the undated —, groups in all). */
export async function runDuplicateJob(ctx: Ctx, jobId: string, onProgress?: (done: number, total: number, found: number) => void) {
  try {
    const [bounds] = await ctx.db
      .select({ first: sql<number | null>`extract(year from min(${persons.birthFrom}))::int`, last: sql<number | null>`extract(year from max(${persons.birthTo}))::int` })
      .from(persons)
      .where(and(inRegistry, sql`${span} <= ${MAX_YEAR_SPAN}`));
    const years: number[] = [];
    const first = bounds?.first ?? null;
    const last = bounds?.last ?? null;
    for (let year = first ?? 0; first !== null && last !== null && year <= last; year += 1) {
      years.push(year);
    }
    const total = years.length + 1;
    await ctx.db.update(duplicateJobs).set({ total }).where(eq(duplicateJobs.id, jobId));
    const undated = await undatedPersons(ctx);
    let found = 0;
    let pairsScored = 0;
    const groups: (() => Promise<GroupResult>)[] = [
      async () => scoreGroup(undated, jobId),
      ...years.map((year) => async () => {
        const dated = await personsBornIn(ctx, year);
        return dated.length === 0 ? { pairs: [], scored: 0 } : scoreGroup([...dated, ...undated], jobId, dated.length);
      }),
    ];
    for (const [index, group] of groups.entries()) {
      const { pairs, scored } = await group();
      pairsScored += scored;
      for (let start = 0; start < pairs.length; start += INSERT_BATCH) {
        const inserted = await ctx.db
          .insert(duplicateCandidates)
          .values(pairs.slice(start, start + INSERT_BATCH))
          .onConflictDoNothing()
          .returning({ id: duplicateCandidates.id });
        found += inserted.length;
      }
      await ctx.db.update(duplicateJobs).set({ processed: index + 1, found }).where(eq(duplicateJobs.id, jobId));
      onProgress?.(index + 1, total, found);
    }
    await ctx.db.update(duplicateJobs).set({ status: 'done', finishedAt: ctx.now(), found }).where(eq(duplicateJobs.id, jobId));
    return { total, found, pairsScored };
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

type CandidateRow = typeof duplicateCandidates.$inferSelect;

/** The queue's condition: pairs nobody has decided on yet. One place for the queue, its count and its export. */
const openPairs = eq(duplicateCandidates.status, 'open');

/** The open pairs, best first then by id, after `after` (a keyset condition): the queue's export in batches. */
export function selectOpenCandidatesAfter(ctx: Ctx, after: SQL | undefined, limit: number): Promise<CandidateRow[]> {
  return ctx.db
    .select()
    .from(duplicateCandidates)
    .where(and(openPairs, after))
    .orderBy(desc(duplicateCandidates.score), desc(duplicateCandidates.id))
    .limit(limit);
}

/** How many pairs are open (an upper bound of the queue: pairs with a person the caller may not see are left out). */
export async function countOpenCandidates(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(duplicateCandidates).where(openPairs);
  return row?.n ?? 0;
}

/** Pairs with both persons, where the caller may see both (persons under a label they lack and merged records leave their pairs out). */
export async function pairsWithPersons(ctx: Ctx, candidates: readonly CandidateRow[]) {
  const ids = [...new Set(candidates.flatMap((c) => [c.personA, c.personB]))];
  const rows = new Map((await store.selectPersons(ctx.db, ids, personScope(ctx))).map((r) => [r.id, r]));
  const today = ctx.now().toISOString().slice(0, 10);
  return candidates.flatMap((c) => {
    const a = rows.get(c.personA);
    const b = rows.get(c.personB);
    return a && b ? [{ id: c.id, score: c.score, explanation: c.explanation, a: summarisePerson(a, today), b: summarisePerson(b, today) }] : [];
  });
}

/** The review queue: open pairs, best first, each with both persons (audited as a read of both). */
export async function duplicateQueue(ctx: Ctx, limit = 50) {
  requirePermission(ctx, 'people.merge');
  const candidates = await ctx.db
    .select()
    .from(duplicateCandidates)
    .where(openPairs)
    .orderBy(desc(duplicateCandidates.score), asc(duplicateCandidates.createdAt))
    .limit(limit);
  const items = await pairsWithPersons(ctx, candidates);
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
