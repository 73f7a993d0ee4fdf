/**
 * Bookings of interpreters for asylum interviews, case meetings and other appointments. One interpreter is
 * never booked twice at once: the interpreter's row is locked while the overlap is checked, and the
 * database's exclusion constraint refuses whatever slips past (another writer, another process).
 */
import { sql } from 'drizzle-orm';
import { can, hasNationalScope } from '../../platform/access/policy';
import { recordAudit, recordAuditNow } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { AppError, forbidden, invalid, notFound, ruleViolated } from '../../platform/errors';
import { languageEntry } from '../../../common/languages/iso639-3';
import { actorIds } from '../people/service';
import { availabilityProblems, type AvailabilityProblem } from './availability';
import { availabilityOf, presentInterpreter, requirePoolReader, visibleInterpreter } from './pool';
import type { Modality, PurposeKind } from './schemas';
import * as store from './store';
import { interpreterBookings } from './tables';

/** What another module sends to book an interpreter (see README: "Booking from another module"). */
export interface BookingRequest {
  interpreterId: string;
  startsAt: Date | string;
  endsAt: Date | string;
  /** ISO 639-3 code the interpreter must speak. */
  language: string;
  modality: Modality;
  /** What the booking is for: kind, the id of the application/case/meeting in the calling module, a short label. */
  purpose: { kind: PurposeKind; reference?: string; label?: string };
  place?: string;
  /** The booker was warned that the period is outside the interpreter's availability and books anyway. */
  confirmOutsideAvailability?: boolean;
}

const MAX_BOOKING_MS = 12 * 3_600_000;

/** Throws 403 unless the caller may book interpreters. */
function requireBooker(ctx: Ctx): void {
  if (!can(ctx, 'interpreters.book')) {
    throw forbidden();
  }
}

/** True when the caller sees what a booking is for (its organisation's, or a national caller). */
function seesDetails(ctx: Ctx, booking: store.BookingRow): boolean {
  return hasNationalScope(ctx) || booking.organisationId === actorOrganisationId(ctx.actor);
}

/** A booking as the API shows it; another organisation's shows only when the interpreter is busy and for what kind of work. */
export function presentBooking(ctx: Ctx, booking: store.BookingRow, interpreterName: string) {
  const details = seesDetails(ctx, booking);
  const live = booking.status === 'booked';
  return {
    id: booking.id,
    interpreterId: booking.interpreterId,
    interpreterName,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    language: booking.language,
    modality: booking.modality,
    purpose: { kind: booking.purposeKind, reference: details ? booking.purposeRef : '', label: details ? booking.purposeLabel : '' },
    place: details ? booking.place : '',
    status: booking.status,
    outsideAvailability: booking.outsideAvailability,
    cancelledAt: booking.cancelledAt,
    cancelReason: details ? booking.cancelReason : null,
    restricted: !details,
    can: { cancel: live && ((details && can(ctx, 'interpreters.book')) || can(ctx, 'interpreters.manage')) },
  };
}

const clock = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
const dayOf = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at);

function period(input: { startsAt: Date | string; endsAt: Date | string }) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) {
    throw invalid('Give the start and end as date and time', [{ field: 'startsAt', message: 'Not a date and time' }]);
  }
  if (endsAt <= startsAt) {
    throw invalid('The booking must end after it starts', [{ field: 'endsAt', message: 'Not after the start' }]);
  }
  if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_MS) {
    throw invalid('A booking lasts at most 12 hours', [{ field: 'endsAt', message: 'More than 12 hours after the start' }]);
  }
  return { startsAt, endsAt };
}

/** The 409 for an overlap, naming when the interpreter is already booked. */
function overlapError(name: string, timeZone: string, other: { startsAt: Date; endsAt: Date; purposeKind: string }): AppError {
  const when = `${dayOf(other.startsAt, timeZone)}, ${clock(other.startsAt, timeZone)}–${clock(other.endsAt, timeZone)} (${timeZone})`;
  const message = `${name} is already booked ${when} for ${other.purposeKind.replace('-', ' ')}: choose another time or another interpreter`;
  return new AppError('conflict', 409, message, [{ field: 'startsAt', message: 'Overlaps another booking of this interpreter' }]);
}

const PROBLEM_TEXT: Record<AvailabilityProblem, string> = {
  'no-availability-declared': 'has declared no availability',
  'outside-availability': 'is outside the declared availability',
  unavailable: 'falls in a period marked unavailable',
};

/** Interpreters of a language free at a time: not booked then; those inside their declared availability first. */
export async function findAvailableInterpreters(ctx: Ctx, query: { language: string; startsAt: Date | string; endsAt: Date | string; modality?: Modality }) {
  requirePoolReader(ctx);
  const wanted = period(query);
  const speakers = await store.selectInterpreters(ctx.db, { language: query.language, modality: query.modality });
  const busy = new Set((await store.selectOverlappingBookings(ctx.db, speakers.map((s) => s.id), wanted.startsAt, wanted.endsAt)).map((b) => b.interpreterId));
  const availability = await availabilityOf(ctx, speakers);
  const free = speakers
    .filter((s) => !busy.has(s.id))
    .map((s) => ({ ...presentInterpreter(ctx, s), problems: availabilityProblems(availability.get(s.id)!, wanted) }))
    .sort((a, b) => a.problems.length - b.problems.length || a.name.localeCompare(b.name));
  return { interpreters: free, busy: speakers.filter((s) => busy.has(s.id)).map((s) => ({ id: s.id, name: s.name })) };
}

/** True when a database error is the exclusion constraint against double booking (PostgreSQL code 23P01). */
function isOverlapViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '23P01';
}

/** Books an interpreter. Refuses an overlap (409) and, unless confirmed, a period outside the interpreter's availability (422). */
export async function bookInterpreter(ctx: Ctx, request: BookingRequest) {
  requireBooker(ctx);
  const wanted = period(request);
  if (wanted.endsAt <= ctx.now()) {
    throw ruleViolated('A booking cannot be in the past', [{ field: 'startsAt', message: 'In the past' }]);
  }
  const language = request.language.trim().toLowerCase();
  if (!languageEntry(language)) {
    throw invalid(`"${request.language}" is not a living language in ISO 639-3`, [{ field: 'language', message: 'Unknown ISO 639-3 code' }]);
  }
  const organisationId = actorOrganisationId(ctx.actor);
  if (!organisationId) {
    throw invalid('Bookings are made by a person of an organisation');
  }
  try {
    return await inTransaction(ctx, async (tx, txCtx) => {
      // Locking the interpreter serialises bookings of one interpreter, so the overlap check below sees every committed one.
      const interpreter = await visibleInterpreter(txCtx, request.interpreterId, true);
      if (!interpreter.active) {
        throw ruleViolated(`${interpreter.name} no longer works for the pool`, [{ field: 'interpreterId', message: 'Inactive interpreter' }]);
      }
      if (!interpreter.languages.includes(language)) {
        throw ruleViolated(`${interpreter.name} does not interpret ${languageEntry(language)!.name} (${language})`, [{ field: 'language', message: 'Not one of the interpreter’s languages' }]);
      }
      if (!interpreter.modalities.includes(request.modality)) {
        throw ruleViolated(`${interpreter.name} does not work ${request.modality === 'in-person' ? 'in person' : `by ${request.modality}`}`, [{ field: 'modality', message: 'Not one of the interpreter’s ways of working' }]);
      }
      const [other] = await store.selectOverlappingBookings(tx, [interpreter.id], wanted.startsAt, wanted.endsAt);
      if (other) {
        throw overlapError(interpreter.name, interpreter.timeZone, other);
      }
      const problems = availabilityProblems((await availabilityOf(txCtx, [interpreter])).get(interpreter.id)!, wanted);
      if (problems.length > 0 && !request.confirmOutsideAvailability) {
        const when = `${dayOf(wanted.startsAt, interpreter.timeZone)}, ${clock(wanted.startsAt, interpreter.timeZone)}–${clock(wanted.endsAt, interpreter.timeZone)}`;
        throw ruleViolated(`${when}: ${interpreter.name} ${problems.map((p) => PROBLEM_TEXT[p]).join(' and ')}. Confirm to book anyway.`, [{ field: 'confirmOutsideAvailability', message: problems.join(',') }]);
      }
      const row = await store.insertBooking(tx, {
        interpreterId: interpreter.id,
        ...wanted,
        language,
        modality: request.modality,
        purposeKind: request.purpose.kind,
        purposeRef: request.purpose.reference?.trim() ?? '',
        purposeLabel: request.purpose.label?.trim() ?? '',
        place: request.place?.trim() ?? '',
        outsideAvailability: problems.length > 0,
        organisationId,
        bookedBy: actorIds(ctx).userId,
      });
      await recordAudit(tx, ctx, { action: 'interpreters.booking.create', entityType: 'interpreter-booking', entityId: row.id, fields: ['interpreterId', 'startsAt', 'endsAt', 'purpose'], detail: { interpreterId: interpreter.id, purposeKind: row.purposeKind, outsideAvailability: row.outsideAvailability } });
      return presentBooking(ctx, row, interpreter.name);
    });
  } catch (caught) {
    let error = caught;
    if (isOverlapViolation(caught)) {
      // Another process committed an overlapping booking between our check and our insert.
      const interpreter = await visibleInterpreter(ctx, request.interpreterId);
      const [other] = await store.selectOverlappingBookings(ctx.db, [interpreter.id], wanted.startsAt, wanted.endsAt);
      error = overlapError(interpreter.name, interpreter.timeZone, other ?? { ...wanted, purposeKind: 'another booking' });
    }
    if (error instanceof AppError && error.code === 'conflict') {
      await recordAuditNow(ctx, { action: 'interpreters.booking.create', entityType: 'interpreter', entityId: request.interpreterId, outcome: 'failure', detail: { reason: 'overlap' } });
    }
    throw error;
  }
}

/** Cancels a booking with a reason; the period becomes free again. */
export async function cancelBooking(ctx: Ctx, id: string, reason: string) {
  requirePoolReader(ctx);
  if (reason.trim().length < 3) {
    throw invalid('Say why the booking is cancelled', [{ field: 'reason', message: 'Required' }]);
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const booking = await store.selectBooking(tx, id, true);
    if (!booking || !presentBooking(txCtx, booking, '').can.cancel) {
      throw notFound('Booking');
    }
    const row = (await store.updateBooking(tx, id, { status: 'cancelled', cancelledAt: ctx.now(), cancelledBy: actorIds(ctx).userId, cancelReason: reason.trim() }))!;
    await recordAudit(tx, ctx, { action: 'interpreters.booking.cancel', entityType: 'interpreter-booking', entityId: id, fields: ['status', 'cancelReason'] });
    const interpreter = await visibleInterpreter(txCtx, row.interpreterId);
    return presentBooking(ctx, row, interpreter.name);
  });
}

/** Bookings in a period, of one interpreter or for one purpose (e.g. every booking of an asylum application). */
export async function listBookings(ctx: Ctx, filter: store.BookingFilter) {
  requirePoolReader(ctx);
  // What a booking is for is the booking organisation's business: a purpose filter only finds the caller's own.
  const scope = filter.purposeRef && !hasNationalScope(ctx) ? sql`${interpreterBookings.organisationId} = ${actorOrganisationId(ctx.actor)}` : undefined;
  const rows = await store.selectBookings(ctx.db, filter, scope);
  return { bookings: rows.map((r) => presentBooking(ctx, r.booking, r.interpreterName)) };
}
