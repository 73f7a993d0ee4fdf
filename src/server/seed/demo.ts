/** Demo data: a small country's agencies, sites, one user per role and the border's lists, so that every screen has something to show. */
import { sql } from 'drizzle-orm';
import { BUILTIN_ROLES } from '../platform/access/builtin-roles';
import { recordAudit } from '../platform/audit/audit';
import { hashPassword } from '../platform/auth/passwords';
import { organisations, roles, sites, userRoles, users, userSites } from '../platform/auth/tables';
import { systemContext } from '../platform/context';
import type { Db, Executor } from '../platform/db/client';
import type { OrganisationType, SiteType } from '../modules/admin/reference';
import { seedDemoBorder } from './demo-border';
import { seedDemoDocuments } from './demo-documents';
import { seedDemoKnowledge } from './demo-knowledge';
import { seedDemoTraining } from './demo-training';
import { seedDemoReception } from './demo-reception';
import { seedDemoAsylum } from './demo-asylum';
import { seedDemoCases } from './demo-cases';
import { seedDemoInterpreters } from './demo-interpreters';
import { seedDemoPartnerApi } from './demo-partner-api';
import { seedDemoActivity } from './demo-activity';

export const DEMO_PASSWORD = 'Crossroads-demo-2026';

interface DemoOrganisation {
  code: string;
  name: string;
  type: OrganisationType;
}
interface DemoSite {
  code: string;
  name: string;
  type: SiteType;
  organisation: string;
  details?: Record<string, unknown>;
}
export interface DemoUser {
  username: string;
  displayName: string;
  role: string;
  organisation: string;
  sites?: string[];
  clearances?: string[];
}

const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { code: 'igi', name: 'General Inspectorate for Immigration', type: 'immigration-service' },
  { code: 'border-police', name: 'Border Police', type: 'border-police' },
  { code: 'police', name: 'National Police', type: 'police' },
  { code: 'anitp', name: 'National Agency against Trafficking in Persons', type: 'anti-trafficking-agency' },
  { code: 'emergency', name: 'Inspectorate for Emergency Situations', type: 'emergency-services' },
  { code: 'refugee-council', name: 'National Council for Refugees', type: 'ngo' },
  { code: 'iom', name: 'International Organization for Migration', type: 'international-organisation' },
  { code: 'unhcr', name: 'UNHCR', type: 'international-organisation' },
  { code: 'ministry-health', name: 'Ministry of Health', type: 'other-ministry' },
];

const DEMO_SITES: DemoSite[] = [
  { code: 'bcp-nadlac', name: 'Nădlac II road crossing', type: 'bcp', organisation: 'border-police', details: { mode: 'land', lanes: ['A1', 'A2', 'T1', 'T2'], hours: '24h' } },
  { code: 'bcp-giurgiu', name: 'Giurgiu bridge crossing', type: 'bcp', organisation: 'border-police', details: { mode: 'land', lanes: ['1', '2', '3'], hours: '24h' } },
  { code: 'bcp-otopeni', name: 'Henri Coandă airport', type: 'bcp', organisation: 'border-police', details: { mode: 'air', lanes: ['E1', 'E2', 'E3', 'X1', 'X2'], hours: '24h' } },
  { code: 'rc-timisoara', name: 'Timișoara regional reception centre', type: 'reception-centre', organisation: 'igi', details: { capacity: 250 } },
  { code: 'rc-galati', name: 'Galați regional reception centre', type: 'reception-centre', organisation: 'igi', details: { capacity: 300 } },
  { code: 'cc-radauti', name: 'Rădăuți integrated contingency centre', type: 'contingency-centre', organisation: 'igi', details: { capacity: 1000 } },
  { code: 'io-bucuresti', name: 'Bucharest issuing office', type: 'issuing-office', organisation: 'igi' },
  { code: 'io-cluj', name: 'Cluj-Napoca issuing office', type: 'issuing-office', organisation: 'igi' },
  { code: 'call-centre', name: 'National call centre for migrants', type: 'call-centre', organisation: 'igi' },
  { code: 'training-centre', name: 'Border Police training centre', type: 'training-centre', organisation: 'border-police' },
  { code: 'hq', name: 'Headquarters', type: 'office', organisation: 'igi' },
];

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: 'Ana Administrator', role: 'administrator', organisation: 'igi', sites: ['hq'], clearances: ['trafficking', 'minor', 'health'] },
  { username: 'orgadmin', displayName: 'Oana Org-Admin', role: 'organisation-administrator', organisation: 'refugee-council' },
  { username: 'border.officer', displayName: 'Bogdan Border-Officer', role: 'border-officer', organisation: 'border-police', sites: ['bcp-nadlac'] },
  { username: 'border.supervisor', displayName: 'Sorina Supervisor', role: 'border-supervisor', organisation: 'border-police', sites: ['bcp-nadlac', 'bcp-giurgiu', 'bcp-otopeni'] },
  { username: 'clerk', displayName: 'Cristian Clerk', role: 'registration-clerk', organisation: 'igi', sites: ['rc-timisoara', 'cc-radauti'], clearances: ['minor'] },
  { username: 'caseworker', displayName: 'Carmen Caseworker', role: 'caseworker', organisation: 'refugee-council', clearances: ['minor', 'health'] },
  { username: 'trafficking.officer', displayName: 'Tudor Trafficking-Officer', role: 'anti-trafficking-officer', organisation: 'anitp', clearances: ['trafficking', 'minor', 'health'] },
  { username: 'document.officer', displayName: 'Diana Document-Officer', role: 'document-officer', organisation: 'igi', sites: ['io-bucuresti'] },
  { username: 'document.approver', displayName: 'Dan Document-Approver', role: 'document-officer', organisation: 'igi', sites: ['io-bucuresti', 'io-cluj'] },
  { username: 'agent', displayName: 'Andrei Call-Agent', role: 'call-centre-agent', organisation: 'igi', sites: ['call-centre'] },
  { username: 'editor', displayName: 'Elena Editor', role: 'knowledge-editor', organisation: 'igi', sites: ['call-centre'] },
  { username: 'trainer', displayName: 'Teodora Trainer', role: 'training-coordinator', organisation: 'border-police', sites: ['training-centre'] },
  { username: 'partner', displayName: 'Paul Partner-Reader', role: 'partner-reader', organisation: 'ministry-health' },
  { username: 'analyst', displayName: 'Alina Analyst', role: 'analyst', organisation: 'igi' },
  { username: 'asylum.officer', displayName: 'Silvia Asylum-Officer', role: 'asylum-officer', organisation: 'igi', sites: ['rc-timisoara', 'rc-galati'], clearances: ['minor', 'health', 'trafficking'] },
  { username: 'police.officer', displayName: 'Petru Police-Officer', role: 'border-officer', organisation: 'border-police', sites: ['bcp-otopeni'] },
  { username: 'ngo.caseworker', displayName: 'Nadia NGO-Caseworker', role: 'victim-assistance-caseworker', organisation: 'refugee-council', clearances: ['trafficking', 'minor', 'health'] },
  { username: 'interpreters', displayName: 'Irina Interpreter-Coordinator', role: 'interpreter-coordinator', organisation: 'igi', sites: ['hq'] },
  { username: 'dpo', displayName: 'Dora Data-Protection', role: 'data-protection-officer', organisation: 'igi', sites: ['hq'], clearances: ['trafficking', 'minor', 'health'] },
];

/**
 * Creates the built-in roles that do not exist yet (run on every start). Existing roles are left as the
 * administrators made them; a release that gives a built-in role a new permission does so in a migration.
 */
export async function ensureBuiltinRoles(db: Executor): Promise<void> {
  for (const role of BUILTIN_ROLES) {
    await db
      .insert(roles)
      .values({ ...role, builtin: true })
      .onConflictDoNothing({ target: roles.code });
  }
}

/** True when the database holds no organisation yet (a first start). */
export async function isEmpty(db: Executor): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(organisations);
  return (row?.count ?? 0) === 0;
}

/** Loads the demo country; does nothing when organisations already exist. Returns whether it seeded. */
export async function seedDemoData(db: Db): Promise<boolean> {
  await ensureBuiltinRoles(db);
  if (!(await isEmpty(db))) {
    return false;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ctx = systemContext(db, 'seed');
  let first = true;
  await db.transaction(async (tx) => {
    // Several processes started at once on an empty database: one seeds, the others wait and find it done.
    await tx.execute(sql`select pg_advisory_xact_lock(70112027)`);
    if (!(await isEmpty(tx))) {
      first = false;
      return;
    }
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const [row] = await tx.insert(organisations).values(org).returning({ id: organisations.id });
      orgIds.set(org.code, row!.id);
    }
    const siteIds = new Map<string, string>();
    for (const site of DEMO_SITES) {
      const [row] = await tx
        .insert(sites)
        .values({ code: site.code, name: site.name, type: site.type, organisationId: orgIds.get(site.organisation)!, details: site.details ?? {} })
        .returning({ id: sites.id });
      siteIds.set(site.code, row!.id);
    }
    const roleRows = await tx.select({ id: roles.id, code: roles.code }).from(roles);
    for (const user of DEMO_USERS) {
      const [row] = await tx
        .insert(users)
        .values({
          username: user.username,
          displayName: user.displayName,
          organisationId: orgIds.get(user.organisation)!,
          passwordHash,
          clearances: user.clearances ?? [],
        })
        .returning({ id: users.id });
      const roleId = roleRows.find((r) => r.code === user.role)!.id;
      await tx.insert(userRoles).values({ userId: row!.id, roleId });
      for (const site of user.sites ?? []) {
        await tx.insert(userSites).values({ userId: row!.id, siteId: siteIds.get(site)! });
      }
    }
    await recordAudit(tx, ctx, { action: 'system.seed-demo', detail: { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length } });
  });
  if (!first) {
    return false;
  }
  await seedDemoBorder(ctx);
  await seedDemoDocuments(ctx);
  await seedDemoKnowledge(ctx);
  await seedDemoTraining(ctx);
  await seedDemoReception(ctx);
  await seedDemoAsylum(ctx);
  await seedDemoInterpreters(ctx);
  await seedDemoCases(ctx);
  await seedDemoPartnerApi(ctx);
  // Last: the recent history works on the people, sites, lists, types and courses loaded above.
  await seedDemoActivity(ctx);
  return true;
}
