/** Zod schemas of the documents API: one definition for validation, types and the OpenAPI page. */
import { z } from 'zod';
import { LEGAL_STATUSES } from '../people/reference';
import { REGISTER_STATUSES, REPLACE_REASONS } from './reference';

const isoDate = z.iso.date();
const reason = z.string().trim().min(3, 'Say why, in a few words').max(500);

export const feeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('paid'), receipt: z.string().trim().min(1, 'The receipt number').max(60) }),
  z.object({ status: z.literal('waived'), reason }),
  z.object({ status: z.literal('none') }),
]);

const typeFields = {
  nameEn: z.string().trim().min(3).max(120),
  nameRo: z.string().trim().min(3).max(120),
  mrzCode: z
    .string()
    .trim()
    .regex(/^[ACI][A-UW-Z]?$/, 'TD1 document code: A, C or I, optionally followed by a letter other than V'),
  numberPrefix: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Two capital letters'),
  validityMonths: z.number().int().min(1).max(120),
  renewable: z.boolean(),
  maxRenewals: z.number().int().min(0).max(50),
  renewalWindowDays: z.number().int().min(0).max(365),
  allowedStatuses: z.array(z.enum(LEGAL_STATUSES)).max(LEGAL_STATUSES.length),
  feeAmount: z.number().int().min(0).max(10_000_000),
  feeCurrency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. RON'),
  active: z.boolean(),
};

export const documentTypeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{2,16}$/, '2–16 capital letters, digits or hyphens'),
  ...typeFields,
});
export const documentTypeUpdateBody = z.object(typeFields);

export const officeSettingsBody = z.object({ blockSize: z.number().int().min(10).max(1_000_000), lowWater: z.number().int().min(0).max(1_000_000) });
export const drawBlockBody = z.object({ prefix: typeFields.numberPrefix });

export const applicationBody = z.object({
  personId: z.uuid(),
  type: documentTypeBody.shape.code,
  officeId: z.uuid(),
  fee: feeSchema,
  note: z.string().trim().max(1000).nullish(),
});
export const renewBody = z.object({ officeId: z.uuid(), fee: feeSchema });
export const replaceBody = z.object({ officeId: z.uuid(), reason: z.enum(REPLACE_REASONS), fee: feeSchema });
export const reasonBody = z.object({ reason });
export const handOverBody = z.object({
  receivedBy: z.string().trim().max(200).nullish(),
  note: z.string().trim().max(1000).nullish(),
  receiptImage: z
    .string()
    .max(720_000, 'The receipt image is larger than 512 kB')
    .nullish(),
});
export const reportLostBody = z.object({ kind: z.enum(['lost', 'stolen']), reportedOn: isoDate.nullish() });

export const registerQuery = z.object({
  office: z.uuid().optional(),
  type: z.string().trim().max(16).optional(),
  status: z.enum(REGISTER_STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,22}$/, 'Letters and digits of a document number')
    .optional(),
  personId: z.uuid().optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export const countsQuery = z.object({ from: isoDate, to: isoDate });
export const verifyBody = z.object({ payload: z.string().max(2000, 'Not one of our seals: too long') });
