/** Zod schemas of the reception API. */
import { z } from 'zod';
import { SEXES } from '../people/reference';
import { nationalityCode, personPatchBody } from '../people/schemas';
import { SERVICE_KINDS } from './placements';

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.object({ id: z.uuid() });
export const siteParams = z.object({ siteId: z.uuid() });
export const exerciseQuery = z.object({ exerciseId: z.uuid().optional() });

export const unitBody = z.object({ name: text(100) });
export const roomBody = z.object({ name: text(60), purpose: z.enum(['family', 'men', 'women', 'minors', 'medical', 'other']).nullish(), beds: z.number().int().min(0).max(500) });
export const bedsBody = z.object({ count: z.number().int().min(1).max(500) });
export const bedPatch = z.object({ label: text(60).optional(), active: z.boolean().optional() });
export const blockBody = z.object({ bedId: z.uuid().nullish(), roomId: z.uuid().nullish(), places: z.number().int().min(1).max(5000).nullish(), reason: text(500), from: day, to: day.nullish() });
export const endBlockBody = z.object({ to: day.optional() });

export const reservationBody = z.object({
  places: z.number().int().min(1).max(50),
  bedId: z.uuid().nullish(),
  personId: z.uuid().nullish(),
  note: z.string().trim().max(500).nullish(),
  until: instant,
  overCapacityReason: z.string().trim().max(500).nullish(),
});
export const residentsQuery = exerciseQuery.extend({ status: z.enum(['active', 'ended', 'all']).default('active') });
export const checkInBody = z.object({
  personId: z.uuid(),
  siteId: z.uuid(),
  bedId: z.uuid().nullish(),
  reservationId: z.uuid().nullish(),
  overCapacityReason: z.string().trim().max(500).nullish(),
  note: z.string().trim().max(500).nullish(),
});
export const checkOutBody = z.object({ reason: z.enum(['left', 'moved-out', 'absconded', 'returned', 'other']), note: z.string().trim().max(500).nullish(), at: instant.nullish() });
export const absenceBody = z.object({ from: instant.nullish(), reason: text(500) });
export const endAbsenceBody = z.object({ at: instant.nullish() });
export const transferBody = z.object({ toSiteId: z.uuid(), bedId: z.uuid().nullish(), reason: text(500), overCapacityReason: z.string().trim().max(500).nullish() });
export const serviceBody = z.object({ kind: z.enum(SERVICE_KINDS), note: z.string().trim().max(2000).nullish(), givenAt: instant.nullish() });

export const historyQuery = z.object({ from: day, to: day, siteId: z.uuid().optional() });
export const snapshotBody = z.object({ day: day.optional() });

export const planBody = z.object({ siteId: z.uuid(), name: text(200), description: z.string().trim().max(2000).optional(), centreIds: z.array(z.uuid()).min(1).max(50) });
export const noteBody = z.object({ note: z.string().trim().max(500).nullish() });

export const memberBody = z.object({
  name: text(200),
  sex: z.enum(SEXES),
  approximateAge: z.number().int().min(0).max(120),
  nationality: nationalityCode.nullish(),
  triage: z.object({ medicalUrgency: z.boolean().default(false), child: z.boolean().default(false), vulnerable: z.boolean().default(false) }).default({ medicalUrgency: false, child: false, vulnerable: false }),
  arrivalId: z.uuid().nullish(),
});
export const preregistrationBody = z.object({
  groupId: z.uuid().nullish(),
  exerciseId: z.uuid().nullish(),
  arrivedAt: instant.nullish(),
  members: z.array(memberBody).min(1).max(30),
});
export const registrationsQuery = exerciseQuery.extend({ q: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });
export const boardQuery = exerciseQuery.extend({ hours: z.coerce.number().int().min(1).max(72).default(12) });
export const completeBody = z.object({
  version: z.number().int().min(1),
  person: personPatchBody.pick({ givenNames: true, surname: true, originalName: true, originalScript: true, otherNames: true, sex: true, dateOfBirth: true, dateOfBirthEstimated: true, placeOfBirth: true, nationalities: true, languages: true, contacts: true }),
});

export const exerciseBody = z.object({
  planId: z.uuid(),
  name: text(200),
  people: z.number().int().min(1).max(5000),
  minutes: z.number().int().min(1).max(1440),
  familyShare: z.number().min(0).max(1).default(0.5),
  minorShare: z.number().min(0).max(1).default(0.2),
  vulnerableShare: z.number().min(0).max(1).default(0.15),
  seed: z.number().int().min(0).max(2 ** 31).optional(),
  mode: z.enum(['auto', 'manual']),
  clerks: z.number().int().min(1).max(100).default(4),
  secondsPerPerson: z.number().int().min(5).max(3600).default(60),
});
