/** What the web app needs to know about the signed-in caller: identity, permissions and navigation. */
import { eq } from 'drizzle-orm';
import type { Ctx, UserActor } from '../context';
import { organisations, users } from './tables';

/** The caller's profile and permissions (no audit: it is the caller's own data). */
export async function describeCaller(ctx: Ctx, actor: UserActor, csrfToken: string) {
  const [row] = await ctx.db
    .select({
      language: users.language,
      totpEnabled: users.totpEnabled,
      mustChangePassword: users.mustChangePassword,
      organisationName: organisations.name,
      organisationType: organisations.type,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, actor.userId));
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      organisationId: actor.organisationId,
      organisationName: row?.organisationName ?? '',
      organisationType: row?.organisationType ?? '',
      siteIds: [...actor.siteIds],
      roles: [...actor.roles],
      language: row?.language ?? 'en',
      totpEnabled: row?.totpEnabled ?? false,
      mustChangePassword: row?.mustChangePassword ?? false,
    },
    permissions: [...actor.permissions].sort(),
    clearances: [...actor.clearances].sort(),
    national: actor.national,
    csrfToken,
  };
}
