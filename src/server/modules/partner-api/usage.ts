/**
 * How partner organisations use their API access: per organisation, calls per day (refused and rate-limited
 * ones apart) and each key's last use and totals; nationally, every organisation holding keys with its last
 * use and calls over the period. Read from the per-key daily counters, never from the audit trail. National
 * administrators see every organisation, an organisation's administrator their own only.
 */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { lastCallOfKeys, usageDay, usageOfKeys, type UsageRow } from '../../platform/http/api-key-usage';
import { listApiKeys, listOrganisations } from '../admin/service';

export interface UsageCounts {
  calls: number;
  denied: number;
  rateLimited: number;
}

type ApiKeyView = Awaited<ReturnType<typeof listApiKeys>>[number];

const DAY_MS = 86_400_000;

/** The UTC days of a period of `days` ending today, oldest first. */
export function periodDays(now: Date, days: number): string[] {
  const today = Date.parse(`${usageDay(now)}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => usageDay(new Date(today - (days - 1 - i) * DAY_MS)));
}

function zero(): UsageCounts {
  return { calls: 0, denied: 0, rateLimited: 0 };
}

function add(into: UsageCounts, row: UsageCounts): void {
  into.calls += row.calls;
  into.denied += row.denied;
  into.rateLimited += row.rateLimited;
}

function keyStatus(key: ApiKeyView, now: Date): 'active' | 'expired' | 'revoked' {
  if (key.revokedAt) {
    return 'revoked';
  }
  return key.expiresAt <= now ? 'expired' : 'active';
}

function latest(...dates: (Date | null | undefined)[]): Date | null {
  const times = dates.filter((d): d is Date => Boolean(d)).map((d) => d.getTime());
  return times.length === 0 ? null : new Date(Math.max(...times));
}

async function usageOf(ctx: Ctx, keys: ApiKeyView[], days: string[]) {
  const ids = keys.map((k) => k.id);
  const [rows, lastCalls] = await Promise.all([usageOfKeys(ctx.db, ids, days[0]!, days.at(-1)!), lastCallOfKeys(ctx.db, ids)]);
  return { rows, lastCalls };
}

/** One organisation's usage over `days` days ending today (UTC): a series per day and each key's totals. */
export async function organisationUsage(ctx: Ctx, organisationId: string, options: { days: number; defaultRateLimitPerMinute: number }) {
  requirePermission(ctx, 'admin.apikeys.manage');
  const organisation = (await listOrganisations(ctx)).find((o) => o.id === organisationId);
  if (!organisation) {
    throw notFound('Organisation');
  }
  const now = ctx.now();
  const days = periodDays(now, options.days);
  const keys = (await listApiKeys(ctx)).filter((k) => k.organisationId === organisationId);
  const { rows, lastCalls } = await usageOf(ctx, keys, days);
  const byDay = new Map(days.map((day) => [day, zero()]));
  const byKey = new Map(keys.map((k) => [k.id, zero()]));
  for (const row of rows) {
    add(byDay.get(String(row.day))!, row);
    add(byKey.get(row.apiKeyId)!, row);
  }
  const totals = zero();
  rows.forEach((row: UsageRow) => add(totals, row));
  const keyViews = keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    status: keyStatus(key, now),
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
    rateLimitPerMinute: key.rateLimitPerMinute,
    effectiveRateLimitPerMinute: key.rateLimitPerMinute ?? options.defaultRateLimitPerMinute,
    lastUsedAt: latest(lastCalls.get(key.id), key.lastUsedAt)?.toISOString() ?? null,
    ...byKey.get(key.id)!,
  }));
  return {
    organisation: { id: organisation.id, code: organisation.code, name: organisation.name, type: organisation.type },
    from: days[0]!,
    to: days.at(-1)!,
    defaultRateLimitPerMinute: options.defaultRateLimitPerMinute,
    days: days.map((day) => ({ day, ...byDay.get(day)! })),
    keys: keyViews,
    totals,
    lastUsedAt: latest(...keyViews.map((k) => (k.lastUsedAt ? new Date(k.lastUsedAt) : null)))?.toISOString() ?? null,
  };
}

/** Every organisation holding API keys (within the caller's scope) with its keys, last use and totals over `days` days. */
export async function partnerOverview(ctx: Ctx, options: { days: number }) {
  requirePermission(ctx, 'admin.apikeys.manage');
  const now = ctx.now();
  const days = periodDays(now, options.days);
  const keys = await listApiKeys(ctx);
  const organisations = new Map((await listOrganisations(ctx)).map((o) => [o.id, o]));
  const { rows, lastCalls } = await usageOf(ctx, keys, days);
  const keyOrganisation = new Map(keys.map((k) => [k.id, k.organisationId]));
  const totals = new Map<string, UsageCounts>();
  for (const row of rows) {
    const organisationId = keyOrganisation.get(row.apiKeyId)!;
    const into = totals.get(organisationId) ?? zero();
    add(into, row);
    totals.set(organisationId, into);
  }
  const grouped = new Map<string, ApiKeyView[]>();
  for (const key of keys) {
    grouped.set(key.organisationId, [...(grouped.get(key.organisationId) ?? []), key]);
  }
  const items = [...grouped.entries()].map(([organisationId, held]) => {
    const organisation = organisations.get(organisationId);
    const active = held.filter((k) => keyStatus(k, now) === 'active');
    return {
      organisation: { id: organisationId, code: organisation?.code ?? '', name: organisation?.name ?? '', type: organisation?.type ?? '' },
      keys: held.length,
      activeKeys: active.length,
      scopes: [...new Set(active.flatMap((k) => k.scopes))].sort(),
      lastUsedAt: latest(...held.flatMap((k) => [lastCalls.get(k.id), k.lastUsedAt]))?.toISOString() ?? null,
      ...(totals.get(organisationId) ?? zero()),
    };
  });
  items.sort((a, b) => b.calls - a.calls || a.organisation.name.localeCompare(b.organisation.name));
  return { from: days[0]!, to: days.at(-1)!, organisations: items };
}
