import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { lostDocuments, watchlistEntries, watchlistImports, watchlistSources } from './tables';
import { createSource, importRows, uploadCsv, waitForImport, WATCHLIST_HEADER } from './test-fixtures';

describeOnEachEngine('watchlists and lost documents over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let supervisor: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
  });
  afterAll(async () => {
    await app.close();
  });

  const entriesOf = (sourceId: string) => database().db.select().from(watchlistEntries).where(eq(watchlistEntries.sourceId, sourceId));

  it('creates sources with a threshold each and refuses a taken code or an unknown kind', async () => {
    const source = await createSource(supervisor, { kind: 'sanctions', threshold: 0.9 });
    const listed = (await supervisor.get('/api/border/watchlists')).json<{ id: string; threshold: number; currentVersion: number; liveEntries: number }[]>();
    expect(listed.find((s) => s.id === source.id)).toMatchObject({ threshold: 0.9, currentVersion: 0, liveEntries: 0 });
    expect((await supervisor.post('/api/border/watchlists', { code: source.code, name: 'Again', kind: 'national' })).statusCode).toBe(409);
    const unknown = await supervisor.post('/api/border/watchlists', { code: 'other-list', name: 'Other', kind: 'rumours' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].field).toBe('kind');
  });

  it('previews an import without writing: counts, first rows and every row error', async () => {
    const source = await createSource(supervisor);
    const csv = [WATCHLIST_HEADER, 'A-1,Karim Nouri,,1979,IRQ,,notify,,,', 'A-2,,,,,,notify,,,', 'A-3,Bad Date,,1979-02-30,,,notify,,,', 'A-4,Future Valid,,,,,monitor,2026-01-01,2031-12-31,'].join('\n');
    const response = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports?dryRun=true`, csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      dryRun: true,
      rows: 2,
      wouldBecomeVersion: 1,
      changes: { added: 2, changed: 0, removed: 0, unchanged: 0 },
      errorCount: 2,
      errors: [
        { line: 3, column: 'name', message: 'The name is empty' },
        { line: 4, column: 'date_of_birth', message: '1979-02 has no day 30' },
      ],
      firstRows: [{ externalRef: 'A-1', name: 'Karim Nouri' }, { externalRef: 'A-4', validTo: '2031-12-31' }],
    });
    expect(await entriesOf(source.id)).toHaveLength(0);
    const refused = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports`, csv);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/2 row\(s\) have errors; nothing was imported/);
    expect(refused.json().error.fields).toEqual([
      { field: 'line 3, name', message: 'The name is empty' },
      { field: 'line 4, date_of_birth', message: '1979-02 has no day 30' },
    ]);
    expect(await entriesOf(source.id)).toHaveLength(0);
    const [row] = await database().db.select().from(watchlistSources).where(eq(watchlistSources.id, source.id));
    expect(row!.currentVersion).toBe(0);
  });

  it('imports versions: replace removes what the file leaves out, append keeps it; removed rows stay', async () => {
    const source = await createSource(supervisor);
    const v1 = await importRows(supervisor, source.id, ['R-1,Omar Haddad,,1975,SYR,,arrest,,,', 'R-2,Leila Haddad,,1980,SYR,,notify,,,', 'R-3,Sami Haddad,,1985,SYR,,monitor,,,']);
    expect(v1).toMatchObject({ version: 1, progress: 1 });
    const [r1] = (await entriesOf(source.id)).filter((e) => e.externalRef === 'R-1');
    const v2 = await importRows(supervisor, source.id, ['R-1,Omar Haddad,,1975,SYR,,arrest,,,', 'R-2,Leila Haddad,,1981,SYR,,notify,,,', 'R-4,Nour Haddad,,1990,SYR,,notify,,,']);
    expect(v2).toMatchObject({ version: 2, added: 1, changed: 1, removed: 1, unchanged: 1 });
    const after = await entriesOf(source.id);
    expect(after).toHaveLength(5);
    const live = after.filter((e) => e.removedInVersion === null).map((e) => `${e.externalRef}@${e.addedInVersion}`).sort();
    expect(live).toEqual(['R-1@1', 'R-2@2', 'R-4@2']);
    expect(after.find((e) => e.id === r1!.id)).toMatchObject({ addedInVersion: 1, removedInVersion: null });
    expect(after.filter((e) => e.removedInVersion === 2).map((e) => e.externalRef).sort()).toEqual(['R-2', 'R-3']);
    const v3 = await importRows(supervisor, source.id, ['R-5,Rana Haddad,,1992,SYR,,notify,,,'], 'append');
    expect(v3).toMatchObject({ version: 3, added: 1, removed: 0 });
    const listed = (await supervisor.get('/api/border/watchlists')).json<{ id: string; currentVersion: number; liveEntries: number }[]>();
    expect(listed.find((s) => s.id === source.id)).toMatchObject({ currentVersion: 3, liveEntries: 4 });
    const imports = (await supervisor.get(`/api/border/watchlists/${source.id}/imports`)).json<{ startedByName: string | null }[]>();
    expect(imports).toHaveLength(3);
    expect(imports.every((i) => i.startedByName !== null && i.startedByName.length > 0)).toBe(true);
    const audits = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'border.watchlist.import.finish'), eq(auditLog.entityId, source.id)));
    expect(audits).toHaveLength(3);
  });

  it('shows the progress of a large import and refuses a second import of the same list while one runs', async () => {
    const source = await createSource(supervisor);
    const rows = Array.from({ length: 1200 }, (_, i) => `L-${i},Person ${String.fromCharCode(65 + (i % 26))}${i} Testname,,,,,notify,,,`);
    const response = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports`, [WATCHLIST_HEADER, ...rows].join('\n'));
    expect(response.statusCode).toBe(202);
    const started = response.json<{ id: string; totalRows: number; status: string }>();
    expect(started).toMatchObject({ totalRows: 1200, status: 'running' });
    const job = await waitForImport(supervisor, started.id);
    expect(job).toMatchObject({ status: 'done', processedRows: 1200, added: 1200, progress: 1 });
    // A job left running by a process that died blocks for an hour, then is cleaned up.
    await database().db.insert(watchlistImports).values({ sourceId: source.id, version: 2, mode: 'append', status: 'running' });
    const blocked = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports?mode=append`, `${WATCHLIST_HEADER}\nX-1,Xavier Blocked,,,,,notify,,,`);
    expect(blocked.statusCode).toBe(409);
    await database().db.update(watchlistImports).set({ startedAt: new Date(Date.now() - 2 * 3_600_000) }).where(and(eq(watchlistImports.sourceId, source.id), eq(watchlistImports.status, 'running')));
    const retried = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports?mode=append`, `${WATCHLIST_HEADER}\nX-1,Xavier Blocked,,,,,notify,,,`);
    expect(retried.statusCode).toBe(202);
    expect(await waitForImport(supervisor, retried.json<{ id: string }>().id)).toMatchObject({ status: 'done', version: 2 });
  });

  it('refuses an oversize upload with 413 and a file that is not UTF-8, writing nothing', async () => {
    const source = await createSource(supervisor);
    const huge = Buffer.alloc(26 * 1024 * 1024, 'a');
    const response = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports`, huge);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/larger than 25 MB.*mode=append/) });
    const latin1 = Buffer.from(`${WATCHLIST_HEADER}\nA,Jos\xe9 P\xe9rez,,,,,notify,,,`, 'latin1');
    const notUtf8 = await uploadCsv(supervisor, `/api/border/watchlists/${source.id}/imports`, latin1);
    expect(notUtf8.statusCode).toBe(400);
    expect(notUtf8.json().error.message).toMatch(/not UTF-8/);
    expect(await entriesOf(source.id)).toHaveLength(0);
    const missing = await supervisor.request('POST', `/api/border/watchlists/${source.id}/imports`, {});
    expect(missing.statusCode).toBe(400);
  });

  it('keeps the lost/stolen documents list: add, refuse a duplicate, deactivate, list again, import a CSV', async () => {
    const added = await supervisor.post('/api/border/lost-documents', { number: 'LS 100-200', issuingState: 'SYR', reason: 'stolen' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ number: 'LS100200', issuingState: 'SYR', active: true });
    expect((await supervisor.post('/api/border/lost-documents', { number: 'LS100200', issuingState: 'SYR', reason: 'lost' })).statusCode).toBe(409);
    const id = added.json<{ id: string }>().id;
    expect((await supervisor.post(`/api/border/lost-documents/${id}/deactivate`)).json()).toMatchObject({ active: false });
    expect((await supervisor.post(`/api/border/lost-documents/${id}/deactivate`)).statusCode).toBe(409);
    expect((await supervisor.post('/api/border/lost-documents', { number: 'LS100200', issuingState: 'SYR', reason: 'lost' })).json()).toMatchObject({ id, active: true, reason: 'lost' });
    const future = await supervisor.post('/api/border/lost-documents', { number: 'LS9', issuingState: 'SYR', reason: 'lost', reportedAt: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    const csv = 'number,issuing_state,reason,reported_at,source\nLC-1,IRQ,lost,2025-01-02,Interpol\nLS100200,SYR,revoked,,\nLC-2,Iraq,lost,,\nLC-3,IRQ,burnt,,';
    const preview = await uploadCsv(supervisor, '/api/border/lost-documents/imports?dryRun=true', csv);
    expect(preview.json()).toMatchObject({ dryRun: true, rows: 2, errorCount: 2, errors: [{ line: 4, column: 'issuing_state' }, { line: 5, column: 'reason' }] });
    expect(await database().db.select().from(lostDocuments).where(eq(lostDocuments.number, 'LC1'))).toHaveLength(0);
    expect((await uploadCsv(supervisor, '/api/border/lost-documents/imports', csv)).statusCode).toBe(400);
    const good = await uploadCsv(supervisor, '/api/border/lost-documents/imports', 'number,issuing_state,reason,reported_at,source\nLC-1,IRQ,lost,2025-01-02,Interpol\nLS100200,SYR,revoked,,');
    expect(good.json()).toMatchObject({ rows: 2, added: 1, updated: 1 });
    expect((await supervisor.get('/api/border/lost-documents?number=LS100200&issuingState=SYR')).json()).toMatchObject({ document: { reason: 'revoked', active: true } });
  });
});
