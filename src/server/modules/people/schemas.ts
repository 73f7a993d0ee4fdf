/** Zod schemas of the people API: one definition for validation, types and the OpenAPI page. */
import { z } from 'zod';
import { SENSITIVITY_LABELS } from '../../platform/access/permissions';
import { DOCUMENT_KINDS, LEGAL_STATUSES, RELATIONS, SEXES } from './reference';

/** ICAO 9303 nationality codes: three letters (incl. XXA, XXB, XXC, XXX) or Germany's D<<. */
export const nationalityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{3}|D<<|D)$/, 'Use a three-letter ICAO code such as SYR, AFG, XXA');
/** ISO 639-3 language code. */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, 'Use a three-letter ISO 639-3 code such as prs, pus, tir');
const isoDate = z.iso.date();
const nameText = z.string().trim().max(200);

export const otherNameSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['alias', 'previous', 'maiden', 'spelling']),
  script: z.string().max(20).optional(),
});

/** A person's fields as sent; no defaults, so that a change (PATCH) touches only what it names. */
const personFields = z.object({
  givenNames: nameText,
  surname: nameText,
  originalName: nameText.nullish(),
  originalScript: z.string().max(20).nullish(),
  otherNames: z.array(otherNameSchema).max(30).optional(),
  sex: z.enum(SEXES),
  dateOfBirth: z.string().trim().max(30).nullish(),
  dateOfBirthEstimated: z.boolean().optional(),
  placeOfBirth: z.string().trim().max(200).nullish(),
  nationalities: z.array(nationalityCode).max(5).optional(),
  languages: z.array(languageCode).max(10).optional(),
  contacts: z.array(z.object({ kind: z.enum(['phone', 'email', 'other']), value: z.string().trim().min(1).max(200) })).max(10).optional(),
  addresses: z
    .array(
      z.object({
        kind: z.enum(['residence', 'postal', 'centre', 'abroad']),
        line: z.string().trim().min(1).max(300),
        city: z.string().max(100).optional(),
        country: z.string().max(3).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
      }),
    )
    .max(10)
    .optional(),
  legalStatus: z.enum(LEGAL_STATUSES).nullish(),
  sensitivity: z.array(z.enum(SENSITIVITY_LABELS)).optional(),
});

/** A new person: absent names are empty, an absent sex is unknown. */
export const personBody = personFields.extend({
  givenNames: nameText.default(''),
  surname: nameText.default(''),
  sex: z.enum(SEXES).default('U'),
});

/** A change to a person: only the fields sent, with the version the caller read. */
export const personPatchBody = personFields.partial().extend({ version: z.number().int().positive() });

export const registerBody = personBody.extend({
  candidatesShown: z.number().int().min(0).default(0),
  confirmedNew: z.boolean().default(true),
});

export const documentBody = z.object({
  kind: z.enum(DOCUMENT_KINDS).default('passport'),
  number: z.string().trim().max(30).default(''),
  issuingState: z.string().trim().max(3).default(''),
  surname: nameText.nullish(),
  givenNames: nameText.nullish(),
  nationality: z.string().trim().max(3).nullish(),
  dateOfBirth: z.string().max(10).nullish(),
  sex: z.string().max(1).nullish(),
  issueDate: isoDate.nullish(),
  expiryDate: isoDate.nullish(),
  mrz: z.string().max(200).nullish(),
});

export const legalStatusBody = z.object({
  status: z.enum(LEGAL_STATUSES),
  validFrom: isoDate,
  validTo: isoDate.nullish(),
  note: z.string().max(1000).nullish(),
});

export const familyBody = z.object({ relatedPersonId: z.uuid(), relation: z.enum(RELATIONS) });

export const searchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  dateOfBirth: z.string().trim().max(30).optional(),
  nationality: nationalityCode.optional(),
  document: z.string().trim().max(30).optional(),
  registrationNumber: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
