/** Zod schemas of the interpreter pool API. */
import { z } from 'zod';
import { isLanguageCode } from '../../../common/languages/iso639-3';

export const MODALITIES = ['in-person', 'phone', 'video'] as const;
export type Modality = (typeof MODALITIES)[number];
export const PURPOSE_KINDS = ['asylum-interview', 'case-meeting', 'other'] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** An ISO 639-3 code of a living language, checked against the code table. */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, 'Use a three-letter ISO 639-3 code such as prs, pus, tir')
  .refine(isLanguageCode, 'Not a living language in ISO 639-3 (e.g. prs Dari, pus Pashto, tir Tigrinya, kmr Northern Kurdish)');

const timeZone = z
  .string()
  .trim()
  .max(60)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'An IANA time zone such as Europe/Bucharest');
const instant = z.iso.datetime({ offset: true });
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'A time as HH:MM');

export const interpreterBody = z.object({
  name: z.string().trim().min(2).max(200),
  languages: z.array(languageCode).min(1, 'Give at least one language').max(30),
  organisation: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(50).nullish(),
  email: z.email().max(200).nullish(),
  modalities: z.array(z.enum(MODALITIES)).min(1, 'Give at least one way of working').max(3),
  timeZone: timeZone.default('Europe/Bucharest'),
  active: z.boolean().default(true),
});
export type InterpreterInput = z.infer<typeof interpreterBody>;

export const availabilityBody = z.object({
  weekly: z.array(z.object({ weekday: z.number().int().min(1).max(7), start: wallTime, end: wallTime })).max(50).default([]),
  dated: z.array(z.object({ startsAt: instant, endsAt: instant })).max(200).default([]),
  unavailable: z.array(z.object({ startsAt: instant, endsAt: instant, note: z.string().trim().max(200).default('') })).max(200).default([]),
});
export type AvailabilityInput = z.infer<typeof availabilityBody>;

export const listQuery = z.object({
  language: languageCode.optional(),
  q: z.string().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const availableQuery = z.object({
  language: languageCode,
  startsAt: instant,
  endsAt: instant,
  modality: z.enum(MODALITIES).optional(),
});

export const languagesQuery = z.object({
  q: z.string().trim().max(60).optional(),
  codes: z.string().trim().max(400).optional(),
});

export const bookingBody = z.object({
  interpreterId: z.uuid(),
  startsAt: instant,
  endsAt: instant,
  language: languageCode,
  modality: z.enum(MODALITIES),
  purpose: z.object({
    kind: z.enum(PURPOSE_KINDS),
    /** The id of the application, case or meeting in the module that books. */
    reference: z.string().trim().max(100).default(''),
    label: z.string().trim().max(120).default(''),
  }),
  place: z.string().trim().max(200).default(''),
  /** Book even though the period is outside the interpreter's declared availability. */
  confirmOutsideAvailability: z.boolean().default(false),
});
export type BookingInput = z.input<typeof bookingBody>;

export const bookingsQuery = z.object({
  from: instant.optional(),
  to: instant.optional(),
  interpreterId: z.uuid().optional(),
  purposeKind: z.enum(PURPOSE_KINDS).optional(),
  purposeRef: z.string().trim().max(100).optional(),
  includeCancelled: z.enum(['true', 'false']).optional(),
});

export const cancelBody = z.object({ reason: z.string().trim().min(3, 'Say why the booking is cancelled').max(500) });
