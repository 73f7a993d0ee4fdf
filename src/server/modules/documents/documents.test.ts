/** The document lifecycle over HTTP with real sessions: application, four-eyes approval, card, hand-over, verification, revocation. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { parse } from 'mrz';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { lostDocuments } from '../border/tables';
import { CARD_HEIGHT, CARD_WIDTH } from './card';
import { documentVerifications, issuedDocuments } from './tables';
import { createDocumentsWorld, createHolder, createTestType, type DocumentsWorld } from './test-fixtures';

interface DocumentView {
  id: string;
  number: string | null;
  status: string;
  effectiveStatus: string;
  mrz: [string, string, string] | null;
  sealPayload: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  can: Record<string, boolean>;
  events: { action: string; actorName: string }[];
}

describeOnEachEngine('documents lifecycle over HTTP', (database) => {
  let app: FastifyInstance;
  let world: DocumentsWorld;
  let requester: Session;
  let approver: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    world = await createDocumentsWorld(database().db);
    requester = await signIn(app, world.requester);
    approver = await signIn(app, world.approver);
  });
  afterAll(async () => {
    await app.close();
  });

  const verify = async (payload: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/documents/verify', payload: { payload } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ signature: string; status: string | null; data: Record<string, string> | null; message: string }>();
  };

  const apply = async (personId: string, type: string, fee: unknown = { status: 'none' }) => {
    const response = await requester.post('/api/documents/applications', { personId, type, officeId: world.office, fee });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<DocumentView>();
  };

  const issue = async (personId: string, type: string) => {
    const applied = await apply(personId, type);
    const approved = await approver.post(`/api/documents/${applied.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await requester.post(`/api/documents/${applied.id}/print`)).statusCode).toBe(200);
    const handed = await requester.post(`/api/documents/${applied.id}/hand-over`, { receivedBy: 'the holder' });
    expect(handed.statusCode, handed.body).toBe(200);
    return handed.json<DocumentView>();
  };

  it('goes from application to a verified card and, revoked, fails verification and reaches the border list', async () => {
    const type = await createTestType(database().db);
    const personId = await createHolder(database().db, { surname: 'Al-Rashid', givenNames: 'Muhammad Ali', dateOfBirth: '1985-03' });
    const applied = await apply(personId, type.code);
    expect(applied).toMatchObject({ status: 'applied', number: null, mrz: null, sealPayload: null, can: { approve: false, reject: true } });
    // The requester may withdraw (reject) but not approve.

    // Four-eyes: the requester may not approve their own application.
    const own = await requester.post(`/api/documents/${applied.id}/approve`);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/another officer must approve/);

    const approved = (await approver.post(`/api/documents/${applied.id}/approve`)).json<DocumentView>();
    expect(approved.status).toBe('approved');
    expect(approved.number).toMatch(/^TA\d{7}$/);
    expect(approved.expiresOn! > approved.issuedOn!).toBe(true);
    const mrz = parse(approved.mrz!);
    expect(mrz.valid).toBe(true);
    expect(mrz.fields).toMatchObject({ documentCode: 'IA', issuingState: 'ROU', documentNumber: approved.number, lastName: 'AL RASHID', firstName: 'MUHAMMAD ALI', nationality: 'SYR' });

    // The seal is genuine before hand-over, but the card is not yet in use.
    expect(await verify(approved.sealPayload!)).toMatchObject({ signature: 'valid', status: 'not-issued', data: { documentNumber: approved.number, surname: 'AL RASHID', dateOfBirth: '1985-03' } });

    const printed = await requester.post(`/api/documents/${applied.id}/print`);
    expect(printed.json()).toMatchObject({ status: 'printed', can: { handOver: true, spoil: true, print: false } });
    const card = await requester.get(`/api/documents/${applied.id}/card.pdf`);
    expect(card.statusCode, card.body).toBe(200);
    expect(card.headers['content-type']).toBe('application/pdf');
    const pdf = await PDFDocument.load(card.rawPayload);
    expect(pdf.getPageCount()).toBe(2);
    for (const page of pdf.getPages()) {
      expect(page.getWidth()).toBeCloseTo(CARD_WIDTH, 1);
      expect(page.getHeight()).toBeCloseTo(CARD_HEIGHT, 1);
      expect(page.getWidth() / 72 * 25.4).toBeCloseTo(85.6, 1);
    }

    const badReceipt = await requester.post(`/api/documents/${applied.id}/hand-over`, { receiptImage: 'data:image/gif;base64,R0lGOD' });
    expect(badReceipt.statusCode).toBe(400);
    const signature = `data:image/png;base64,${(await sharp({ create: { width: 200, height: 60, channels: 3, background: '#fff' } }).png().toBuffer()).toString('base64')}`;
    const handed = (await requester.post(`/api/documents/${applied.id}/hand-over`, { receivedBy: 'Muhammad Al-Rashid', receiptImage: signature })).json<DocumentView>();
    expect(handed).toMatchObject({ status: 'handed-over', effectiveStatus: 'handed-over', hasReceipt: true, receivedBy: 'Muhammad Al-Rashid' });
    const receipt = await requester.get(`/api/documents/${applied.id}/receipt`);
    expect(receipt.headers['content-type']).toBe('image/png');
    expect((await sharp(receipt.rawPayload).metadata()).width).toBe(200);
    expect(await verify(approved.sealPayload!)).toMatchObject({ signature: 'valid', status: 'valid' });
    // A partner asking by number gets the same standing, with the type and expiry and nothing about the holder.
    const byNumber = await requester.post('/api/partner/documents/verify', { documentNumber: approved.number!.toLowerCase() });
    expect(byNumber.json()).toEqual({ method: 'number', documentNumber: approved.number, status: 'valid', documentType: type.code, expiresOn: approved.expiresOn, message: expect.stringMatching(/^Valid/) });

    // A tampered payload: one character of the data changed, the signature kept.
    const tampered = approved.sealPayload!.replace('|M|SYR|', '|F|SYR|');
    expect(tampered).not.toBe(approved.sealPayload);
    expect(await verify(tampered)).toMatchObject({ signature: 'invalid', status: null, data: null });
    expect(await verify('CRS1|garbage')).toMatchObject({ signature: 'malformed' });

    const revoked = await approver.post(`/api/documents/${applied.id}/revoke`, { reason: 'Status withdrawn by decision 123/2026' });
    expect(revoked.json()).toMatchObject({ status: 'revoked', statusReason: 'Status withdrawn by decision 123/2026' });
    expect(await verify(approved.sealPayload!)).toMatchObject({ signature: 'valid', status: 'revoked' });
    const listed = await database().db.select().from(lostDocuments).where(and(eq(lostDocuments.number, approved.number!), eq(lostDocuments.issuingState, 'ROU')));
    expect(listed).toMatchObject([{ reason: 'revoked', active: true }]);

    const detail = (await requester.get(`/api/documents/${applied.id}`)).json<DocumentView>();
    expect(detail.events.map((e) => e.action)).toEqual(['applied', 'approved', 'printed', 'handed-over', 'revoked']);
    const audited = await database().db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, applied.id));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['document.apply', 'document.approved', 'document.printed', 'document.card', 'document.handed-over', 'document.revoked', 'document.read']));
    // Verification attempts are logged with outcomes only.
    const logged = await database().db.select().from(documentVerifications);
    expect(logged.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(logged[0]!).sort()).toEqual(['at', 'documentType', 'id', 'keyId', 'signature', 'status']);
  });

  it('refuses applications the type does not allow, changing nothing', async () => {
    const type = await createTestType(database().db);
    const paid = await createTestType(database().db, { feeAmount: 2500, allowedStatuses: ['refugee'] });
    const visitor = await createHolder(database().db, { legalStatus: 'visitor' });
    const noPhoto = await createHolder(database().db, {}, false);
    const refugee = await createHolder(database().db, { legalStatus: 'refugee' });
    const before = (await database().db.select().from(issuedDocuments)).length;
    const attempts: [unknown, number, RegExp][] = [
      [{ personId: visitor, type: type.code, officeId: world.office, fee: { status: 'none' } }, 422, /legal status ..visitor/],
      [{ personId: noPhoto, type: type.code, officeId: world.office, fee: { status: 'none' } }, 422, /no photo/],
      [{ personId: refugee, type: paid.code, officeId: world.office, fee: { status: 'none' } }, 422, /costs 25.00 RON/],
      [{ personId: refugee, type: 'NO-SUCH', officeId: world.office, fee: { status: 'none' } }, 400, /no active document type/],
      [{ personId: refugee, type: paid.code, officeId: world.office, fee: { status: 'paid' } }, 400, /receipt/i],
      [{ personId: refugee, type: "X'; drop table issued_documents;--", officeId: world.office, fee: { status: 'none' } }, 400, /capital letters/],
      [{ personId: '00000000-0000-4000-8000-000000000000', type: type.code, officeId: world.office, fee: { status: 'none' } }, 404, /Person not found/],
    ];
    for (const [body, status, message] of attempts) {
      const response = await requester.post('/api/documents/applications', body);
      expect(response.statusCode, response.body).toBe(status);
      expect(JSON.stringify(response.json().error)).toMatch(message);
    }
    expect((await database().db.select().from(issuedDocuments)).length).toBe(before);
    const ok = await requester.post('/api/documents/applications', { personId: refugee, type: paid.code, officeId: world.office, fee: { status: 'paid', receipt: 'R-2026-0042' } });
    expect(ok.json()).toMatchObject({ fee: { status: 'paid', receipt: 'R-2026-0042', amount: 2500, currency: 'RON' } });
  });

  it('records a spoiled card: a new number, the old one explained in the office accounting', async () => {
    const type = await createTestType(database().db, { numberPrefix: 'SP' });
    const personId = await createHolder(database().db);
    const applied = await apply(personId, type.code);
    const approved = (await approver.post(`/api/documents/${applied.id}/approve`)).json<DocumentView>();
    await requester.post(`/api/documents/${applied.id}/print`);
    const spoiled = (await requester.post(`/api/documents/${applied.id}/spoil`, { reason: 'Printer jam, card bent' })).json<DocumentView>();
    expect(spoiled.status).toBe('approved');
    expect(spoiled.number).not.toBe(approved.number);
    expect(spoiled.sealPayload).not.toBe(approved.sealPayload);
    expect(await verify(approved.sealPayload!)).toMatchObject({ signature: 'valid', status: 'not-issued' });
    expect((await requester.post('/api/partner/documents/verify', { documentNumber: approved.number })).json()).toMatchObject({ method: 'number', status: 'not-issued', documentType: null });
    expect((await requester.post('/api/partner/documents/verify', { documentNumber: spoiled.number })).json()).toMatchObject({ method: 'number', status: 'not-issued', documentType: type.code });
    const numbers = (await requester.get(`/api/documents/offices/${world.office}/numbers`)).json<{ blocks: { prefix: string; issued: number; spoiled: number; remaining: number; first: string; last: string }[]; spoiled: { number: string; reason: string }[] }>();
    const block = numbers.blocks.find((b) => b.prefix === 'SP')!;
    expect(block).toMatchObject({ issued: 1, spoiled: 1, remaining: 998 });
    expect(numbers.spoiled).toEqual([expect.objectContaining({ number: approved.number, reason: 'Printer jam, card bent' })]);
  });

  it('renews within the window only, and the renewal supersedes the old document when handed over', async () => {
    const type = await createTestType(database().db, { validityMonths: 1, renewalWindowDays: 40, maxRenewals: 1 });
    const early = await createTestType(database().db, { validityMonths: 12, renewalWindowDays: 30 });
    const personId = await createHolder(database().db);
    const tooEarly = await issue(personId, early.code);
    const refused = await requester.post(`/api/documents/${tooEarly.id}/renew`, { officeId: world.office, fee: { status: 'none' } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/Renewal opens on/);

    const old = await issue(personId, type.code);
    expect(old.can.renew).toBe(true);
    const renewal = await requester.post(`/api/documents/${old.id}/renew`, { officeId: world.office, fee: { status: 'none' } });
    expect(renewal.statusCode, renewal.body).toBe(201);
    const again = await requester.post(`/api/documents/${old.id}/renew`, { officeId: world.office, fee: { status: 'none' } });
    expect(again.statusCode).toBe(409);
    const id = renewal.json<DocumentView>().id;
    await approver.post(`/api/documents/${id}/approve`);
    await requester.post(`/api/documents/${id}/print`);
    await requester.post(`/api/documents/${id}/hand-over`, {});
    expect((await requester.get(`/api/documents/${old.id}`)).json()).toMatchObject({ status: 'superseded', supersededBy: { id } });
    expect(await verify(old.sealPayload!)).toMatchObject({ status: 'superseded' });
    const renewed = (await requester.get(`/api/documents/${id}`)).json<DocumentView>();
    expect(renewed.can.renew).toBe(false);
  });

  it('replaces a stolen document: the old one is reported at once and listed for the border', async () => {
    const type = await createTestType(database().db);
    const personId = await createHolder(database().db);
    const old = await issue(personId, type.code);
    const replacement = await requester.post(`/api/documents/${old.id}/replace`, { officeId: world.office, reason: 'stolen', fee: { status: 'none' } });
    expect(replacement.statusCode, replacement.body).toBe(201);
    expect(replacement.json()).toMatchObject({ status: 'applied', replaces: { id: old.id, number: old.number, reason: 'stolen' } });
    expect(await verify(old.sealPayload!)).toMatchObject({ status: 'reported-stolen' });
    const listed = await database().db.select().from(lostDocuments).where(eq(lostDocuments.number, old.number!));
    expect(listed).toMatchObject([{ reason: 'stolen', active: true }]);
    const history = (await requester.get(`/api/documents/persons/${personId}`)).json<{ documents: { id: string }[] }>();
    expect(history.documents.map((d) => d.id)).toEqual([replacement.json<DocumentView>().id, old.id]);
  });

  it('lists the register by office, type, status and number, with counts per office', async () => {
    const type = await createTestType(database().db, { numberPrefix: 'RG' });
    const personId = await createHolder(database().db);
    const doc = await issue(personId, type.code);
    const list = (await requester.get(`/api/documents?type=${type.code}&status=handed-over&office=${world.office}&number=RG`)).json<{ documents: { id: string; person: { id: string } }[] }>();
    expect(list.documents).toEqual([expect.objectContaining({ id: doc.id, person: expect.objectContaining({ id: personId }) })]);
    expect((await requester.get(`/api/documents?type=${type.code}&status=revoked`)).json().documents).toEqual([]);
    const counts = (await requester.get(`/api/documents/counts?from=${doc.issuedOn}&to=${doc.issuedOn}`)).json<{ rows: { siteId: string; type: string; issued: number; handedOver: number }[] }>();
    expect(counts.rows.find((r) => r.type === type.code)).toMatchObject({ siteId: world.office, issued: 1, handedOver: 1 });
    const bad = await requester.get('/api/documents?status=lost&from=2026-13-01');
    expect(bad.statusCode).toBe(400);
  });
});
