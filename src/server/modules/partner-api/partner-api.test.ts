import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { apiKeys } from '../../platform/auth/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { crossingBody, passportMrz } from '../border/test-fixtures';
import { issueKey, personWithDocument, uniqueNumber, withKey } from './test-fixtures';

const PARTNER_PERSON_FIELDS = [
  'id',
  'registrationNumber',
  'surname',
  'givenNames',
  'originalName',
  'sex',
  'dateOfBirth',
  'dateOfBirthEstimated',
  'nationalities',
  'legalStatus',
  'legalStatusSince',
  'document',
].sort();

describeOnEachEngine('partner API with API keys', (database) => {
  let app: FastifyInstance;
  let immigration: Tenant;
  let partner: Tenant;
  let admin: Session;
  let clerk: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    immigration = await createTenant(database().db);
    partner = await createTenant(database().db, 'police');
    admin = await signIn(app, await immigration.user(['administrator']));
    clerk = await signIn(app, await immigration.user(['registration-clerk'], { clearances: ['minor'] }));
  });
  afterAll(async () => {
    await app.close();
  });

  describe('people:lookup-by-document', () => {
    it('finds a person by document number and issuing state, telling only what a partner needs', async () => {
      const number = uniqueNumber();
      const person = await personWithDocument(clerk, { number, issuingState: 'AFG' });
      const { key } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
      const found = await withKey(app, key, 'GET', `/api/partner/people/by-document?number=${encodeURIComponent(` ${number.toLowerCase().slice(0, 3)} ${number.slice(3)}`)}&issuingState=afg`);
      expect(found.statusCode, found.body).toBe(200);
      const { matches } = found.json<{ matches: Record<string, unknown>[] }>();
      expect(matches).toHaveLength(1);
      expect(Object.keys(matches[0]!).sort()).toEqual(PARTNER_PERSON_FIELDS);
      expect(matches[0]).toMatchObject({
        id: person.id,
        registrationNumber: person.registrationNumber,
        surname: 'Haidari',
        givenNames: 'Yusuf',
        dateOfBirth: '1994-07-02',
        nationalities: ['AFG'],
        legalStatus: 'asylum-seeker',
        document: { kind: 'passport', number, issuingState: 'AFG', expiryDate: '2031-05-31', expired: false },
      });
      expect(found.body).not.toContain('+40 700');
      // The same number from another state is another document.
      const otherState = await withKey(app, key, 'GET', `/api/partner/people/by-document?number=${number}&issuingState=IRQ`);
      expect(otherState.json()).toEqual({ matches: [] });
    });

    it('never finds a person under a sensitivity label', async () => {
      const number = uniqueNumber('M');
      await personWithDocument(clerk, { number, issuingState: 'SYR' }, { givenNames: 'Amal', surname: 'Haddad', dateOfBirth: '2012-01-01', sensitivity: ['minor'] });
      const { key } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
      const lookup = await withKey(app, key, 'GET', `/api/partner/people/by-document?number=${number}&issuingState=SYR`);
      expect(lookup.statusCode).toBe(200);
      expect(lookup.json()).toEqual({ matches: [] });
    });

    it('refuses the same key (403) on endpoints outside its scope and on staff-only endpoints, each refusal audited', async () => {
      const person = await personWithDocument(clerk, { number: uniqueNumber(), issuingState: 'AFG' });
      const { key, id } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
      const outOfScope = await withKey(app, key, 'GET', '/api/partner/border/crossings');
      expect(outOfScope.statusCode).toBe(403);
      expect(outOfScope.json().error.message).toContain('border:crossings:read');
      expect((await withKey(app, key, 'GET', `/api/partner/people/${person.id}/crossings`)).statusCode).toBe(403);
      expect((await withKey(app, key, 'POST', '/api/partner/documents/verify', { documentNumber: 'X1' })).statusCode).toBe(403);
      const staffOnly = await withKey(app, key, 'GET', `/api/people/${person.id}`);
      expect(staffOnly.statusCode).toBe(403);
      expect(staffOnly.json().error.message).toBe('This endpoint is not open to API keys');
      expect((await withKey(app, key, 'GET', '/api/people/search?q=Haidari')).statusCode).toBe(403);
      expect((await withKey(app, key, 'PATCH', `/api/people/${person.id}`, { version: 1, surname: 'Changed' })).statusCode).toBe(403);
      expect((await withKey(app, key, 'GET', '/api/auth/me')).statusCode).toBe(403);
      expect((await withKey(app, key, 'GET', '/api/admin/api-keys')).statusCode).toBe(403);
      const denials = await database().db.select().from(auditLog).where(and(eq(auditLog.apiKeyId, id), eq(auditLog.action, 'access.denied')));
      expect(denials).toHaveLength(8);
      expect(denials.every((d) => d.actorOrganisationId === partner.organisationId && d.outcome === 'denied')).toBe(true);
    });

    it('audits every person returned against the key and its organisation', async () => {
      const number = uniqueNumber();
      const person = await personWithDocument(clerk, { number, issuingState: 'AFG' });
      const { key, id } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
      await withKey(app, key, 'GET', `/api/partner/people/by-document?number=${number}&issuingState=AFG`);
      await withKey(app, key, 'GET', `/api/partner/people/by-document?number=NOBODY1&issuingState=AFG`);
      const entries = await database().db.select().from(auditLog).where(eq(auditLog.apiKeyId, id));
      expect(entries.map((e) => [e.action, e.entityId])).toEqual([
        ['person.lookup-by-document', person.id],
        ['person.lookup-by-document', null],
      ]);
      expect(entries.every((e) => e.actorOrganisationId === partner.organisationId && e.actorLabel === `api-key:${id}` && e.actorUserId === null)).toBe(true);
      // "Who accessed this record" shows the partner's look-up.
      const trail = await admin.get(`/api/audit?entityType=person&entityId=${person.id}`);
      expect(trail.json<{ entries: { action: string }[] }>().entries.map((e) => e.action)).toContain('person.lookup-by-document');
    });
  });

  it('refuses a revoked key and an expired key with 401', async () => {
    const number = uniqueNumber();
    await personWithDocument(clerk, { number, issuingState: 'AFG' });
    const url = `/api/partner/people/by-document?number=${number}&issuingState=AFG`;
    const revoked = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
    expect((await withKey(app, revoked.key, 'GET', url)).statusCode).toBe(200);
    expect((await admin.post(`/api/admin/api-keys/${revoked.id}/revoke`)).statusCode).toBe(200);
    const afterRevocation = await withKey(app, revoked.key, 'GET', url);
    expect(afterRevocation.statusCode).toBe(401);
    expect(afterRevocation.json().error.code).toBe('unauthenticated');
    const expired = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
    expect((await withKey(app, expired.key, 'GET', url)).statusCode).toBe(200);
    await database().db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, expired.id));
    expect((await withKey(app, expired.key, 'GET', url)).statusCode).toBe(401);
    // A key with a changed secret is not a key.
    expect((await withKey(app, `${expired.key.slice(0, -4)}AAAA`, 'GET', url)).statusCode).toBe(401);
  });

  it('shows a border:crossings:read key the crossings at its own organisation’s BCPs, and a person’s whole travel history', async () => {
    const borderPolice = await createTenant(database().db, 'border-police');
    const otherAgency = await createTenant(database().db, 'border-police');
    const ownBcp = await borderPolice.site('bcp', { lanes: ['A1'] });
    const otherBcp = await otherAgency.site('bcp', { lanes: ['A1'] });
    const ownOfficer = await signIn(app, await borderPolice.user(['border-officer'], { siteIds: [ownBcp] }));
    const otherOfficer = await signIn(app, await otherAgency.user(['border-officer'], { siteIds: [otherBcp] }));
    const mrz = passportMrz({ documentNumber: uniqueNumber('B').slice(0, 9) });
    const entry = await ownOfficer.post('/api/border/crossings', crossingBody(ownBcp, { document: { mrz } }));
    expect(entry.statusCode, entry.body).toBe(201);
    const personId = entry.json<{ person: { id: string } }>().person.id;
    const exit = await otherOfficer.post('/api/border/crossings', crossingBody(otherBcp, { document: { mrz }, direction: 'exit', personId }));
    expect(exit.statusCode, exit.body).toBe(201);
    const { key, id } = await issueKey(admin, borderPolice.organisationId, ['border:crossings:read']);

    const list = await withKey(app, key, 'GET', '/api/partner/border/crossings?limit=10');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<{ items: { id: string; bcp: { code: string }; person: { id: string }; direction: string }[] }>().items;
    expect(items.map((i) => i.direction)).toEqual(['entry']);
    expect(items[0]!.person.id).toBe(personId);
    expect(list.body).not.toContain('officer');
    expect(list.body).not.toContain('screeningHits');
    const [otherSite] = (await admin.get('/api/admin/sites?type=bcp')).json<{ id: string; code: string }[]>().filter((s) => s.id === otherBcp);
    expect((await withKey(app, key, 'GET', `/api/partner/border/crossings?bcp=${otherSite!.code}`)).statusCode).toBe(404);
    const window = await withKey(app, key, 'GET', `/api/partner/border/crossings?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(window.statusCode, window.body).toBe(200);
    expect(window.json().items).toEqual([]);

    const history = await withKey(app, key, 'GET', `/api/partner/people/${personId}/crossings`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json<{ crossings: { direction: string }[] }>().crossings.map((c) => c.direction)).toEqual(['entry', 'exit']);
    expect((await withKey(app, key, 'GET', '/api/partner/people/00000000-0000-4000-8000-000000000000/crossings')).statusCode).toBe(404);
    expect((await withKey(app, key, 'GET', '/api/partner/people/by-document?number=X&issuingState=AFG')).statusCode).toBe(403);
    const audited = await database().db.select().from(auditLog).where(eq(auditLog.apiKeyId, id));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['border.crossings.list', 'border.person.crossings.read']));
  });

  it('verifies documents for a documents:verify key, and lets a border:screen key screen a traveller', async () => {
    const verifier = await issueKey(admin, partner.organisationId, ['documents:verify']);
    const byNumber = await withKey(app, verifier.key, 'POST', '/api/partner/documents/verify', { documentNumber: 'ro9999999' });
    expect(byNumber.statusCode, byNumber.body).toBe(200);
    expect(byNumber.json()).toMatchObject({ method: 'number', documentNumber: 'RO9999999', status: 'unknown', documentType: null });
    const forged = await withKey(app, verifier.key, 'POST', '/api/partner/documents/verify', { payload: 'CRS1|not-a-seal' });
    expect(forged.json()).toMatchObject({ method: 'seal', signature: 'malformed', status: null });
    expect((await withKey(app, verifier.key, 'POST', '/api/border/screen', { names: ['Test Person'] })).statusCode).toBe(403);

    const screener = await issueKey(admin, partner.organisationId, ['border:screen']);
    const screened = await withKey(app, screener.key, 'POST', '/api/border/screen', { names: ['Muhammad Abdalla'], dateOfBirth: '1985-03-12' });
    expect(screened.statusCode, screened.body).toBe(200);
    expect(screened.json()).toHaveProperty('hits');
    // The scope opens screening, not recording a crossing (whose service checks the same permission).
    expect((await withKey(app, screener.key, 'POST', '/api/border/crossings', {})).statusCode).toBe(403);
    const audited = await database().db.select().from(auditLog).where(eq(auditLog.apiKeyId, screener.id));
    expect(audited.map((a) => a.action)).toEqual(['border.screen', 'access.denied']);
  });

  it('lets signed-in staff with the matching permission call the partner endpoints, and refuses the others', async () => {
    const number = uniqueNumber();
    await personWithDocument(clerk, { number, issuingState: 'AFG' });
    const url = `/api/partner/people/by-document?number=${number}&issuingState=AFG`;
    expect((await clerk.get(url)).json().matches).toHaveLength(1);
    const trainer = await signIn(app, await immigration.user(['training-coordinator']));
    expect((await trainer.get(url)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
