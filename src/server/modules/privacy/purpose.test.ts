/**
 * Purposes: opening a trafficking case or a minor's file needs one (428 `purpose_required`, only once the
 * record is found visible), the read's audit entry keeps it, and the header carries any script.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purposeFromHeader, requirePurpose } from '../../platform/access/purpose';
import { auditLog } from '../../platform/audit/tables';
import { systemContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { createAsylumWorld, registerApplicant, type AsylumWorld } from '../asylum/test-fixtures';
import { caseInState, createPerson } from '../cases/test-fixtures';

describe('purpose header', () => {
  it('decodes what the web app percent-encodes, in any script, trimmed and cut at 500 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 }), (typed) => {
        const expected = typed.trim() ? typed.trim().slice(0, 500).trim() || undefined : undefined;
        const decoded = purposeFromHeader(encodeURIComponent(typed));
        expect(decoded?.trim()).toBe(expected);
      }),
    );
    expect(purposeFromHeader('Court order 12%')).toBe('Court order 12%');
    expect(purposeFromHeader(encodeURIComponent('متابعة الحالة'))).toBe('متابعة الحالة');
  });

  it('asks a user for a purpose of at least five characters, and never the system', () => {
    const user = { ...systemContext(null as never, 'test'), actor: { kind: 'anonymous' as const } };
    expect(() => requirePurpose({ ...user, purpose: 'why' }, 'a record')).toThrow(AppError);
    expect(() => requirePurpose({ ...user, purpose: 'Follow-up visit' }, 'a record')).not.toThrow();
    expect(() => requirePurpose(systemContext(null as never, 'job'), 'a record')).not.toThrow();
  });
});

describeOnEachEngine('purpose before opening sensitive records', (database) => {
  let app: FastifyInstance;
  let officer: Session;
  let officerId: string;
  let uncleared: Session;
  let world: AsylumWorld;
  let agencyId: string;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    const agency = await createTenant(db, 'anti-trafficking-agency');
    const officerUser = await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] });
    officerId = officerUser.id;
    officer = await signIn(app, officerUser);
    uncleared = await signIn(app, await agency.user(['caseworker']));
    world = await createAsylumWorld(app, db);
    agencyId = agency.organisationId;
  });

  afterAll(async () => {
    await app.close();
  });

  async function lastRead(action: string, entityId: string) {
    const [row] = await database().db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId))).orderBy(desc(auditLog.seq)).limit(1);
    return row;
  }

  it('opens a trafficking case only with a purpose, records it with the read, and answers 404 to whoever may not see it', async () => {
    const db = database().db;
    const organisationId = agencyId;
    const caseId = await caseInState(db, { type: 'trafficking', organisationId, personId: await createPerson(db) });
    const refused = await officer.get(`/api/cases/${caseId}`);
    expect(refused.statusCode).toBe(428);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('purpose_required');
    expect((await uncleared.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const purpose = 'متابعة بعد المقابلة';
    const opened = await officer.get(`/api/cases/${caseId}`, { 'x-purpose': encodeURIComponent(purpose) });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(await lastRead('cases.case.read', caseId)).toMatchObject({ actorUserId: officerId, purpose });

    const protection = await caseInState(db, { type: 'protection', organisationId, personId: await createPerson(db) });
    expect((await officer.get(`/api/cases/${protection}`)).statusCode).not.toBe(428);
  });

  it('opens a minor’s file only with a purpose and records it', async () => {
    const personId = await registerApplicant(database().db, { dateOfBirth: '2014-01-02' });
    expect((await world.clerk.post('/api/asylum/minors', { personId })).statusCode).toBe(201);
    expect((await world.clerk.get(`/api/asylum/minors/${personId}`)).statusCode).toBe(428);
    const opened = await world.clerk.get(`/api/asylum/minors/${personId}`, { 'x-purpose': 'Assign a legal representative' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(await lastRead('asylum.minor.read', personId)).toMatchObject({ purpose: 'Assign a legal representative' });
  });
});
