/** Zod schemas of the border API: one definition for validation, types and the OpenAPI page. */
import { z } from 'zod';
import { nationalityCode, otherNameSchema } from '../people/schemas';
import { DOCUMENT_KINDS } from '../people/reference';
import {
  ALERT_OUTCOMES,
  ALERT_STATUSES,
  DECISIONS,
  DIRECTIONS,
  IMPORT_MODES,
  LOST_DOCUMENT_REASONS,
  PURPOSES,
  REFUSAL_REASON_CODES,
  SOURCE_KINDS,
  VEHICLE_ROLES,
  VEHICLE_TYPES,
  type RefusalReason,
} from './reference';

const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
/** The desk's idempotency key: the same key twice is one crossing. */
const clientRef = z.string().trim().min(8).max(100).regex(/^[\w.:-]+$/, 'Letters, digits and . _ : - only');
const personName = z.string().trim().min(1).max(200);

export const documentSchema = z.object({
  mrz: z.string().max(200).nullish(),
  kind: z.enum(DOCUMENT_KINDS).nullish(),
  number: z.string().trim().max(40).nullish(),
  issuingState: z.string().trim().max(3).nullish(),
  surname: z.string().trim().max(200).nullish(),
  givenNames: z.string().trim().max(200).nullish(),
  nationality: z.string().trim().max(3).nullish(),
  dateOfBirth: z.string().trim().max(30).nullish(),
  sex: z.string().trim().max(1).nullish(),
  expiryDate: z.string().trim().max(10).nullish(),
});

const travellerSchema = z.object({
  personId: z.uuid().nullish(),
  originalName: personName.nullish(),
  otherNames: z.array(otherNameSchema).max(20).optional(),
  nationalities: z.array(nationalityCode).max(5).optional(),
});

const travellerCrossing = z.object({
  firstScanAt: instant.nullish(),
  /** In a vehicle: when this occupant was decided (the group is recorded at `at`). */
  decidedAt: instant.nullish(),
  document: documentSchema,
  traveller: travellerSchema.optional(),
  purpose: z.enum(PURPOSES).nullish(),
  decision: z.enum(DECISIONS),
  refusalReason: z.enum(REFUSAL_REASON_CODES as [RefusalReason, ...RefusalReason[]]).nullish(),
});

export const crossingBody = travellerCrossing.extend({
  clientRef,
  siteId: z.uuid(),
  lane: z.string().trim().max(20).nullish(),
  direction: z.enum(DIRECTIONS),
  at: instant.nullish(),
});

export const vehicleCrossingBody = z.object({
  clientRef,
  siteId: z.uuid(),
  lane: z.string().trim().max(20).nullish(),
  direction: z.enum(DIRECTIONS),
  at: instant.nullish(),
  vehicle: z.object({
    plate: z.string().trim().min(2).max(15).regex(/^[\p{L}\p{N} -]+$/u, 'Letters, digits, spaces and dashes only'),
    country: nationalityCode,
    type: z.enum(VEHICLE_TYPES),
  }),
  occupants: z.array(travellerCrossing.extend({ role: z.enum(VEHICLE_ROLES) })).min(1).max(90),
});

export const crossingQuery = z.object({
  siteId: z.uuid().optional(),
  day: isoDate.optional(),
  direction: z.enum(DIRECTIONS).optional(),
  before: instant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const screenBody = z.object({
  names: z.array(personName).min(1).max(20),
  dateOfBirth: z.string().trim().max(30).nullish(),
  nationalities: z.array(nationalityCode).max(5).optional(),
  document: z.object({ number: z.string().trim().min(1).max(40), issuingState: nationalityCode.nullish() }).nullish(),
  personId: z.uuid().nullish(),
});

export const onQuery = z.object({ on: isoDate.optional() });

export const alertQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  siteId: z.uuid().optional(),
  before: instant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const resolveBody = z.object({ outcome: z.enum(ALERT_OUTCOMES), reason: z.string().trim().min(5).max(1000) });
export const closeBody = z.object({ note: z.string().trim().min(5).max(2000) });

export const sourceBody = z.object({
  code: z.string().trim().toLowerCase().min(2).max(40).regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and dashes'),
  name: z.string().trim().min(2).max(200),
  kind: z.enum(SOURCE_KINDS),
  threshold: z.number().min(0.5).max(1).optional(),
});

export const sourcePatchBody = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  threshold: z.number().min(0.5).max(1).optional(),
  active: z.boolean().optional(),
});

export const importQuery = z.object({
  mode: z.enum(IMPORT_MODES).default('replace'),
  dryRun: z.stringbool().default(false),
  note: z.string().trim().max(500).optional(),
});

export const lostDocumentBody = z.object({
  number: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9 <-]+$/, 'Letters and digits only'),
  issuingState: nationalityCode,
  reason: z.enum(LOST_DOCUMENT_REASONS),
  reportedAt: isoDate.nullish(),
  source: z.string().trim().max(200).nullish(),
});

export const lostDocumentQuery = z.object({ number: z.string().trim().min(1).max(40), issuingState: nationalityCode });
export const lostImportQuery = z.object({ dryRun: z.stringbool().default(false) });
