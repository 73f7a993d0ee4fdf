/** Who sees what: trafficking cases hidden from everyone without clearance and permission in the organisations involved; referrals with consent granting only their sections until revoked; transfers; route guards; audit. */
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { multipartFile } from '../border/test-fixtures';
import { htcdsFields } from './htcds';
import { createPerson, expectGet, expectPost, PURPOSE } from './test-fixtures';

interface Detail {
  id: string;
  reference: string;
  state: string;
  access: string;
  sections: string[];
  data?: Record<string, unknown>;
  notes?: unknown[];
  history?: unknown[];
  persons?: { personId: string }[];
  services?: unknown[];
  tasks?: { id: string; code: string | null; dueAt: string }[];
  version: number;
}
interface Referral {
  id: string;
  status: string;
  can: Record<string, boolean>;
}

describeOnEachEngine('case access, referrals and trafficking invisibility', (database) => {
  let app: FastifyInstance;
  let agency: Tenant;
  let ngo: Tenant;
  let police: Tenant;
  let other: Tenant;
  let officer: Session;
  let ngoWorker: Session;
  let signaller: Session;
  let outsiders: Record<string, Session>;

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    agency = await createTenant(db, 'anti-trafficking-agency');
    ngo = await createTenant(db, 'ngo');
    police = await createTenant(db, 'border-police');
    other = await createTenant(db, 'anti-trafficking-agency');
    officer = await signIn(
      app,
      await agency.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }),
    );
    ngoWorker = await signIn(
      app,
      await ngo.user(['victim-assistance-caseworker'], { clearances: ['trafficking'] }),
    );
    signaller = await signIn(app, await police.user(['border-officer']));
    outsiders = {
      'agency officer without the clearance': await signIn(
        app,
        await agency.user(['anti-trafficking-officer']),
      ),
      'agency caseworker without trafficking.cases': await signIn(
        app,
        await agency.user(['caseworker'], { clearances: ['trafficking'] }),
      ),
      'NGO caseworker without the clearance': await signIn(app, await ngo.user(['caseworker'])),
      'cleared officer of another agency': await signIn(
        app,
        await other.user(['anti-trafficking-officer'], { clearances: ['trafficking'] }),
      ),
      'national administrator of another organisation': await signIn(
        app,
        await other.user(['administrator'], { clearances: ['trafficking', 'minor', 'health'] }),
      ),
    };
  });
  afterAll(async () => {
    await app.close();
  });

  /** A signal filed by the police officer, identified by the agency as an actual victim. */
  async function identifiedVictim() {
    const personId = await createPerson(database().db);
    const signal = await expectPost<Record<string, unknown>>(signaller, '/api/cases/signals', {
      personId,
      indicators: ['documents-withheld', 'debt-bondage'],
      location: 'Nădlac II',
      agencyOrganisationId: agency.organisationId,
    });
    expect(Object.keys(signal)).not.toContain('caseId');
    const list = await expectGet<{ cases: { id: string; persons: { personId: string }[] }[] }>(
      officer,
      '/api/cases?type=trafficking',
    );
    const caseId = list.cases.find((c) => c.persons.some((p) => p.personId === personId))!.id;
    await expectPost(officer, `/api/cases/${caseId}/transitions`, { to: 'identification' }, 200);
    const identified = await expectPost<Detail>(
      officer,
      `/api/cases/${caseId}/transitions`,
      {
        to: 'reflection-period',
        data: {
          vic_TraffickingStatus: 'ActualVictimOfTrafficking',
          vic_TraffickingStatusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
          foreignVictim: true,
        },
      },
      200,
    );
    return { personId, caseId, identified };
  }

  it('lets a first-line officer signal, the agency identify, and hides the case from everyone else everywhere', async () => {
    const { caseId, identified } = await identifiedVictim();
    const expected = new Date(Date.now() + 90 * 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'Europe/Bucharest',
    });
    expect(identified.data!.reflectionPeriodEndsOn).toBe(expected);
    expect(identified.tasks!.map((t) => t.code)).toContain('reflection-period-ends');

    // The signaller sees their signal only.
    const signals = await expectGet<{ signals: { indicators: string[]; agency: { id: string } }[] }>(
      signaller,
      '/api/cases/signals',
    );
    expect(signals.signals[0]).toMatchObject({
      indicators: ['documents-withheld', 'debt-bondage'],
      agency: { id: agency.organisationId },
    });
    expect((await signaller.get(`/api/cases/${caseId}`)).statusCode).toBe(403);

    const reference = identified.reference;
    for (const [who, session] of Object.entries(outsiders)) {
      expect((await session.get(`/api/cases/${caseId}`)).statusCode, who).toBe(404);
      const list = await expectGet<{ cases: { id: string }[]; total: number }>(
        session,
        `/api/cases?includeClosed=true&pageSize=200`,
      );
      expect(
        list.cases.map((c) => c.id),
        who,
      ).not.toContain(caseId);
      expect(
        (await expectGet<{ total: number }>(session, `/api/cases?q=${reference}&includeClosed=true`)).total,
        who,
      ).toBe(0);
      expect(
        (await expectGet<{ byType: Record<string, number> }>(session, '/api/cases/counts?includeClosed=true'))
          .byType.trafficking ?? 0,
        who,
      ).toBe(0);
      expect((await session.get('/api/cases/export?includeClosed=true')).body, who).not.toContain(
        reference,
      );
      const home = await expectGet<{
        myCases: { id: string }[];
        tasksOverdue: unknown[];
        tasksDueToday: unknown[];
      }>(session, '/api/cases/home');
      expect(
        home.myCases.map((c) => c.id),
        who,
      ).not.toContain(caseId);
      const htcds = await session.get('/api/cases/trafficking/export.csv');
      expect([200, 403], who).toContain(htcds.statusCode);
      if (htcds.statusCode === 200) {
        expect(parse(htcds.body, { bom: true, columns: true }), who).toHaveLength(0);
      }
      const transition = await session.post(`/api/cases/${caseId}/transitions`, { to: 'assistance' });
      expect([403, 404], who).toContain(transition.statusCode);
      if (transition.statusCode === 403) {
        expect(transition.json<{ error: { message: string } }>().error.message).toMatch(/permission needed/);
      }
      expect((await session.post(`/api/cases/${caseId}/notes`, { body: 'hello' })).statusCode, who).not.toBe(
        201,
      );
      const taskUpdate = await session.patch(`/api/cases/tasks/${identified.tasks![0]!.id}`, {
        status: 'done',
      });
      expect([403, 404], who).toContain(taskUpdate.statusCode);
      if (taskUpdate.statusCode === 404) {
        expect(taskUpdate.json<{ error: { message: string } }>().error.message).toBe('Task not found');
      }
    }
  });

  it('refers only with consent, grants exactly the referred sections, and ends access on revocation', async () => {
    const { caseId, personId } = await identifiedVictim();
    await expectPost(officer, `/api/cases/${caseId}/notes`, { body: 'Confidential interview notes' });
    const pdf = multipartFile(Buffer.from('%PDF-1.4\n%test\n'), 'statement.pdf');
    const attachment = (
      await officer.request('POST', `/api/cases/${caseId}/attachments`, pdf.payload, pdf.headers)
    ).json<{ id: string }>();
    const target = {
      toOrganisationId: ngo.organisationId,
      kind: 'referral',
      sections: ['persons', 'services'],
      reason: 'AdditionalServicesRequired',
    };

    // No consent, a legal basis for an adult, a withdrawn consent: refused.
    const noConsent = await officer.post(`/api/cases/${caseId}/referrals`, {
      ...target,
      consentId: crypto.randomUUID(),
    });
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(
      'consentId',
    );
    const legal = await officer.post(`/api/cases/${caseId}/consents`, {
      personId,
      scope: 'referral',
      basis: 'legal-basis',
      legalBasis: 'Law 678/2001 art. 32',
      recordedOn: '2026-01-10',
    });
    expect(legal.statusCode).toBe(422);
    const withdrawn = await expectPost<{ id: string }>(officer, `/api/cases/${caseId}/consents`, {
      personId,
      scope: 'referral',
      basis: 'consent',
      givenBy: 'the person',
      recordedOn: '2026-01-10',
    });
    await expectPost(officer, `/api/cases/consents/${withdrawn.id}/withdraw`, {}, 200);
    expect(
      (await officer.post(`/api/cases/${caseId}/referrals`, { ...target, consentId: withdrawn.id }))
        .statusCode,
    ).toBe(422);

    const consent = await expectPost<{ id: string }>(officer, `/api/cases/${caseId}/consents`, {
      personId,
      scope: 'referral',
      basis: 'consent',
      recordedOn: '2026-01-11',
    });
    const referral = await expectPost<Referral>(officer, `/api/cases/${caseId}/referrals`, {
      ...target,
      consentId: consent.id,
    });
    expect(referral.status).toBe('pending');

    // Pending: the NGO sees the referral, not the case; a colleague without the clearance sees neither.
    expect((await ngoWorker.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const incoming = await expectGet<{ referrals: Referral[] }>(
      ngoWorker,
      '/api/cases/referrals?direction=incoming',
    );
    expect(incoming.referrals.find((r) => r.id === referral.id)?.can).toMatchObject({
      accept: true,
      reject: true,
      revoke: false,
    });
    const uncleared = await expectGet<{ referrals: Referral[] }>(
      outsiders['NGO caseworker without the clearance']!,
      '/api/cases/referrals',
    );
    expect(uncleared.referrals.map((r) => r.id)).not.toContain(referral.id);
    expect((await officer.post(`/api/cases/referrals/${referral.id}/accept`, {})).statusCode).toBe(403);

    await expectPost(ngoWorker, `/api/cases/referrals/${referral.id}/accept`, {}, 200);
    const seen = await expectGet<Detail>(ngoWorker, `/api/cases/${caseId}`, 200, PURPOSE);
    expect(seen).toMatchObject({ access: 'referral', sections: ['summary', 'persons', 'services'] });
    expect(seen.persons!.map((p) => p.personId)).toEqual([personId]);
    for (const hidden of [
      'data',
      'notes',
      'history',
      'tasks',
      'attachments',
      'consents',
      'assessments',
      'referrals',
    ] as const) {
      expect(seen, hidden).not.toHaveProperty(hidden);
    }
    expect((await ngoWorker.get(`/api/cases/attachments/${attachment.id}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/cases/attachments/${attachment.id}`)).statusCode).toBe(200);
    expect((await ngoWorker.post(`/api/cases/${caseId}/notes`, { body: 'x' })).statusCode).toBe(403);
    expect((await ngoWorker.post(`/api/cases/${caseId}/transitions`, { to: 'assistance' })).statusCode).toBe(
      403,
    );
    await expectPost(ngoWorker, `/api/cases/${caseId}/services`, {
      kind: 'shelter',
      deliveredOn: '2026-01-12',
      description: 'Safe house placement',
    });
    const listed = await expectGet<{ cases: { id: string; access: string }[] }>(
      ngoWorker,
      '/api/cases?type=trafficking',
    );
    expect(listed.cases.find((c) => c.id === caseId)?.access).toBe('referral');

    await expectPost(
      officer,
      `/api/cases/referrals/${referral.id}/revoke`,
      { note: 'Consent withdrawn by phone' },
      200,
    );
    expect((await ngoWorker.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect(
      (await expectGet<{ cases: { id: string }[] }>(ngoWorker, '/api/cases?includeClosed=true')).cases.map(
        (c) => c.id,
      ),
    ).not.toContain(caseId);
    expect(
      (await expectGet<{ byType: Record<string, number> }>(ngoWorker, '/api/cases/counts')).byType
        .trafficking ?? 0,
    ).toBe(0);
    expect(
      (await ngoWorker.post(`/api/cases/${caseId}/services`, { kind: 'shelter', deliveredOn: '2026-01-13' }))
        .statusCode,
    ).toBe(404);
    expect((await ngoWorker.post(`/api/cases/referrals/${referral.id}/complete`, {})).statusCode).toBe(422);
  });

  it('accepts a legal basis for a child and moves ownership on a transfer', async () => {
    const child = await createPerson(database().db, { minor: true });
    const caseworker = await signIn(app, await agency.user(['caseworker']));
    const ngoCaseworker = outsiders['NGO caseworker without the clearance']!;
    const created = await expectPost<Detail>(caseworker, '/api/cases', {
      type: 'protection',
      title: 'Unaccompanied child',
      persons: [{ personId: child, role: 'child' }],
    });
    const basis = await expectPost<{ id: string }>(caseworker, `/api/cases/${created.id}/consents`, {
      personId: child,
      scope: 'referral',
      basis: 'legal-basis',
      legalBasis: 'Child protection law, art. 64',
      recordedOn: '2026-01-10',
    });
    const transfer = await expectPost<Referral>(caseworker, `/api/cases/${created.id}/referrals`, {
      toOrganisationId: ngo.organisationId,
      kind: 'transfer',
      reason: 'MigrationOrChangeOfLocation',
      consentId: basis.id,
    });
    const accepted = await expectPost<Referral>(
      ngoCaseworker,
      `/api/cases/referrals/${transfer.id}/accept`,
      {},
      200,
    );
    expect(accepted.status).toBe('completed');
    expect((await expectGet<Detail>(ngoCaseworker, `/api/cases/${created.id}`, 200, PURPOSE)).access).toBe('full');
    expect((await caseworker.get(`/api/cases/${created.id}`)).statusCode).toBe(404);
  });

  it('exports trafficking cases with HTCDS field names and value names only', async () => {
    const { caseId } = await identifiedVictim();
    const detail = await expectGet<Detail>(officer, `/api/cases/${caseId}`, 200, PURPOSE);
    const wrong = await officer.patch(`/api/cases/${caseId}`, {
      version: detail.version,
      data: { vic_TypeOfExploitation: ['Pickpocketing'] },
    });
    expect(wrong.statusCode).toBe(400);
    await officer.patch(`/api/cases/${caseId}`, {
      version: detail.version,
      data: {
        vic_TypeOfExploitation: ['ForcedLabour', 'ForcedBegging'],
        vic_MethodsOfControl: ['WithholdsDocuments', 'DebtBondage'],
        vic_ForcedLabourIndustry: 'F_Construction',
        hte_Type: 'Exploitation',
        hte_Country: 'ITA',
      },
    });
    const csv = await officer.get('/api/cases/trafficking/export.csv');
    expect(csv.statusCode).toBe(200);
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    const fields = htcdsFields();
    const headers = Object.keys(rows[0]!);
    expect(headers.filter((h) => !fields.has(h))).toEqual([]);
    for (const row of rows) {
      for (const header of headers) {
        const values = fields.get(header)!.values;
        if (values.length > 0 && row[header]) {
          expect(
            row[header]!.split(';').filter((v) => !values.includes(v)),
            `${header}: ${row[header]}`,
          ).toEqual([]);
        }
      }
    }
    const mine = rows.find((r) => r.vic_TypeOfExploitation === 'ForcedLabour;ForcedBegging')!;
    expect(mine).toMatchObject({
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      prs_Gender: 'Feminine',
      cas_Status: 'Active',
      cas_ReferringOrganisation: `Organisation ${police.code}`,
    });
  });

  it('refuses attachments whose content is not PDF, JPEG or PNG', async () => {
    const { caseId } = await identifiedVictim();
    const fake = multipartFile(Buffer.from('MZ this is an executable'), 'statement.pdf');
    const response = await officer.request(
      'POST',
      `/api/cases/${caseId}/attachments`,
      fake.payload,
      fake.headers,
    );
    expect(response.statusCode).toBe(400);
  });

  it('guards every route with a case permission and audits reads and changes', async () => {
    const { caseId } = await identifiedVictim();
    await expectRoutesGuarded(app, database().db, agency, {
      prefix: '/api/cases',
      permissionPrefix: '(cases|trafficking)',
      minimum: 30,
    });
    await expectGet(officer, `/api/cases/${caseId}`, 200, PURPOSE);
    const entries = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, caseId)));
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(
        ['cases.case.create', 'cases.case.transition', 'cases.case.list', 'cases.case.read'].filter(
          (a) => a !== 'cases.case.list',
        ),
      ),
    );
    const read = entries.find((e) => e.action === 'cases.case.read')!;
    expect(read.fields).toContain('persons');
    const signals = await database()
      .db.select()
      .from(auditLog)
      .where(eq(auditLog.action, 'cases.signal.create'));
    expect(signals.length).toBeGreaterThan(0);
  });
});
