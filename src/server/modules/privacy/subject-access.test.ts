/**
 * Subject-access exports over HTTP: the ZIP holds each module's JSON about the person and nothing about
 * anyone else, the PDF summary parses and says whether the export is complete, a purpose is required and
 * recorded, records needing a clearance the officer lacks are withheld and counted, and the routes are guarded.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { caseAttachments, casePersons } from '../cases/tables';
import { issuedDocuments } from '../documents/tables';
import { linkFamily } from '../people/family';
import { identityDocuments, personPhotos } from '../people/tables';
import { applicationClosedOn, closedCaseAt, crossingAt, person, placementEndedAt, readZip } from './test-fixtures';

const MODULE_FILES = ['people.json', 'border.json', 'reception.json', 'asylum.json', 'cases.json', 'documents.json'];
const PURPOSE = 'Request of the data subject, letter 17/2026';

function pdfText(bytes: Uint8Array): string {
  const file = path.join(os.tmpdir(), `summary-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describeOnEachEngine('subject-access exports', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let officer: Session;
  let officerId: string;
  let uncleared: Session;
  let subject: Awaited<ReturnType<typeof person>>;
  let other: Awaited<ReturnType<typeof person>>;
  let otherValues: string[];

  beforeAll(async () => {
    const db = database().db;
    app = await createTestApp(database());
    tenant = await createTenant(db);
    const bcp = await tenant.site('bcp');
    const centre = await tenant.site('reception-centre');
    const office = await tenant.site('issuing-office');
    const officerUser = await tenant.user(['data-protection-officer'], { clearances: ['trafficking', 'minor', 'health'] });
    officerId = officerUser.id;
    officer = await signIn(app, officerUser);
    uncleared = await signIn(app, await tenant.user(['data-protection-officer'], { clearances: ['minor', 'health'] }));

    subject = await person(db, 'Haddad');
    other = await person(db, 'Qureshi');
    await linkFamily(systemContext(db, 'test'), subject.id, other.id, 'spouse');
    await db.insert(identityDocuments).values({ personId: subject.id, kind: 'passport', number: 'N1234567', issuingState: 'SYR', surname: 'HADDAD', givenNames: 'SAMIRA' });
    await db.insert(personPhotos).values({ personId: subject.id, contentType: 'image/jpeg', image: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });
    const otherCrossing = await crossingAt(db, { personId: other.id, siteId: bcp, at: new Date('2026-03-01T10:00:00Z') });
    await crossingAt(db, { personId: subject.id, siteId: bcp, at: new Date('2026-03-02T10:00:00Z'), vehicle: true });
    await placementEndedAt(db, { personId: subject.id, siteId: centre, checkedOutAt: null });
    await applicationClosedOn(db, { personId: subject.id, siteId: centre, organisationId: tenant.organisationId, closedOn: null });
    const shared = await closedCaseAt(db, { personId: subject.id, organisationId: tenant.organisationId, closedAt: null, title: 'Family support' });
    await db.insert(casePersons).values({ caseId: shared.caseId, personId: other.id, role: 'family-member' });
    await db.insert(caseAttachments).values({ caseId: shared.caseId, name: 'letter.pdf', contentType: 'application/pdf', size: 8, data: Buffer.from('%PDF-1.4') });
    await closedCaseAt(db, { personId: subject.id, organisationId: tenant.organisationId, closedAt: null, trafficking: true, title: 'Identification' });
    const otherCase = await closedCaseAt(db, { personId: other.id, organisationId: tenant.organisationId, closedAt: null, title: 'Qureshi housing' });
    await db.insert(issuedDocuments).values({ typeCode: 'tid-asylum', personId: subject.id, siteId: office, organisationId: tenant.organisationId, status: 'issued', number: 'TA0000001', fee: { status: 'none' }, requestedBy: officerId });
    otherValues = [other.id, other.registrationNumber, other.surname, otherCrossing.crossingId, otherCase.reference, 'Qureshi housing'];
  });

  afterAll(async () => {
    await app.close();
  });

  const exportOf = (session: Session, personId: string, purpose?: string, headers: Record<string, string> = {}) =>
    session.request('POST', '/api/privacy/subject-access', { personId, ...(purpose === undefined ? {} : { purpose }) }, headers);

  it('asks for a purpose first, and refuses a person the officer may not see as not found', async () => {
    for (const purpose of [undefined, '   ', 'abc']) {
      const refused = await exportOf(officer, subject.id, purpose);
      expect(refused.statusCode, refused.body).toBe(428);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('purpose_required');
    }
    const labelled = await person(database().db, 'Labelled', ['trafficking']);
    expect((await exportOf(uncleared, labelled.id)).statusCode).toBe(404);
    expect((await exportOf(officer, '00000000-0000-4000-8000-000000000000', PURPOSE)).statusCode).toBe(404);
  });

  it('exports every module’s JSON about the person, the files held and a PDF summary, and nothing about anyone else', async () => {
    const response = await exportOf(officer, subject.id, PURPOSE);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(`subject-access-${subject.registrationNumber}`);
    expect(response.headers['x-export-complete']).toBe('true');
    const zip = await readZip(response.rawPayload);
    expect(zip.names).toEqual(expect.arrayContaining(['manifest.json', 'summary.pdf', ...MODULE_FILES]));
    expect(zip.names.filter((n) => n.startsWith('files/'))).toEqual([`files/cases/${(JSON.parse(await zip.text('cases.json')) as { data: { cases: Array<{ reference: string; attachments: unknown[] }> } }).data.cases.find((c) => c.attachments.length > 0)!.reference}-letter.pdf`, `files/people/photo-${subject.registrationNumber}.jpg`]);

    const json = async <T>(name: string) => (JSON.parse(await zip.text(name)) as { data: T }).data;
    const people = await json<{ records: Array<{ registrationNumber: string; surname: string }>; identityDocuments: unknown[]; familyLinks: Array<Record<string, unknown>> }>('people.json');
    expect(people.records.map((r) => r.registrationNumber)).toEqual([subject.registrationNumber]);
    expect(people.identityDocuments).toHaveLength(1);
    expect(people.familyLinks).toEqual([{ record: subject.registrationNumber, relative: 'spouse', recordedAt: expect.any(String) }]);
    expect((await json<{ crossings: Array<{ vehicle: unknown }>; alerts: unknown[] }>('border.json')).crossings).toEqual([expect.objectContaining({ vehicle: expect.objectContaining({ role: 'driver' }) })]);
    expect((await json<{ placements: unknown[] }>('reception.json')).placements).toHaveLength(1);
    expect((await json<{ applications: Array<{ interviews: unknown[] }> }>('asylum.json')).applications[0]!.interviews).toHaveLength(1);
    expect((await json<{ cases: Array<{ title: string }> }>('cases.json')).cases.map((c) => c.title).sort()).toEqual(['Family support', 'Identification']);
    expect((await json<{ documents: Array<{ number: string }> }>('documents.json')).documents.map((d) => d.number)).toEqual(['TA0000001']);

    const everything = (await Promise.all(zip.names.filter((n) => n.endsWith('.json')).map((n) => zip.text(n)))).join('\n');
    for (const value of otherValues) {
      expect(everything).not.toContain(value);
    }
    const manifest = JSON.parse(await zip.text('manifest.json')) as { purpose: string; complete: boolean; withheld: unknown[] };
    expect(manifest).toMatchObject({ purpose: PURPOSE, complete: true, withheld: [] });

    const pdf = await zip.bytes('summary.pdf');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf);
    expect(text).toContain(subject.registrationNumber);
    expect(text).toContain('Nothing was withheld');
    expect(text).not.toContain(other.surname);
  });

  it('records who exported whom and why in the audit trail', async () => {
    const entries = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'privacy.subject-access.export'), eq(auditLog.entityId, subject.id), eq(auditLog.actorUserId, officerId)));
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0]).toMatchObject({ entityType: 'person', purpose: PURPOSE, outcome: 'success', fields: ['people', 'border', 'reception', 'asylum', 'cases', 'documents'] });
  });

  it('withholds, and counts, the records needing a clearance the officer lacks; a purpose may come as the header', async () => {
    const purpose = 'Cerere a persoanei vizate nr. 18';
    const response = await exportOf(uncleared, subject.id, undefined, { 'x-purpose': encodeURIComponent(purpose) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['x-export-complete']).toBe('false');
    const zip = await readZip(response.rawPayload);
    const cases = JSON.parse(await zip.text('cases.json')) as { data: { cases: Array<{ title: string }> }; withheld: unknown[] };
    expect(cases.data.cases.map((c) => c.title)).toEqual(['Family support']);
    expect(cases.withheld).toEqual([{ section: 'cases', count: 1, labels: ['trafficking'] }]);
    expect(JSON.parse(await zip.text('manifest.json'))).toMatchObject({ complete: false, purpose });
    expect(pdfText(await zip.bytes('summary.pdf'))).toContain('NOT complete');
  });

  it('guards every privacy route with a privacy permission', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/privacy', permissionPrefix: 'privacy.', minimum: 7, fill: (parameter) => (parameter === 'recordType' ? 'border.crossing' : '00000000-0000-4000-8000-000000000000') });
    const caseworker = await signIn(app, await tenant.user(['caseworker']));
    expect((await exportOf(caseworker, subject.id, PURPOSE)).statusCode).toBe(403);
    expect((await caseworker.get('/api/privacy/retention/rules')).statusCode).toBe(403);
  });
});
