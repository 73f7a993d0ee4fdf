/** The interpreter pool: interpreters, their languages and ways of working, availability and unavailability. */
import { can, hasNationalScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { forbidden, invalid, notFound } from '../../platform/errors';
import { languageEntry, searchLanguages } from '../../../common/languages/iso639-3';
import { minutesOf, timeOf, type Availability, type Period } from './availability';
import type { AvailabilityInput, InterpreterInput } from './schemas';
import * as store from './store';

/** Throws 403 unless the caller may see the pool: bookers and the pool's managers. */
export function requirePoolReader(ctx: Ctx): void {
  if (!can(ctx, 'interpreters.book') && !can(ctx, 'interpreters.manage')) {
    throw forbidden();
  }
}

interface UnavailablePeriod extends Period {
  note: string;
}

/** True when the caller may change this interpreter: a manager, national or of the organisation that keeps the record. */
function mayManage(ctx: Ctx, interpreter: store.InterpreterRow): boolean {
  return can(ctx, 'interpreters.manage') && (hasNationalScope(ctx) || interpreter.managedBy === actorOrganisationId(ctx.actor));
}

/** An interpreter as lists show it (no contact details). */
export function presentInterpreter(ctx: Ctx, row: store.InterpreterRow) {
  return {
    id: row.id,
    name: row.name,
    languages: row.languages.map((code) => ({ code, name: languageEntry(code)?.name ?? code })),
    organisation: row.organisation,
    modalities: row.modalities,
    timeZone: row.timeZone,
    active: row.active,
    can: { manage: mayManage(ctx, row), book: can(ctx, 'interpreters.book') && row.active },
  };
}

/** The availability of interpreters, by id, in the shape the pure rules take. */
export async function availabilityOf(ctx: Ctx, rows: readonly store.InterpreterRow[]): Promise<Map<string, Availability & { unavailable: UnavailablePeriod[] }>> {
  const windows = await store.selectAvailability(ctx.db, rows.map((r) => r.id));
  return new Map(
    rows.map((r) => {
      const own = windows.filter((w) => w.interpreterId === r.id);
      const periods = (kind: string) => own.filter((w) => w.kind === kind).map((w) => ({ startsAt: w.startsAt!, endsAt: w.endsAt!, note: w.note }));
      return [
        r.id,
        {
          timeZone: r.timeZone,
          weekly: own.filter((w) => w.kind === 'weekly').map((w) => ({ weekday: w.weekday!, startMinute: w.startMinute!, endMinute: w.endMinute! })),
          dated: periods('dated').map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
          unavailable: periods('unavailable'),
        },
      ];
    }),
  );
}

/** Availability as the API shows it (wall-clock times for weekly windows). */
function presentAvailability(a: Availability) {
  return {
    timeZone: a.timeZone,
    weekly: [...a.weekly].sort((x, y) => x.weekday - y.weekday || x.startMinute - y.startMinute).map((w) => ({ weekday: w.weekday, start: timeOf(w.startMinute), end: timeOf(w.endMinute) })),
    dated: [...a.dated].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime()),
    unavailable: [...a.unavailable].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime()),
  };
}

/** The pool, filtered by language and name. */
export async function listInterpreters(ctx: Ctx, filter: { language?: string; q?: string; includeInactive?: boolean }) {
  requirePoolReader(ctx);
  const rows = await store.selectInterpreters(ctx.db, filter);
  return { interpreters: rows.map((r) => presentInterpreter(ctx, r)), can: { manage: can(ctx, 'interpreters.manage'), book: can(ctx, 'interpreters.book') } };
}

/** A visible interpreter row, or 404. */
export async function visibleInterpreter(ctx: Ctx, id: string, forUpdate = false) {
  const row = await store.selectInterpreter(ctx.db, id, forUpdate);
  if (!row) {
    throw notFound('Interpreter');
  }
  return row;
}

/** One interpreter with contact details and availability (the contact read is audited). */
export async function getInterpreter(ctx: Ctx, id: string) {
  requirePoolReader(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await visibleInterpreter(txCtx, id);
    const availability = (await availabilityOf(txCtx, [row])).get(row.id)!;
    await recordAudit(tx, ctx, { action: 'interpreters.interpreter.read', entityType: 'interpreter', entityId: id, fields: ['name', 'phone', 'email'] });
    return { ...presentInterpreter(ctx, row), phone: row.phone, email: row.email, availability: presentAvailability(availability) };
  });
}

function checkLanguages(languages: readonly string[]): string[] {
  const unique = [...new Set(languages)];
  unique.forEach((code, i) => {
    if (!languageEntry(code)) {
      throw invalid(`"${code}" is not a living language in ISO 639-3`, [{ field: `languages.${i}`, message: 'Unknown ISO 639-3 code' }]);
    }
  });
  return unique;
}

/** Adds an interpreter to the pool. A system caller (seeding) names the keeping organisation. */
export async function createInterpreter(ctx: Ctx, input: InterpreterInput, managedBy?: string) {
  requirePermission(ctx, 'interpreters.manage');
  const keeper = actorOrganisationId(ctx.actor) ?? (ctx.actor.kind === 'system' ? managedBy : undefined);
  if (!keeper) {
    throw invalid('Interpreters are kept by an organisation');
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertInterpreter(tx, { ...input, languages: checkLanguages(input.languages), modalities: [...new Set(input.modalities)], phone: input.phone ?? null, email: input.email ?? null, managedBy: keeper });
    await recordAudit(tx, ctx, { action: 'interpreters.interpreter.create', entityType: 'interpreter', entityId: row.id, fields: Object.keys(input) });
    return presentInterpreter(ctx, row);
  });
}

/** Changes an interpreter (deactivating keeps their past bookings). */
export async function updateInterpreter(ctx: Ctx, id: string, input: InterpreterInput) {
  requirePermission(ctx, 'interpreters.manage');
  return inTransaction(ctx, async (tx, txCtx) => {
    const current = await visibleInterpreter(txCtx, id, true);
    if (!mayManage(ctx, current)) {
      throw forbidden('This interpreter is kept by another organisation');
    }
    const row = (await store.updateInterpreter(tx, id, { ...input, languages: checkLanguages(input.languages), modalities: [...new Set(input.modalities)], phone: input.phone ?? null, email: input.email ?? null }))!;
    await recordAudit(tx, ctx, { action: 'interpreters.interpreter.update', entityType: 'interpreter', entityId: id, fields: Object.keys(input) });
    return presentInterpreter(ctx, row);
  });
}

/** Replaces an interpreter's weekly and dated availability and unavailability. */
export async function setAvailability(ctx: Ctx, id: string, input: AvailabilityInput) {
  requirePermission(ctx, 'interpreters.manage');
  input.weekly.forEach((w, i) => {
    if (minutesOf(w.start) >= minutesOf(w.end)) {
      throw invalid('A weekly window must end after it starts', [{ field: `weekly.${i}.end`, message: 'Not after the start' }]);
    }
  });
  for (const kind of ['dated', 'unavailable'] as const) {
    input[kind].forEach((p, i) => {
      if (new Date(p.startsAt) >= new Date(p.endsAt)) {
        throw invalid('A period must end after it starts', [{ field: `${kind}.${i}.endsAt`, message: 'Not after the start' }]);
      }
    });
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const current = await visibleInterpreter(txCtx, id, true);
    if (!mayManage(ctx, current)) {
      throw forbidden('This interpreter is kept by another organisation');
    }
    await store.replaceAvailability(tx, id, [
      ...input.weekly.map((w) => ({ interpreterId: id, kind: 'weekly', weekday: w.weekday, startMinute: minutesOf(w.start), endMinute: minutesOf(w.end) })),
      ...input.dated.map((p) => ({ interpreterId: id, kind: 'dated', startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) })),
      ...input.unavailable.map((p) => ({ interpreterId: id, kind: 'unavailable', startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt), note: p.note })),
    ]);
    await recordAudit(tx, ctx, { action: 'interpreters.availability.set', entityType: 'interpreter', entityId: id, fields: ['weekly', 'dated', 'unavailable'] });
    return presentAvailability((await availabilityOf(txCtx, [current])).get(id)!);
  });
}

/** ISO 639-3 languages by code or English name, or the names of given codes. */
export function findLanguages(ctx: Ctx, query: { q?: string; codes?: string }) {
  requirePoolReader(ctx);
  if (query.codes) {
    const codes = query.codes.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean).slice(0, 50);
    return { languages: codes.flatMap((code) => (languageEntry(code) ? [languageEntry(code)!] : [])) };
  }
  return { languages: searchLanguages(query.q ?? '', 20) };
}
