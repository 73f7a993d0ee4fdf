/**
 * Reference lists the web app shares with the server (organisation and site types, permissions, scopes,
 * clearances). They are plain constant modules with no server dependencies, imported so the two never drift.
 */
export {
  ORGANISATION_TYPES,
  SITE_TYPES,
  type OrganisationType,
  type SiteType,
} from '../server/modules/admin/reference';
export {
  API_SCOPES,
  PERMISSIONS,
  SENSITIVITY_LABELS,
  type ApiScope,
  type Permission,
} from '../server/platform/access/permissions';

export { LEGAL_STATUSES, RELATIONS, SEXES, type LegalStatus, type Relation, type Sex } from '../server/modules/people/reference';

export const BCP_MODES = ['land', 'sea', 'air'] as const;
export type BcpMode = (typeof BCP_MODES)[number];
