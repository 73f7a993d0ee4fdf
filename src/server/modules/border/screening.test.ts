import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { createSource, importRows } from './test-fixtures';

interface Hit {
  kind: string;
  score: number;
  matchedOn: string[];
  reasons: string[];
  action: string;
  source: { id: string; code: string } | null;
  listVersion: number | null;
  entry: { externalRef: string; version: number } | null;
  lostDocument: { number: string } | null;
}

describeOnEachEngine('screening travellers over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let officer: Session;
  let supervisor: Session;
  /** Distinct surnames per test run keep the lists of two engines' runs apart. */
  const family = `Qa${uniqueSuffix().replace(/\d/g, 'x')}`;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    officer = await signIn(app, await tenant.user(['border-officer']));
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
  });
  afterAll(async () => {
    await app.close();
  });

  const screen = async (body: Record<string, unknown>) => {
    const response = await officer.post('/api/border/screen', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ hits: Hit[]; suppressed: unknown[] }>();
  };

  it('finds a transliterated variant of a name listed in Arabic script, explained, with list, version and action', async () => {
    const source = await createSource(supervisor, { kind: 'national', threshold: 0.8 });
    await importRows(supervisor, source.id, ['AR-1,محمد عبد الرحمن الحسن,,1980,SYR,,refuse-entry,,,']);
    const result = await screen({ names: ['Mohamed Abdelrahman Al-Hassan'], dateOfBirth: '1980-05-05', nationalities: ['SYR'] });
    const hit = result.hits.find((h) => h.source?.id === source.id);
    expect(hit).toMatchObject({ kind: 'watchlist', matchedOn: ['name'], action: 'refuse-entry', listVersion: 1, entry: { externalRef: 'AR-1', version: 1 } });
    expect(hit!.score).toBeGreaterThanOrEqual(0.8);
    expect(hit!.reasons).toEqual(expect.arrayContaining(['"Mohamed" ~ "محمد" (transliteration)', '"Abdelrahman" ~ "عبد الرحمن" (compound)']));
    const other = await screen({ names: ['Mahmoud Hussein'], dateOfBirth: '1980-05-05' });
    expect(other.hits.filter((h) => h.source?.id === source.id)).toEqual([]);
    const audits = await database().db.select().from(auditLog).where(eq(auditLog.action, 'border.screen'));
    expect(audits.length).toBeGreaterThanOrEqual(2);
  });

  it('matches aliases, and applies each list its own threshold', async () => {
    const strict = await createSource(supervisor, { kind: 'sanctions', threshold: 0.99 });
    const lenient = await createSource(supervisor, { kind: 'imported', threshold: 0.75 });
    const row = `S-1,Viktor ${family}ov,Віктор ${family};Victor ${family},1970-02-03,UKR,,notify,,,`;
    await importRows(supervisor, strict.id, [row]);
    await importRows(supervisor, lenient.id, [row]);
    const result = await screen({ names: [`Wiktor ${family}ow`], dateOfBirth: '1970-02-03' });
    const sources = result.hits.map((h) => h.source?.id);
    expect(sources).toContain(lenient.id);
    expect(sources).not.toContain(strict.id);
    const alias = await screen({ names: [`Victor ${family}`] });
    expect(alias.hits.map((h) => h.source?.id)).toContain(lenient.id);
  });

  it('widens to entries sharing one part when the other is misspelt beyond its keys', async () => {
    const source = await createSource(supervisor);
    await importRows(supervisor, source.id, ['W-1,Saima Khokhar,,1988-04-22,PAK,,notify,,,']);
    // "Khokhzar" shares no key with "Khokhar": only the one-part lookup finds the entry.
    const hit = (await screen({ names: ['Khokhzar Saima'], dateOfBirth: '1988-04-22', nationalities: ['PAK'] })).hits.find((h) => h.source?.id === source.id);
    expect(hit).toMatchObject({ matchedOn: ['name'], entry: { externalRef: 'W-1' } });
    expect(hit!.reasons).toEqual(expect.arrayContaining(['date of birth: same date of birth']));
  });

  it('uses only live entries: within validity dates, not removed, of an active list', async () => {
    const source = await createSource(supervisor);
    await importRows(supervisor, source.id, [
      `V-1,Amir ${family}i,,,,,notify,2020-01-01,2021-12-31,expired`,
      `V-2,Bahram ${family}i,,,,,notify,2990-01-01,,not yet`,
      `V-3,Cyrus ${family}i,,,,,notify,,,live`,
    ]);
    const sourceIds = async (name: string) => (await screen({ names: [name] })).hits.map((h) => h.source?.id);
    expect(await sourceIds(`Amir ${family}i`)).not.toContain(source.id);
    expect(await sourceIds(`Bahram ${family}i`)).not.toContain(source.id);
    expect(await sourceIds(`Cyrus ${family}i`)).toContain(source.id);
    await importRows(supervisor, source.id, [`V-4,Darius ${family}i,,,,,notify,,,`]);
    expect(await sourceIds(`Cyrus ${family}i`)).not.toContain(source.id);
    expect(await sourceIds(`Darius ${family}i`)).toContain(source.id);
    expect((await supervisor.patch(`/api/border/watchlists/${source.id}`, { active: false })).statusCode).toBe(200);
    expect(await sourceIds(`Darius ${family}i`)).not.toContain(source.id);
  });

  it('hits exact document numbers on entries and on the lost/stolen list (number and issuing state)', async () => {
    const source = await createSource(supervisor);
    const listed = `DN${uniqueSuffix().toUpperCase()}`.slice(0, 9);
    await importRows(supervisor, source.id, [`D-1,Someone Else Entirely,,,,${listed},arrest,,,`]);
    const byDocument = await screen({ names: ['Completely Different'], document: { number: listed, issuingState: 'IRQ' } });
    expect(byDocument.hits.find((h) => h.source?.id === source.id)).toMatchObject({ score: 1, matchedOn: ['document'], action: 'arrest' });
    const lost = `LD${uniqueSuffix().toUpperCase()}`.slice(0, 9);
    const added = await supervisor.post('/api/border/lost-documents', { number: lost, issuingState: 'IRQ', reason: 'stolen' });
    expect(added.statusCode).toBe(201);
    const hit = (await screen({ names: ['Any Body'], document: { number: lost, issuingState: 'IRQ' } })).hits.find((h) => h.kind === 'lost-document');
    expect(hit).toMatchObject({ action: 'seize-document', score: 1, lostDocument: { number: lost }, reasons: [expect.stringMatching(/listed as stolen/)] });
    expect((await screen({ names: ['Any Body'], document: { number: lost, issuingState: 'SYR' } })).hits.filter((h) => h.kind === 'lost-document')).toEqual([]);
    await supervisor.post(`/api/border/lost-documents/${added.json<{ id: string }>().id}/deactivate`);
    expect((await screen({ names: ['Any Body'], document: { number: lost, issuingState: 'IRQ' } })).hits.filter((h) => h.kind === 'lost-document')).toEqual([]);
  });

  it('refuses bad screening input clearly, screening nothing', async () => {
    const screenings = async () => (await database().db.select().from(auditLog).where(eq(auditLog.action, 'border.screen'))).length;
    const before = await screenings();
    const empty = await officer.post('/api/border/screen', { names: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].field).toBe('names');
    const code = await officer.post('/api/border/screen', { names: ['A B'], nationalities: ['Syria'] });
    expect(code.json().error.fields[0].field).toBe('nationalities.0');
    const unknownPerson = await officer.post('/api/border/screen', { names: ['A B'], personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownPerson.statusCode).toBe(404);
    const badDate = await officer.post('/api/border/screen', { names: ['A B'], dateOfBirth: '1990-13' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields[0].field).toBe('dateOfBirth');
    expect(await screenings()).toBe(before);
  });
});
