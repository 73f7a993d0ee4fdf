/** Reference lists of the admin module: organisation and site types. */
export const ORGANISATION_TYPES = [
  'immigration-service',
  'border-police',
  'police',
  'anti-trafficking-agency',
  'emergency-services',
  'ngo',
  'international-organisation',
  'other-ministry',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const SITE_TYPES = [
  'bcp',
  'reception-centre',
  'contingency-centre',
  'issuing-office',
  'call-centre',
  'training-centre',
  'office',
] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export const UI_LANGUAGES = ['ro', 'en', 'ar'] as const;
