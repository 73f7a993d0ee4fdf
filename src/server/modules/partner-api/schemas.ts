/**
 * The partner API's requests and responses, with the examples the OpenAPI page shows. The response schemas
 * are also the list of what leaves the system: a field not named here is never sent to a partner.
 */
import { z } from 'zod';
import { DIRECTIONS } from '../border/reference';
import { nationalityCode } from '../people/schemas';
import { SIGNATURE_RESULTS, VERIFICATION_STATUSES } from '../documents/reference';

const EXAMPLE_PERSON_ID = '5f0c7a52-3d1e-4a8b-9c61-2f4e8d7b1a90';
const EXAMPLE_CROSSING_ID = '9b2d4e61-7c3a-4f5e-8a1b-6d0c2e9f7a34';

const instant = z.iso.datetime({ offset: true });
const isoDay = z.iso.date();

export const documentLookupQuery = z
  .object({
    number: z.string().trim().min(1).max(40).meta({ description: 'The document number as printed (spaces ignored, any case)', example: 'P4471923' }),
    issuingState: nationalityCode.meta({ description: 'ICAO code of the state that issued the document', example: 'AFG' }),
  })
  .meta({ examples: [{ number: 'P4471923', issuingState: 'AFG' }] });

const partnerPerson = z.object({
  id: z.uuid().meta({ description: 'The registry’s id of the person (for /api/partner/people/{id}/crossings)' }),
  registrationNumber: z.string(),
  surname: z.string(),
  givenNames: z.string(),
  originalName: z.string().nullable().meta({ description: 'The name in the person’s own script, if not Latin' }),
  sex: z.string().meta({ description: 'M, F, X or U (unknown)' }),
  dateOfBirth: z.string().nullable().meta({ description: 'As known: YYYY, YYYY-MM or YYYY-MM-DD' }),
  dateOfBirthEstimated: z.boolean(),
  nationalities: z.array(z.string()),
  legalStatus: z.string().nullable().meta({ description: 'Current legal status in the country (asylum-seeker, beneficiary-of-protection, ...)' }),
  legalStatusSince: isoDay.nullable(),
  document: z.object({
    kind: z.string(),
    number: z.string(),
    issuingState: z.string(),
    expiryDate: isoDay.nullable(),
    expired: z.boolean(),
  }),
});

export const documentLookupResponse = z
  .object({ matches: z.array(partnerPerson).meta({ description: 'Normally one person; several when the registry still holds duplicates; none when unknown' }) })
  .meta({
    examples: [
      {
        matches: [
          {
            id: EXAMPLE_PERSON_ID,
            registrationNumber: 'P-2026-000042',
            surname: 'HAIDARI',
            givenNames: 'YUSUF',
            originalName: 'یوسف حیدری',
            sex: 'M',
            dateOfBirth: '1994-07-02',
            dateOfBirthEstimated: false,
            nationalities: ['AFG'],
            legalStatus: 'asylum-seeker',
            legalStatusSince: '2026-01-14',
            document: { kind: 'passport', number: 'P4471923', issuingState: 'AFG', expiryDate: '2029-05-31', expired: false },
          },
        ],
      },
    ],
  });

const partnerCrossing = z.object({
  id: z.uuid(),
  at: z.string().meta({ description: 'When the decision was taken (ISO 8601, UTC)' }),
  direction: z.string(),
  bcp: z.object({ code: z.string(), name: z.string() }).nullable(),
  lane: z.string().nullable(),
  person: z.object({ id: z.uuid(), registrationNumber: z.string().nullable() }),
  document: z.object({ kind: z.string().nullable(), number: z.string().nullable(), issuingState: z.string().nullable() }),
  nationality: z.string().nullable(),
  purpose: z.string().nullable(),
  decision: z.string().meta({ description: 'admitted, refused or referred (to second line)' }),
  refusalReason: z.string().nullable().meta({ description: 'Annex V ground (A–J) when refused' }),
  vehicleRole: z.string().nullable(),
});

const exampleCrossing = {
  id: EXAMPLE_CROSSING_ID,
  at: '2026-03-02T09:41:17.000Z',
  direction: 'entry',
  bcp: { code: 'bcp-nadlac', name: 'Nădlac II road crossing' },
  lane: 'A1',
  person: { id: EXAMPLE_PERSON_ID, registrationNumber: 'P-2026-000042' },
  document: { kind: 'passport', number: 'P4471923', issuingState: 'AFG' },
  nationality: 'AFG',
  purpose: 'asylum',
  decision: 'referred',
  refusalReason: null,
  vehicleRole: null,
};

export const crossingsQuery = z
  .object({
    from: instant.optional().meta({ description: 'Crossings at or after this instant', example: '2026-03-01T00:00:00Z' }),
    to: instant.optional().meta({ description: 'Crossings before this instant', example: '2026-03-08T00:00:00Z' }),
    bcp: z.string().trim().max(40).optional().meta({ description: 'Code of one of your organisation’s BCPs', example: 'bcp-nadlac' }),
    direction: z.enum(DIRECTIONS).optional(),
    before: instant.optional().meta({ description: 'Next page: the previous answer’s nextBefore' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .meta({ examples: [{ from: '2026-03-01T00:00:00Z', to: '2026-03-08T00:00:00Z', bcp: 'bcp-nadlac', limit: 50 }] });

export const crossingsResponse = z
  .object({ items: z.array(partnerCrossing), nextBefore: z.string().nullable() })
  .meta({ examples: [{ items: [exampleCrossing], nextBefore: null }] });

export const personIdParams = z.object({ id: z.uuid().meta({ description: 'The person’s id from a document lookup', example: EXAMPLE_PERSON_ID }) });

export const travelHistoryResponse = z
  .object({ person: z.object({ id: z.uuid(), registrationNumber: z.string() }), crossings: z.array(partnerCrossing) })
  .meta({ examples: [{ person: { id: EXAMPLE_PERSON_ID, registrationNumber: 'P-2026-000042' }, crossings: [exampleCrossing] }] });

export const verifyRequest = z
  .union([
    z.object({ payload: z.string().min(1).max(2000).meta({ description: 'The text of the card’s QR seal, as scanned' }) }),
    z.object({ documentNumber: z.string().trim().min(1).max(40).meta({ description: 'A temporary document’s number, as printed' }) }),
  ])
  .meta({
    examples: [
      { documentNumber: 'RO0001234' },
      { payload: 'CRS1|k2026a|ROU|TID-AS|RO0001234|HAIDARI|YUSUF|19940702|M|AFG|20260114|20261231|<86 characters of base64url signature>' },
    ],
  });

const sealData = z.object({
  keyId: z.string(),
  issuingState: z.string(),
  documentType: z.string(),
  documentNumber: z.string(),
  surname: z.string(),
  givenNames: z.string(),
  dateOfBirth: z.string(),
  sex: z.string(),
  nationality: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
});

export const verifyResponse = z
  .union([
    z.object({
      method: z.literal('seal'),
      signature: z.enum(SIGNATURE_RESULTS),
      status: z.enum(VERIFICATION_STATUSES).nullable(),
      data: sealData.nullable().meta({ description: 'What the seal says (the same as printed on the card)' }),
      message: z.string(),
    }),
    z.object({
      method: z.literal('number'),
      documentNumber: z.string(),
      status: z.enum(VERIFICATION_STATUSES),
      documentType: z.string().nullable(),
      expiresOn: z.string().nullable(),
      message: z.string(),
    }),
  ])
  .meta({
    examples: [
      { method: 'number', documentNumber: 'RO0001234', status: 'valid', documentType: 'TID-AS', expiresOn: '2026-12-31', message: 'Valid: the document is in its holder’s hands and has not expired' },
    ],
  });
