/** Reference lists of the knowledge base. */

/** A version's life: written, reviewed, live, replaced by a newer one, or taken off. */
export const VERSION_STATUSES = ['draft', 'in-review', 'published', 'superseded', 'archived'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Where a search or a "helpful?" answer came from. */
export const CHANNELS = ['public', 'kiosk', 'agent'] as const;
export type Channel = (typeof CHANNELS)[number];

export const NOTICE_KINDS = ['opening-hours', 'services', 'house-rules', 'other'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_STATUSES = ['draft', 'published', 'archived'] as const;

export const CALL_OUTCOMES = ['resolved', 'escalated'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** The language shown when an article has no translation in the one asked for, unless the reader chooses another. */
export const DEFAULT_FALLBACK_LANGUAGE = 'en';
