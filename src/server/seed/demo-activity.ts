/**
 * Demo activity: a plausible recent history (the last ~60 days before the seeding day) so that the
 * dashboards and national indicators show figures — crossings with alerts resolved both ways, asylum
 * applications with reception placements and temporary documents, FAQ searches and calls, training
 * sessions with attendance and tests. Everything goes through the owning modules' services, acting as
 * the demo users with their clock set to the moment each thing happened, and every choice comes from a
 * seeded random generator: the same seeding day gives the same history. Nothing is dated on the seeding
 * day itself, so "today" on every screen starts empty.
 */
import { eq } from 'drizzle-orm';
import { mulberry32, type Rng } from '../../common/names/testset';
import { zonedDayOf, zonedTime } from '../../common/dates/zoned-day';
import { addDays } from '../../common/stays/days';
import { loadGrants } from '../platform/auth/store';
import { sites, users } from '../platform/auth/tables';
import type { Ctx } from '../platform/context';
import { seedDemoArrivals } from './demo-activity-arrivals';
import { seedDemoCrossings } from './demo-activity-border';
import { seedDemoCallCentre, seedDemoTrainingSessions } from './demo-activity-services';

export type { Rng };

/** The seed of the demo history's random choices. */
const DEMO_ACTIVITY_SEED = 20_261_207;
/** The demo country's calendar (every module's local day). */
const DEMO_TIME_ZONE = 'Europe/Bucharest';

/** Days before the seeding day, as local days and instants. */
export interface DemoCalendar {
  /** The seeding day (nothing of the history is dated on it). */
  today: string;
  /** The local day `daysAgo` days before today. */
  day: (daysAgo: number) => string;
  /** The instant `minutes` after local midnight of the day `daysAgo` days before today. */
  at: (daysAgo: number, minutes: number) => Date;
}

/** The calendar of a history that ends the day before `now`. */
export function demoCalendar(now: Date): DemoCalendar {
  const today = zonedDayOf(now, DEMO_TIME_ZONE);
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  return { today, day, at: (daysAgo, minutes) => zonedTime(day(daysAgo), minutes, DEMO_TIME_ZONE) };
}

/** A demo user as the actor, with their roles, sites and clearances as a signed-in session would have them. */
export async function demoUser(ctx: Ctx, username: string): Promise<Ctx> {
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username));
  if (!user) {
    throw new Error(`The demo user ${username} is missing`);
  }
  const grants = await loadGrants(ctx.db, user.id);
  return {
    ...ctx,
    requestId: `seed-${username}`,
    actor: {
      kind: 'user',
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      organisationId: user.organisationId,
      siteIds: grants.siteIds,
      roles: grants.roles,
      permissions: new Set(grants.permissions),
      clearances: new Set(user.clearances),
      national: grants.national,
    },
  };
}

/** The same actor with the clock stopped at `moment`: what they record is dated then. */
export function atMoment(ctx: Ctx, moment: Date): Ctx {
  return { ...ctx, now: () => moment };
}

/** The ids of demo sites by code. */
export async function demoSites(ctx: Ctx): Promise<(code: string) => string> {
  const rows = await ctx.db.select({ id: sites.id, code: sites.code }).from(sites);
  return (code) => {
    const row = rows.find((r) => r.code === code);
    if (!row) {
      throw new Error(`The demo site ${code} is missing`);
    }
    return row.id;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(rng: Rng, min: number, max: number): number {
  return min + rng.int(max - min + 1);
}

/** Loads the demo history (run once, after the rest of the demo data). */
export async function seedDemoActivity(ctx: Ctx): Promise<void> {
  const calendar = demoCalendar(ctx.now());
  const rng = mulberry32(DEMO_ACTIVITY_SEED);
  await seedDemoCrossings(ctx, calendar, rng);
  await seedDemoArrivals(ctx, calendar, rng);
  await seedDemoCallCentre(ctx, calendar, rng);
  await seedDemoTrainingSessions(ctx, calendar, rng);
}
