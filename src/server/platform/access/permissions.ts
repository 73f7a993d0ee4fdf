/** Every permission a role can grant. A route names the one it needs; the access hook checks it. */
export const PERMISSIONS = [
  'admin.organisations.manage',
  'admin.sites.manage',
  'admin.users.manage',
  'admin.roles.manage',
  'admin.apikeys.manage',
  'audit.read',
  'people.read',
  'people.write',
  'people.merge',
  'border.crossings.record',
  'border.crossings.read',
  'border.alerts.resolve',
  'border.alerts.supervise',
  'border.watchlists.manage',
  'reception.read',
  'reception.manage',
  'asylum.decide',
  'influx.preregister',
  'influx.activate',
  'cases.read',
  'cases.write',
  'trafficking.cases',
  'cases.signal',
  'interpreters.manage',
  'interpreters.book',
  'documents.read',
  'documents.issue',
  'documents.approve',
  'documents.configure',
  'knowledge.edit',
  'knowledge.publish',
  'calls.log',
  'training.manage',
  'reports.read',
  'reports.export',
  'privacy.retention.manage',
  'privacy.subject-access',
  'sync.monitor',
  'sync.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Sensitivity labels on records; a user must hold every label of a record to see it. */
export const SENSITIVITY_LABELS = ['trafficking', 'minor', 'health'] as const;
export type SensitivityLabel = (typeof SENSITIVITY_LABELS)[number];

/** Scopes an API key of a partner system can hold. */
export const API_SCOPES = [
  'people:lookup-by-document',
  'border:crossings:read',
  'documents:verify',
  'directory:read',
  'border:screen',
  'sync:site',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** True when `value` names a known permission. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
