/** Reference lists of border management. */

export const DIRECTIONS = ['entry', 'exit', 'transit'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DECISIONS = ['admitted', 'refused', 'referred'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Purposes of travel, as the desk records them. */
export const PURPOSES = ['tourism', 'business', 'family', 'work', 'study', 'medical', 'transit', 'official', 'asylum', 'return', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Grounds of refusal of entry: the letters of the standard refusal form (Schengen Borders Code,
 * Annex V Part B), so statistics compare with other states'.
 */
export const REFUSAL_REASONS = {
  A: 'no valid travel document',
  B: 'false, counterfeit or forged travel document',
  C: 'no valid visa or residence permit',
  D: 'false, counterfeit or forged visa or residence permit',
  E: 'no appropriate documentation justifying the purpose and conditions of stay',
  F: 'has already stayed 90 days during a 180-day period',
  G: 'does not have sufficient means of subsistence',
  H: 'an alert has been issued to refuse entry',
  I: 'considered a threat to public policy, internal security, public health or international relations',
  J: 'the person was not able to show that they have the means to return',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;
export const REFUSAL_REASON_CODES = Object.keys(REFUSAL_REASONS) as RefusalReason[];

export const VEHICLE_TYPES = ['car', 'bus', 'truck', 'van', 'motorcycle', 'train', 'boat', 'aircraft', 'other'] as const;
export const VEHICLE_ROLES = ['driver', 'passenger'] as const;
export type VehicleRole = (typeof VEHICLE_ROLES)[number];

export const SOURCE_KINDS = ['national', 'sanctions', 'imported'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const IMPORT_MODES = ['replace', 'append'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const LOST_DOCUMENT_REASONS = ['lost', 'stolen', 'revoked', 'invalidated'] as const;
export type LostDocumentReason = (typeof LOST_DOCUMENT_REASONS)[number];

/** What a listed person's entry asks the officer to do. */
export const WATCHLIST_ACTIONS = ['arrest', 'refuse-entry', 'notify', 'monitor'] as const;
export type WatchlistAction = (typeof WATCHLIST_ACTIONS)[number];

/** What a hit asks the officer to do: a watchlist entry's action, or for a listed document, seize it. */
export const HIT_ACTIONS = [...WATCHLIST_ACTIONS, 'seize-document'] as const;
export type HitAction = (typeof HIT_ACTIONS)[number];

export const ALERT_STATUSES = ['open', 'confirmed', 'false-positive', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const ALERT_OUTCOMES = ['confirmed', 'false-positive'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** The calendar the border counts days in, unless a BCP's details name another (`timeZone`). */
export const BORDER_TIME_ZONE = 'Europe/Bucharest';

/** Largest watchlist or lost-documents CSV accepted in one upload. */
export const LIST_UPLOAD_MAX_BYTES = 25 * 1024 * 1024;

/** The columns of a watchlist CSV, in order (see watchlist-csv.ts for what each holds). */
export const WATCHLIST_CSV_COLUMNS = ['external_ref', 'name', 'aliases', 'date_of_birth', 'nationalities', 'document_numbers', 'action', 'valid_from', 'valid_to', 'note'] as const;

/** The columns of a lost/stolen documents CSV, in order. */
export const LOST_DOCUMENTS_CSV_COLUMNS = ['number', 'issuing_state', 'reason', 'reported_at', 'source'] as const;
