/** The roles every installation starts with; administrators can add their own. */
import type { Permission } from './permissions';
import { PERMISSIONS } from './permissions';

export interface RoleDefinition {
  code: string;
  name: string;
  permissions: Permission[];
  national: boolean;
  requireTotp: boolean;
}

export const BUILTIN_ROLES: RoleDefinition[] = [
  { code: 'administrator', name: 'Administrator', permissions: [...PERMISSIONS], national: true, requireTotp: false },
  {
    code: 'organisation-administrator',
    name: 'Organisation administrator',
    permissions: ['admin.users.manage', 'admin.sites.manage', 'admin.apikeys.manage', 'audit.read'],
    national: false,
    requireTotp: false,
  },
  {
    code: 'border-officer',
    name: 'Border officer',
    permissions: ['people.read', 'people.write', 'border.crossings.record', 'border.crossings.read', 'border.alerts.resolve', 'cases.signal'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'border-supervisor',
    name: 'Border supervisor',
    permissions: [
      'people.read',
      'people.write',
      'border.crossings.record',
      'border.crossings.read',
      'border.alerts.resolve',
      'border.alerts.supervise',
      'border.watchlists.manage',
      'reports.read',
      'cases.signal',
      'sync.monitor',
      'sync.manage',
    ],
    national: true,
    requireTotp: false,
  },
  {
    code: 'registration-clerk',
    name: 'Registration clerk',
    permissions: ['people.read', 'people.write', 'reception.read', 'reception.manage', 'influx.preregister', 'interpreters.book'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'asylum-officer',
    name: 'Asylum officer (determining authority)',
    permissions: ['people.read', 'people.write', 'reception.read', 'reception.manage', 'asylum.decide'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'caseworker',
    name: 'Caseworker',
    permissions: ['people.read', 'cases.read', 'cases.write', 'reception.read', 'interpreters.book', 'cases.signal'],
    national: false,
    requireTotp: false,
  },
  {
    code: 'anti-trafficking-officer',
    name: 'Anti-trafficking officer',
    permissions: ['people.read', 'people.write', 'cases.read', 'cases.write', 'trafficking.cases', 'interpreters.book', 'cases.signal'],
    national: false,
    requireTotp: false,
  },
  {
    code: 'victim-assistance-caseworker',
    name: 'Victim-assistance caseworker (assistance provider)',
    permissions: ['people.read', 'cases.read', 'cases.write', 'trafficking.cases'],
    national: false,
    requireTotp: false,
  },
  {
    code: 'document-officer',
    name: 'Document officer',
    permissions: ['people.read', 'documents.read', 'documents.issue', 'documents.approve'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'call-centre-agent',
    name: 'Call-centre agent',
    permissions: ['calls.log', 'knowledge.edit'],
    national: false,
    requireTotp: false,
  },
  {
    code: 'knowledge-editor',
    name: 'Knowledge-base editor',
    permissions: ['knowledge.edit', 'knowledge.publish', 'calls.log'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'training-coordinator',
    name: 'Training coordinator',
    permissions: ['training.manage', 'reports.read'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'interpreter-coordinator',
    name: 'Interpreter coordinator',
    permissions: ['interpreters.manage', 'interpreters.book'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'partner-reader',
    name: 'Partner-agency reader',
    permissions: ['people.read', 'documents.read'],
    national: false,
    requireTotp: false,
  },
  {
    // Retention rules and subject-access exports; reads the registry and the audit trail to answer requests.
    code: 'data-protection-officer',
    name: 'Data-protection officer',
    permissions: ['people.read', 'audit.read', 'privacy.retention.manage', 'privacy.subject-access'],
    national: true,
    requireTotp: false,
  },
  {
    code: 'analyst',
    name: 'Analyst',
    permissions: ['reports.read', 'reports.export'],
    national: true,
    requireTotp: false,
  },
];
