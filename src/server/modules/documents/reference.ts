/** Reference lists of the documents module. */

/** Stored statuses of a document, in lifecycle order. */
export const DOCUMENT_STATUSES = ['applied', 'approved', 'printed', 'handed-over', 'rejected', 'revoked', 'reported-lost', 'reported-stolen', 'superseded'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Statuses a register can filter on: the stored ones and the derived 'expired'. */
export const REGISTER_STATUSES = [...DOCUMENT_STATUSES, 'expired'] as const;
export type EffectiveStatus = (typeof REGISTER_STATUSES)[number];

/** A document in someone's hands or about to be (its expiry date can make it 'expired'). */
export const IN_USE_STATUSES: readonly DocumentStatus[] = ['approved', 'printed', 'handed-over'];

export const REPLACE_REASONS = ['lost', 'stolen', 'damaged'] as const;
export type ReplaceReason = (typeof REPLACE_REASONS)[number];

/** What a verification reports about a document's current standing. */
export const VERIFICATION_STATUSES = ['valid', 'revoked', 'expired', 'reported-lost', 'reported-stolen', 'superseded', 'not-issued', 'unknown'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const SIGNATURE_RESULTS = ['valid', 'invalid', 'unknown-key', 'revoked-key', 'malformed'] as const;
export type SignatureResult = (typeof SIGNATURE_RESULTS)[number];

/** The status a document has today: stored, or 'expired' for one in use past its expiry date. */
export function effectiveStatus(row: { status: string; expiresOn: string | null }, today: string): EffectiveStatus {
  const status = row.status as DocumentStatus;
  return IN_USE_STATUSES.includes(status) && row.expiresOn !== null && row.expiresOn < today ? 'expired' : status;
}

/** `date` plus `months` calendar months; a day the target month lacks becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** `date` minus `days` days. */
export function daysBefore(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}
