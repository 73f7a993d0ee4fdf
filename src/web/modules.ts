/** The modules of the navigation and of the home page, and who may open each. */
import type { Me } from './session';
import { can, canAdminister } from './session';

export const MODULE_KEYS = [
  'home',
  'people',
  'border',
  'reception',
  'cases',
  'interpreters',
  'documents',
  'knowledge',
  'training',
  'reports',
  'privacy',
  'admin',
  'audit',
] as const;
export type ModuleKey = (typeof MODULE_KEYS)[number];

export interface ModuleDefinition {
  key: ModuleKey;
  path: string;
  /** The caller needs at least one of these; empty means everyone signed in. */
  anyOf: readonly string[];
}

export const MODULES: readonly ModuleDefinition[] = [
  { key: 'home', path: '/', anyOf: [] },
  { key: 'people', path: '/people', anyOf: ['people.read'] },
  { key: 'border', path: '/border', anyOf: ['border.crossings.read', 'border.crossings.record'] },
  { key: 'reception', path: '/reception', anyOf: ['reception.read'] },
  // First-line professionals who only signal trafficking indicators (cases.signal) open it too.
  { key: 'cases', path: '/cases', anyOf: ['cases.read', 'cases.signal'] },
  { key: 'interpreters', path: '/interpreters', anyOf: ['interpreters.book', 'interpreters.manage'] },
  { key: 'documents', path: '/documents', anyOf: ['documents.read'] },
  // Centre staff write their kiosk's notices here too.
  {
    key: 'knowledge',
    path: '/knowledge',
    anyOf: ['knowledge.edit', 'knowledge.publish', 'calls.log', 'reception.manage'],
  },
  // Everyone signed in follows e-learning ("My learning"); the coordinators' tabs ask for training.manage.
  { key: 'training', path: '/training', anyOf: [] },
  { key: 'reports', path: '/reports', anyOf: ['reports.read'] },
  // Retention rules and purges; subject-access exports are made from the person's page.
  { key: 'privacy', path: '/privacy', anyOf: ['privacy.retention.manage', 'privacy.subject-access'] },
  { key: 'admin', path: '/admin', anyOf: [] },
  { key: 'audit', path: '/audit', anyOf: ['audit.read'] },
];

/**
 * Modules not built yet: each gets a landing page (routes/modules/ModuleLandingPage) so that navigation
 * already works. Every module is built now; the list stays for the next one.
 */
export const PLANNED_MODULES: readonly ModuleKey[] = [];
export type PlannedModuleKey = ModuleKey;

/** True when the caller may open the module. */
export function mayOpen(me: Me | null | undefined, module: ModuleDefinition): boolean {
  return module.key === 'admin' ? canAdminister(me) : can(me, module.anyOf);
}

/** The modules the caller may open, in navigation order. */
export function modulesFor(me: Me | null | undefined): ModuleDefinition[] {
  return MODULES.filter((m) => mayOpen(me, m));
}

/** The definition of one module. */
export function moduleByKey(key: ModuleKey): ModuleDefinition {
  return MODULES.find((m) => m.key === key)!;
}
