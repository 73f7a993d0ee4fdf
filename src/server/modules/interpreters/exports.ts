/** The pool and the bookings as exports: the lists' own functions (bounded lists, computed whole), booking details hidden as in the list. */
import type { Ctx } from '../../platform/context';
import { computedExport } from '../../platform/export/stream';
import { listBookings } from './bookings';
import { listInterpreters } from './pool';
import type { BookingFilter } from './store';

/** The pool of the list's filter, by name. */
export function interpretersExport(ctx: Ctx, filter: { language?: string; q?: string; includeInactive?: boolean }) {
  return computedExport({
    list: 'interpreters.pool',
    entityType: 'interpreter',
    filter: { language: filter.language ?? null, q: filter.q ? 'given' : null, includeInactive: filter.includeInactive ?? false },
    columns: [
      { header: 'name', value: (i) => i.name },
      { header: 'languages', value: (i) => i.languages.map((l) => `${l.code} (${l.name})`).join('; ') },
      { header: 'organisation', value: (i) => i.organisation },
      { header: 'modalities', value: (i) => i.modalities.join(' ') },
      { header: 'timeZone', value: (i) => i.timeZone },
      { header: 'active', value: (i) => (i.active ? 'yes' : 'no') },
    ],
    load: async () => (await listInterpreters(ctx, filter)).interpreters,
  });
}

/** The bookings of the list's filter, by start. */
export function bookingsExport(ctx: Ctx, filter: BookingFilter) {
  return computedExport({
    list: 'interpreters.bookings',
    entityType: 'interpreter-booking',
    filter: { from: filter.from?.toISOString() ?? null, to: filter.to?.toISOString() ?? null, interpreterId: filter.interpreterId ?? null, purposeKind: filter.purposeKind ?? null, purposeRef: filter.purposeRef ?? null, includeCancelled: filter.includeCancelled ?? false },
    columns: [
      { header: 'startsAt', value: (b) => b.startsAt },
      { header: 'endsAt', value: (b) => b.endsAt },
      { header: 'interpreter', value: (b) => b.interpreterName },
      { header: 'language', value: (b) => b.language },
      { header: 'modality', value: (b) => b.modality },
      { header: 'purpose', value: (b) => b.purpose.kind },
      { header: 'purposeReference', value: (b) => b.purpose.reference },
      { header: 'place', value: (b) => b.place },
      { header: 'status', value: (b) => b.status },
      { header: 'outsideAvailability', value: (b) => (b.outsideAvailability ? 'yes' : 'no') },
      { header: 'cancelledAt', value: (b) => b.cancelledAt },
    ],
    load: async () => (await listBookings(ctx, filter)).bookings,
  });
}
