/**
 * Partner API demo data: a registered person holding a passport a partner can look up (YUSUF HAIDARI,
 * Afghan passport P4471923, as in the OpenAPI examples), and two partner keys with a month of usage so the
 * usage pages have something to show. The keys' secrets are thrown away: administrators issue real ones.
 */
import { eq } from 'drizzle-orm';
import { apiKeys, organisations } from '../platform/auth/tables';
import type { Ctx } from '../platform/context';
import { usageDay } from '../platform/http/api-key-usage';
import { apiKeyUsage } from '../platform/http/usage-tables';
import { createApiKey } from '../modules/admin/service';
import { addDocument } from '../modules/people/documents';
import { registerPerson } from '../modules/people/service';
import type { ApiScope } from '../platform/access/permissions';

/** The demo passport partners look up. */
export const DEMO_PARTNER_PASSPORT = { number: 'P4471923', issuingState: 'AFG' } as const;

const DEMO_KEYS: { organisation: string; name: string; scopes: ApiScope[]; rateLimitPerMinute: number | null; callsPerDay: number }[] = [
  { organisation: 'ministry-health', name: 'Hospital admissions system', scopes: ['people:lookup-by-document', 'documents:verify'], rateLimitPerMinute: 60, callsPerDay: 40 },
  { organisation: 'border-police', name: 'Border Police analysis centre', scopes: ['border:crossings:read', 'border:screen'], rateLimitPerMinute: null, callsPerDay: 300 },
];

/** A repeatable spread of daily counts: weekdays busier than weekends, a few refusals. */
function dailyCounts(base: number, dayIndex: number, weekday: number) {
  const weekend = weekday === 0 || weekday === 6;
  const calls = Math.round(base * (weekend ? 0.3 : 1) * (0.8 + ((dayIndex * 37) % 41) / 100));
  return { calls, denied: dayIndex % 9 === 0 ? 2 : 0, rateLimited: dayIndex % 13 === 0 ? 5 : 0 };
}

/** Seeds the person with the passport, and the partner keys with 30 days of usage before today. */
export async function seedDemoPartnerApi(ctx: Ctx): Promise<void> {
  const person = await registerPerson(ctx, {
    givenNames: 'Yusuf',
    surname: 'Haidari',
    originalName: 'یوسف حیدری',
    sex: 'M',
    dateOfBirth: '1994-07-02',
    nationalities: ['AFG'],
    languages: ['prs', 'pus'],
    legalStatus: 'asylum-seeker',
  });
  await addDocument(ctx, person.id, { kind: 'passport', ...DEMO_PARTNER_PASSPORT, surname: 'HAIDARI', givenNames: 'YUSUF', nationality: 'AFG', dateOfBirth: '1994-07-02', sex: 'M', expiryDate: '2029-05-31' });
  const now = ctx.now();
  for (const demo of DEMO_KEYS) {
    const [organisation] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, demo.organisation));
    if (!organisation) {
      continue;
    }
    const key = await createApiKey(ctx, { organisationId: organisation.id, name: demo.name, scopes: demo.scopes, expiresInDays: 365, rateLimitPerMinute: demo.rateLimitPerMinute });
    const rows = Array.from({ length: 30 }, (_, i) => {
      const day = new Date(now.getTime() - (30 - i) * 86_400_000);
      const counts = dailyCounts(demo.callsPerDay, i, day.getUTCDay());
      return { apiKeyId: key.id, day: usageDay(day), ...counts, calls: counts.calls + counts.denied + counts.rateLimited, lastUsedAt: new Date(`${usageDay(day)}T16:30:00Z`) };
    });
    await ctx.db.insert(apiKeyUsage).values(rows);
    await ctx.db.update(apiKeys).set({ lastUsedAt: rows.at(-1)!.lastUsedAt }).where(eq(apiKeys.id, key.id));
  }
}
