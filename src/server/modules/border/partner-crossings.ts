/**
 * Crossings for partner systems (scope `border:crossings:read`): the crossings at the BCPs of the key's own
 * organisation, and a person's travel history as the organisation's staff with the same right see it. Told
 * without officers, screening hits, alerts or processing times; every read audited with the ids returned.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { requireScopeOrPermission } from '../../platform/access/api-scopes';
import { sites } from '../../platform/auth/tables';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { partnerPersonRecords } from '../people/partner-lookup';
import { crossingScope } from './crossing-list';
import * as store from './crossing-store';
import type { CrossingRow } from './crossing-store';
import type { Direction } from './reference';
import { crossings } from './tables';
import { personNames, visiblePersonIds } from './travellers';

/** The end of a window given only its start (a date both JavaScript and the database can hold). */
const END_OF_TIME = new Date('9999-12-31T23:59:59Z');

export interface PartnerCrossingQuery {
  /** Crossings at or after this instant. */
  from?: string;
  /** Crossings before this instant. */
  to?: string;
  /** A BCP of the caller's organisation, by its code. */
  bcp?: string;
  direction?: Direction;
  /** Keyset paging: crossings before this instant (the previous page's `nextBefore`). */
  before?: string;
  limit: number;
}

/** The scope of crossing lists: a key sees its organisation's BCPs, a user the sites they are posted to. */
function partnerCrossingScope(ctx: Ctx) {
  const actor = ctx.actor;
  if (actor.kind === 'apiKey') {
    return sql`${crossings.siteId} in (select ${sites.id} from ${sites} where ${sites.organisationId} = ${actor.organisationId})`;
  }
  return crossingScope(ctx);
}

async function bcpsById(db: Executor, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await db.select({ id: sites.id, code: sites.code, name: sites.name }).from(sites).where(inArray(sites.id, unique));
  return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
}

function presentForPartner(row: CrossingRow, bcp: { code: string; name: string } | undefined, registrationNumber: string | null) {
  return {
    id: row.id,
    at: row.at.toISOString(),
    direction: row.direction,
    bcp: bcp ?? null,
    lane: row.lane,
    person: { id: row.personId, registrationNumber },
    document: { kind: row.documentKind, number: row.documentNumber, issuingState: row.documentIssuingState },
    nationality: row.nationality,
    purpose: row.purpose,
    decision: row.decision,
    refusalReason: row.refusalReason,
    vehicleRole: row.vehicleRole,
  };
}

/** Crossings newest first at the caller's BCPs, by time window, BCP and direction. */
export async function partnerCrossings(ctx: Ctx, query: PartnerCrossingQuery) {
  requireScopeOrPermission(ctx, 'border:crossings:read', 'border.crossings.read');
  return inTransaction(ctx, async (tx) => {
    const scope = partnerCrossingScope(ctx);
    let siteId: string | undefined;
    if (query.bcp) {
      const [site] = await tx.select({ id: sites.id }).from(sites).where(and(eq(sites.code, query.bcp), eq(sites.type, 'bcp')));
      // A BCP outside the caller's scope is not found, like one that does not exist.
      if (!site || !(await siteInScope(tx, ctx, site.id))) {
        throw notFound('BCP');
      }
      siteId = site.id;
    }
    const between = query.from || query.to ? { from: new Date(query.from ?? 0), to: query.to ? new Date(query.to) : END_OF_TIME } : undefined;
    const rows = await store.selectCrossings(tx, { siteId, between, direction: query.direction, before: query.before ? new Date(query.before) : undefined, limit: query.limit }, scope);
    const visible = await visiblePersonIds(tx, ctx, rows.map((r) => r.personId));
    const shown = rows.filter((r) => visible.has(r.personId));
    const names = await personNames(tx, ctx, shown.map((r) => r.personId));
    const bcps = await bcpsById(tx, shown.map((r) => r.siteId));
    const items = shown.map((row) => presentForPartner(row, bcps.get(row.siteId), names.get(row.personId)?.registrationNumber ?? null));
    await recordAudit(tx, ctx, {
      action: 'border.crossings.list',
      entityType: 'crossing',
      fields: ['person', 'document', 'direction', 'decision'],
      detail: { filter: { bcp: query.bcp ?? null, from: query.from ?? null, to: query.to ?? null, direction: query.direction ?? null }, results: items.map((i) => i.id) },
    });
    return { items, nextBefore: rows.length === query.limit ? rows.at(-1)!.at.toISOString() : null };
  });
}

/** Whether a site is among those the caller's crossing lists cover. */
async function siteInScope(db: Executor, ctx: Ctx, siteId: string): Promise<boolean> {
  const actor = ctx.actor;
  if (actor.kind === 'apiKey') {
    const [site] = await db.select({ id: sites.id }).from(sites).where(and(eq(sites.id, siteId), eq(sites.organisationId, actor.organisationId)));
    return Boolean(site);
  }
  return actor.kind === 'system' || (actor.kind === 'user' && (actor.national || actor.siteIds.includes(siteId)));
}

/** A person's crossings, oldest first (records merged into the person included); 404 for a person the caller may not see. */
export async function partnerTravelHistory(ctx: Ctx, personId: string) {
  requireScopeOrPermission(ctx, 'border:crossings:read', 'border.crossings.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const person = await partnerPersonRecords(txCtx, personId);
    const rows = await store.selectCrossingsOfPersons(tx, person.recordIds);
    const bcps = await bcpsById(tx, rows.map((r) => r.siteId));
    await recordAudit(tx, ctx, { action: 'border.person.crossings.read', entityType: 'person', entityId: person.personId, fields: ['crossings'], detail: { crossings: rows.length } });
    return {
      person: { id: person.personId, registrationNumber: person.registrationNumber },
      crossings: rows.map((row) => presentForPartner(row, bcps.get(row.siteId), person.registrationNumber)),
    };
  });
}
