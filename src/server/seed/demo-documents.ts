/**
 * Documents demo data: the three document types the immigration service issues on ID-1 cards, created
 * through the module's own service (so they are validated and audited as an administrator's would be).
 */
import type { Ctx } from '../platform/context';
import { createDocumentType, type DocumentTypeInput } from '../modules/documents/document-types';

/** The types a fresh installation starts with; administrators change them under Documents → Types. */
export const DEMO_DOCUMENT_TYPES: DocumentTypeInput[] = [
  {
    code: 'TID-AS',
    nameEn: 'Temporary identity document for asylum seekers',
    nameRo: 'Document temporar de identitate pentru solicitanții de azil',
    mrzCode: 'IA',
    numberPrefix: 'TA',
    validityMonths: 6,
    renewable: true,
    maxRenewals: 10,
    renewalWindowDays: 30,
    allowedStatuses: ['asylum-seeker'],
    feeAmount: 0,
    feeCurrency: 'RON',
    active: true,
  },
  {
    code: 'TOL',
    nameEn: 'Tolerance document',
    nameRo: 'Document de toleranță',
    mrzCode: 'IT',
    numberPrefix: 'TT',
    validityMonths: 6,
    renewable: true,
    maxRenewals: 4,
    renewalWindowDays: 30,
    allowedStatuses: ['tolerated'],
    feeAmount: 0,
    feeCurrency: 'RON',
    active: true,
  },
  {
    code: 'RP-BP',
    nameEn: 'Residence permit for beneficiaries of international protection',
    nameRo: 'Permis de ședere pentru beneficiarii de protecție internațională',
    mrzCode: 'IR',
    numberPrefix: 'RP',
    validityMonths: 36,
    renewable: true,
    maxRenewals: 20,
    renewalWindowDays: 60,
    allowedStatuses: ['refugee', 'subsidiary-protection'],
    feeAmount: 2500,
    feeCurrency: 'RON',
    active: true,
  },
];

/** Creates the demo document types. */
export async function seedDemoDocuments(ctx: Ctx): Promise<void> {
  for (const type of DEMO_DOCUMENT_TYPES) {
    await createDocumentType(ctx, type);
  }
}
