import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { passportMrz } from './test-fixtures';

function breakCheckDigit(mrz: string): string {
  const lines = mrz.split('\n');
  const line = lines[1]!;
  const digit = Number(line[9]);
  lines[1] = `${line.slice(0, 9)}${(digit + 1) % 10}${line.slice(10)}`;
  return lines.join('\n');
}

describeOnEachEngine('people registry over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let clerk: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    clerk = await signIn(app, await tenant.user(['registration-clerk']));
  });
  afterAll(async () => {
    await app.close();
  });

  const register = async (body: Record<string, unknown>, session = clerk) => {
    const response = await session.post('/api/people', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; version: number; registrationNumber: string }>();
  };

  it('registers a person with a partial birth date and audits every read', async () => {
    const person = await register({ givenNames: 'Fatima', surname: 'Rahimi', originalName: 'فاطمه رحیمی', sex: 'F', dateOfBirth: '1995-04', nationalities: ['AFG'], languages: ['prs'], legalStatus: 'asylum-seeker' });
    expect(person.registrationNumber).toMatch(/^P-\d{4}-\d{6}$/);
    const read = await clerk.get(`/api/people/${person.id}`);
    expect(read.json()).toMatchObject({ surname: 'Rahimi', dateOfBirth: '1995-04', legalStatus: 'asylum-seeker', legalStatuses: [{ status: 'asylum-seeker' }], can: { edit: true } });
    const entries = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'person.read'), eq(auditLog.entityId, person.id)));
    expect(entries).toHaveLength(1);
  });

  it('refuses impossible dates, malformed codes and nameless persons, changing nothing', async () => {
    const bad = await clerk.post('/api/people', { givenNames: 'A', surname: 'B', dateOfBirth: '2001-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ field: 'dateOfBirth', message: '2001-02 has no day 30' }]);
    const code = await clerk.post('/api/people', { givenNames: 'A', surname: 'B', nationalities: ['Syria'] });
    expect(code.statusCode).toBe(400);
    expect(code.json().error.fields[0].field).toBe('nationalities.0');
    const nameless = await clerk.post('/api/people', { givenNames: ' ', surname: '' });
    expect(nameless.statusCode).toBe(400);
  });

  it('searches by name and date of birth by key and year: a year either side, unknown and estimated dates included', async () => {
    const exact = await register({ givenNames: 'Yusuf', surname: 'Haddadin', sex: 'M', dateOfBirth: '1987-03-14', nationalities: ['JOR'] });
    const undated = await register({ givenNames: 'Youssef', surname: 'Haddadin', sex: 'M' });
    const estimated = await register({ givenNames: 'Yousef', surname: 'Haddadin', sex: 'M', dateOfBirth: 'about 1986' });
    const tooOld = await register({ givenNames: 'Yusuf', surname: 'Haddadin', sex: 'M', dateOfBirth: '1979-01-01' });
    const ids = async (query: string) => (await clerk.get(`/api/people/search?${query}`)).json<{ results: { person: { id: string } }[] }>().results.map((r) => r.person.id);
    const found = await ids(`q=${encodeURIComponent('يوسف حدادين')}&dateOfBirth=1988`);
    expect(found).toEqual(expect.arrayContaining([exact.id, undated.id, estimated.id]));
    expect(found).not.toContain(tooOld.id);
    expect(await ids('q=Joseph%20Haddadin&dateOfBirth=1979-01-01')).toEqual(expect.arrayContaining([tooOld.id, undated.id]));
    expect(await ids('q=Joseph%20Haddadin&dateOfBirth=1979-01-01')).not.toContain(exact.id);
    expect(await ids('q=Joseph%20Haddadin&dateOfBirth=about%201980')).toEqual(expect.arrayContaining([tooOld.id, undated.id]));
  });

  it('widens to persons sharing one part of the name when a part is misspelt beyond its keys', async () => {
    const saima = await register({ givenNames: 'Saima', surname: 'Khokhar', sex: 'F', dateOfBirth: '1988-04-22', nationalities: ['PAK'] });
    const found = (await clerk.get(`/api/people/search?q=Khokhzar%20Saima&dateOfBirth=1988-04-22`)).json<{ results: { person: { id: string }; score: number }[] }>().results;
    expect(found[0]?.person.id).toBe(saima.id);
  });

  it('refuses a sensitivity label the caller is not cleared for, creating and changing nothing', async () => {
    const before = (await clerk.get('/api/people/search?q=Nasrin%20Qaderi')).json().results.length;
    const refused = await clerk.post('/api/people', { givenNames: 'Nasrin', surname: 'Qaderi', sensitivity: ['health'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.fields).toEqual([{ field: 'sensitivity', message: expect.stringContaining('health') }]);
    expect((await clerk.get('/api/people/search?q=Nasrin%20Qaderi')).json().results).toHaveLength(before);
    const person = await register({ givenNames: 'Nasrin', surname: 'Qaderi', sex: 'F' });
    const edit = await clerk.patch(`/api/people/${person.id}`, { version: person.version, sensitivity: ['health'] });
    expect(edit.statusCode).toBe(403);
    expect((await clerk.get(`/api/people/${person.id}`)).json()).toMatchObject({ sensitivity: [], version: person.version });
  });

  it('changes only the fields a PATCH names', async () => {
    const person = await register({ givenNames: 'Karim', surname: 'Nouri', sex: 'M', dateOfBirth: '1979-02-03', nationalities: ['IRQ'] });
    const edit = await clerk.patch(`/api/people/${person.id}`, { version: person.version, placeOfBirth: 'Mosul' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await clerk.get(`/api/people/${person.id}`)).json()).toMatchObject({ givenNames: 'Karim', surname: 'Nouri', sex: 'M', dateOfBirth: '1979-02-03', placeOfBirth: 'Mosul', nationalities: ['IRQ'] });
  });

  it('hides persons with a sensitivity label from users without the clearance (404, absent from search)', async () => {
    const cleared = await signIn(app, await tenant.user(['registration-clerk'], { clearances: ['trafficking'] }));
    const person = await register({ givenNames: 'Elena', surname: 'Zhuravleva', sex: 'F', sensitivity: ['trafficking'] }, cleared);
    const denied = await clerk.get(`/api/people/${person.id}`);
    expect(denied.statusCode).toBe(404);
    expect(denied.json()).toEqual((await clerk.get('/api/people/00000000-0000-4000-8000-000000000000')).json());
    expect((await clerk.get('/api/people/search?q=Zhuravleva')).json().results).toEqual([]);
    expect((await cleared.get('/api/people/search?q=Zhuravleva')).json().results).toHaveLength(1);
    expect((await cleared.get(`/api/people/${person.id}`)).statusCode).toBe(200);
  });

  it('adds a passport read from the MRZ, flags disagreements, and refuses a wrong check digit', async () => {
    const person = await register({ givenNames: 'Mohammed', surname: 'Al Hassan', sex: 'M', dateOfBirth: '1988-03-14' });
    const mrz = passportMrz();
    const read = await clerk.post('/api/people/mrz', { mrz: mrz.replace('\n', '') });
    expect(read.json()).toMatchObject({ ok: true, document: { documentNumber: 'N01234567', issuingState: 'SYR', format: 'TD3' } });
    const added = await clerk.post(`/api/people/${person.id}/documents`, { mrz, surname: 'AL HASAN' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ number: 'N01234567', kind: 'passport', expiryDate: '2030-01-31', flags: ['mismatch:surname'] });
    const broken = await clerk.post(`/api/people/${person.id}/documents`, { mrz: breakCheckDigit(mrz) });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/wrong check digit.*document number/i);
    const expired = await clerk.post(`/api/people/${person.id}/documents`, { mrz: passportMrz({ documentNumber: 'N07654321', expiryDate: '2020-05-01' }) });
    expect(expired.json().flags).toContain('expired');
    const found = await clerk.get('/api/people/search?document=N01234567');
    expect(found.json().results[0]).toMatchObject({ person: { id: person.id }, reasons: expect.arrayContaining(['same document number']) });
    const detail = (await clerk.get(`/api/people/${person.id}`)).json();
    expect(detail.documents).toHaveLength(2);
  });

  it('flags a minor without an adult link as possibly unaccompanied until an adult is linked', async () => {
    const year = new Date().getUTCFullYear();
    const child = await register({ givenNames: 'Yonas', surname: 'Tesfaye', sex: 'M', dateOfBirth: `${year - 15}`, nationalities: ['ERI'] });
    expect((await clerk.get(`/api/people/${child.id}`)).json()).toMatchObject({ minor: true, possiblyUnaccompanied: true });
    const mother = await register({ givenNames: 'Mebrat', surname: 'Tesfaye', sex: 'F', dateOfBirth: `${year - 40}` });
    const link = await clerk.post(`/api/people/${child.id}/family`, { relatedPersonId: mother.id, relation: 'parent' });
    expect(link.statusCode).toBe(201);
    const seen = (await clerk.get(`/api/people/${child.id}`)).json();
    expect(seen).toMatchObject({ possiblyUnaccompanied: false, family: [{ relation: 'parent', person: { id: mother.id } }] });
    expect((await clerk.get(`/api/people/${mother.id}`)).json().family).toMatchObject([{ relation: 'child', person: { id: child.id } }]);
    expect((await clerk.post(`/api/people/${child.id}/family`, { relatedPersonId: mother.id, relation: 'sibling' })).statusCode).toBe(409);
  });

  it('keeps an edit history and refuses an edit based on a stale version', async () => {
    const person = await register({ givenNames: 'Olha', surname: 'Kovalenko', sex: 'F', nationalities: ['UKR'] });
    const changed = await clerk.patch(`/api/people/${person.id}`, { version: person.version, surname: 'Kovalenko-Ionescu', legalStatus: 'resident' });
    expect(changed.statusCode).toBe(200);
    const stale = await clerk.patch(`/api/people/${person.id}`, { version: person.version, surname: 'Other' });
    expect(stale.statusCode).toBe(409);
    const history = (await clerk.get(`/api/people/${person.id}/history`)).json<{ action: string; changes: Record<string, unknown> }[]>();
    expect(history[0]).toMatchObject({ action: 'changed', changes: { surname: { from: 'Kovalenko', to: 'Kovalenko-Ionescu' }, legalStatus: { from: null, to: 'resident' } } });
    expect(history.at(-1)!.action).toBe('registered');
  });

  it('re-encodes uploaded photos, dropping EXIF, and refuses other files', async () => {
    const person = await register({ givenNames: 'Ahmad', surname: 'Karimi', sex: 'M' });
    const png = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#88aacc' } })
      .withMetadata({ exif: { IFD0: { Copyright: 'GPS-SECRET-LOCATION' } } })
      .jpeg()
      .toBuffer();
    const upload = (data: Buffer, filename: string, type: string) => {
      const boundary = '----crossroads-test';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
        data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return clerk.request('PUT', `/api/people/${person.id}/photo`, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    };
    const ok = await upload(png, 'photo.jpg', 'image/jpeg');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ width: 1024, height: 768 });
    const photo = await clerk.get(`/api/people/${person.id}/photo`);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.includes(Buffer.from('GPS-SECRET-LOCATION'))).toBe(false);
    expect((await sharp(photo.rawPayload).metadata()).exif).toBeUndefined();
    const text = await upload(Buffer.from('<script>alert(1)</script>'), 'photo.png', 'image/png');
    expect(text.statusCode).toBe(400);
    const gif = await upload(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer(), 'x.gif', 'image/gif');
    expect(gif.json().error.message).toBe('Photos must be JPEG or PNG, not gif');
    const huge = await upload(Buffer.alloc(6 * 1024 * 1024, 1), 'big.jpg', 'image/jpeg');
    expect(huge.statusCode).toBe(413);
  });

  // Last in the file: it moves the number series past six digits.
  it('numbers registrations in sequence, keeping every digit past 999,999', async () => {
    await database().db.execute(sql`select setval('person_number_seq', 999998)`);
    const year = new Date().getUTCFullYear();
    const first = await register({ givenNames: 'Omid', surname: 'Karimi', sex: 'M' });
    const second = await register({ givenNames: 'Omid', surname: 'Karimi', sex: 'M' });
    expect([first.registrationNumber, second.registrationNumber]).toEqual([`P-${year}-999999`, `P-${year}-1000000`]);
  });
});
