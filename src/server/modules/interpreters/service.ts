/**
 * What other modules (asylum interviews, case meetings) call to work with interpreters. They never read the
 * interpreter tables: they book through `bookInterpreter`, naming what the booking is for by purpose kind,
 * their own reference id and a short label, and find their bookings again with `listBookings({ purposeKind, purposeRef })`.
 */
export { bookInterpreter, cancelBooking, findAvailableInterpreters, listBookings, type BookingRequest } from './bookings';
export { getInterpreter, listInterpreters } from './pool';
export { MODALITIES, PURPOSE_KINDS, type Modality, type PurposeKind } from './schemas';
