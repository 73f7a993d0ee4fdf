/** Every transition of every case type, table-driven from the definitions: allowed for the right role, refused for the others, refused while requirements are missing. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { CASE_DEFINITIONS, stateOf, type TransitionDefinition } from './definitions';
import { insertCaseOrganisation } from './store';
import { caseInState, createPerson, PURPOSE, satisfyRequirements } from './test-fixtures';

interface Detail {
  state: string;
  closedAt: string | null;
  closureReason: string | null;
  tasks: { code: string | null; status: string }[];
  data: Record<string, unknown>;
}

describeOnEachEngine('case transitions', (database) => {
  let app: FastifyInstance;
  let agency: Tenant;
  let ngo: Tenant;
  let officer: Session;
  let reader: Session;
  let plainCaseworker: Session;
  let ngoOfficer: Session;
  let personId: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    agency = await createTenant(db, 'anti-trafficking-agency');
    ngo = await createTenant(db, 'ngo');
    officer = await signIn(
      app,
      await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }),
    );
    reader = await signIn(
      app,
      await agency.user([await createRole(db, ['cases.read', 'trafficking.cases'], false)], {
        clearances: ['trafficking'],
      }),
    );
    plainCaseworker = await signIn(app, await agency.user(['caseworker'], { clearances: ['trafficking'] }));
    ngoOfficer = await signIn(
      app,
      await ngo.user(['victim-assistance-caseworker'], { clearances: ['trafficking'] }),
    );
    personId = await createPerson(db);
  });
  afterAll(async () => {
    await app.close();
  });

  const transition = (session: Session, caseId: string, to: string, reason?: string) =>
    session.post(`/api/cases/${caseId}/transitions`, { to, ...(reason ? { reason } : {}) });
  const stateOfCase = async (caseId: string) =>
    (await officer.get(`/api/cases/${caseId}`, PURPOSE)).json<Detail>().state;

  async function prepared(type: keyof typeof CASE_DEFINITIONS, t: TransitionDefinition, satisfy = true) {
    const db = database().db;
    const caseId = await caseInState(db, {
      type,
      organisationId: agency.organisationId,
      state: t.from,
      personId,
    });
    await insertCaseOrganisation(db, caseId, ngo.organisationId);
    if (satisfy) {
      await satisfyRequirements(db, caseId, type, t.from, t.to);
    }
    return caseId;
  }

  const rows = Object.values(CASE_DEFINITIONS).flatMap((definition) =>
    definition.transitions.map((t) => ({
      type: definition.type,
      t,
      label: `${definition.type}: ${t.from} → ${t.to}`,
    })),
  );

  it.each(rows)('$label is made by a holder of its permission and refused to others', async ({ type, t }) => {
    const caseId = await prepared(type, t);
    const target = stateOf(CASE_DEFINITIONS[type], t.to);
    const reason = target.terminal ? 'Case concluded' : undefined;

    if (t.organisationTypes) {
      // Full access through involvement and the permission, but the wrong kind of organisation.
      const refused = await transition(ngoOfficer, caseId, t.to, reason);
      expect(refused.statusCode, refused.body).toBe(403);
    }
    if (t.permission === 'cases.write') {
      expect((await transition(reader, caseId, t.to, reason)).statusCode).toBe(403);
    } else {
      // Without trafficking.cases the case does not exist for the caller.
      expect((await transition(plainCaseworker, caseId, t.to, reason)).statusCode).toBe(404);
    }
    expect(await stateOfCase(caseId)).toBe(t.from);

    const allowed = await transition(officer, caseId, t.to, reason);
    expect(allowed.statusCode, allowed.body).toBe(200);
    const detail = allowed.json<Detail>();
    expect(detail.state).toBe(t.to);
    const expectedTasks = (target.tasks ?? []).map((task) => task.code);
    expect(detail.tasks.filter((task) => task.status === 'open').map((task) => task.code)).toEqual(
      expect.arrayContaining(expectedTasks),
    );
    if (target.terminal) {
      expect(detail.closedAt).not.toBeNull();
      expect(detail.closureReason).toBe('Case concluded');
      expect(detail.tasks.every((task) => task.status !== 'open')).toBe(true);
    }
    if (target.deadline) {
      expect(detail.data[target.deadline.name]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  const withRequirements = rows.filter(
    ({ type, t }) =>
      (stateOf(CASE_DEFINITIONS[type], t.to).requires ?? []).length + (t.requires ?? []).length > 0 ||
      stateOf(CASE_DEFINITIONS[type], t.to).terminal,
  );
  it.each(withRequirements)(
    '$label is refused while its requirements are missing, naming them',
    async ({ type, t }) => {
      const caseId = await prepared(type, t, false);
      const response = await transition(officer, caseId, t.to);
      expect(response.statusCode, response.body).toBe(422);
      const fields = response
        .json<{ error: { code: string; fields: { field: string }[] } }>()
        .error.fields.map((f) => f.field);
      const target = stateOf(CASE_DEFINITIONS[type], t.to);
      for (const requirement of [...(target.requires ?? []), ...(t.requires ?? [])]) {
        if ('field' in requirement) {
          expect(fields).toContain(`data.${requirement.field}`);
        }
        if ('fact' in requirement) {
          expect(fields).toContain('assessments');
        }
        if ('checklist' in requirement) {
          expect(fields.some((f) => f.startsWith('checklist.'))).toBe(true);
        }
      }
      if (target.terminal) {
        expect(fields).toContain('reason');
      }
      expect(await stateOfCase(caseId)).toBe(t.from);
    },
  );

  const undeclared = Object.values(CASE_DEFINITIONS).flatMap((definition) =>
    definition.states
      .filter((s) => !s.terminal)
      .flatMap((from) =>
        definition.states
          .filter(
            (to) =>
              to.code !== from.code &&
              !definition.transitions.some((t) => t.from === from.code && t.to === to.code),
          )
          .map((to) => ({ type: definition.type, from: from.code, to: to.code })),
      ),
  );
  it('refuses every transition the definitions do not declare', async () => {
    expect(undeclared.length).toBeGreaterThan(20);
    for (const { type, from, to } of undeclared) {
      const caseId = await caseInState(database().db, {
        type,
        organisationId: agency.organisationId,
        state: from,
        personId,
      });
      const response = await transition(officer, caseId, to, 'reason');
      expect(response.statusCode, `${type} ${from} → ${to}: ${response.body}`).toBe(422);
    }
  });

  it('refuses any change to a closed case', async () => {
    const caseId = await caseInState(database().db, {
      type: 'protection',
      organisationId: agency.organisationId,
      state: 'closed',
      personId,
    });
    await satisfyRequirements(database().db, caseId, 'protection', 'open', 'closed');
    const response = await transition(officer, caseId, 'open');
    expect(response.statusCode).toBe(422);
  });
});
