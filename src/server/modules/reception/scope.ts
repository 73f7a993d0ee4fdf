/** What every reception service shares: the caller's centre scope, the local day, figures, and who acts. */
import { eq } from 'drizzle-orm';
import { can, recordScope } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { BORDER_TIME_ZONE } from '../border/reference';
import { localDay } from '../border/travel-days';
import { figuresOf, type Counts, type Figures } from './capacity';
import * as store from './store';
import { influxExercises } from './tables';

/** The time zone of the country's calendar days (snapshots, blocks). */
export const RECEPTION_TIME_ZONE = BORDER_TIME_ZONE;

/** Centres the caller may see: their organisation's sites they are posted to, or all for national roles. */
export const centreScope = (ctx: Ctx) => recordScope(ctx, { organisation: sites.organisationId, site: sites.id });

/** Today in the country's time zone. */
export const todayOf = (ctx: Ctx): string => localDay(ctx.now(), RECEPTION_TIME_ZONE);

/** The user acting, for created-by columns. */
export const actingUserId = (ctx: Ctx): string | null => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** A centre the caller may see, or 404. */
export async function visibleCentre(ctx: Ctx, id: string, db: Executor = ctx.db) {
  const centre = await store.selectCentre(db, id, centreScope(ctx));
  if (!centre) {
    throw notFound('Reception centre');
  }
  return centre;
}

/** An exercise by id (exercise figures are asked for by id), or 404. */
export async function existingExercise(db: Executor, exerciseId: string) {
  const [row] = await db.select().from(influxExercises).where(eq(influxExercises.id, exerciseId));
  if (!row) {
    throw notFound('Exercise');
  }
  return row;
}

export type CentreWithFigures = store.CentreRow & Figures;

/** Centres with their figures now, in a dataset. */
export async function withFigures(ctx: Ctx, db: Executor, centres: readonly store.CentreRow[], exerciseId: string | null): Promise<CentreWithFigures[]> {
  const counts = await store.selectCounts(
    db,
    centres.map((c) => c.id),
    todayOf(ctx),
    ctx.now(),
    exerciseId,
  );
  return centres.map((c) => ({ ...c, ...figuresOf(counts.get(c.id) ?? ({ capacity: 0, blocked: 0, occupied: 0, reserved: 0 } satisfies Counts)) }));
}

/** What the caller may do with centres. */
export const centreCan = (ctx: Ctx) => ({ manage: can(ctx, 'reception.manage') });
