/** Every list's export route: a streamed CSV or XLSX with its row count for a caller holding the list's permission; asylum applications by organisation. */
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { call, registerApplicant, today } from '../../modules/asylum/test-fixtures';

/** Query strings the lists need (a search needs something to search for, the call log a period). */
const QUERIES: Record<string, string> = {
  '/api/people/search/export': 'q=Farid',
  '/api/knowledge/calls/export': 'from=2026-01-01&to=2026-12-31',
};

describeOnEachEngine('export routes', (database) => {
  let app: FastifyInstance;
  let admin: Session;

  beforeAll(async () => {
    app = await createTestApp(database());
    const tenant = await createTenant(database().db, 'immigration-service');
    admin = await signIn(app, await tenant.user(['administrator'], { clearances: ['minor', 'health', 'trafficking'] }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers every list export with the BOM, the heading and the row count, in CSV and XLSX', async () => {
    // The indicators' downloads (reports) are tables of figures, not lists of records: they have their own tests.
    const exports = app.routeAccessTable.filter((r) => r.method === 'GET' && r.url.endsWith('/export') && !r.url.startsWith('/api/reports/'));
    expect(exports.length).toBeGreaterThanOrEqual(20);
    for (const route of exports) {
      expect('permission' in route.access && route.access.permission, `${route.url} names its list's permission`).toBeTruthy();
      const query = QUERIES[route.url] ?? '';
      if (route.url.includes('/:')) {
        // A record the caller cannot see (here: none at all) answers 404 before anything is counted or audited.
        const missing = await admin.get(`${route.url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000001')}?${query}`);
        expect(missing.statusCode, `${route.url}: ${missing.body}`).toBe(404);
        continue;
      }
      const csv = await admin.get(`${route.url}?${query}`);
      expect(csv.statusCode, `${route.url}: ${csv.body}`).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith('\uFEFF'), route.url).toBe(true);
      const rows = parse(csv.body.slice(1)) as string[][];
      expect(rows.length, route.url).toBeGreaterThanOrEqual(1);
      expect(Number(csv.headers['x-export-rows']), route.url).toBeGreaterThanOrEqual(rows.length - 1);
      const xlsx = await admin.get(`${route.url}?${query}${query ? '&' : ''}format=xlsx`);
      expect(xlsx.statusCode, route.url).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString('latin1'), `${route.url} is a zip package`).toBe('PK');
    }
  });

  it('exports the asylum applications of the caller’s organisation only, as the list does', async () => {
    const db = database().db;
    const lodging = async (type: 'immigration-service') => {
      const tenant = await createTenant(db, type);
      const site = await tenant.site('reception-centre');
      const officer = await signIn(app, await tenant.user(['asylum-officer']));
      const reader = await signIn(app, await tenant.user([await createRole(db, ['reception.read'], false)]));
      return { site, officer, reader };
    };
    const first = await lodging('immigration-service');
    const second = await lodging('immigration-service');
    for (const [office, count] of [
      [first, 3],
      [second, 1],
    ] as const) {
      for (let i = 0; i < count; i += 1) {
        await call(office.officer, 'POST', '/api/asylum/applications', { personId: await registerApplicant(db), lodgedOn: today(), siteId: office.site }, 201);
      }
    }
    for (const [office, count] of [
      [first, 3],
      [second, 1],
    ] as const) {
      const listed = await call<{ applications: { number: string }[] }>(office.reader, 'GET', '/api/asylum/applications?limit=200', undefined, 200);
      const exported = await office.reader.get('/api/asylum/applications/export');
      const numbers = (parse(exported.body.slice(1), { columns: true }) as { number: string }[]).map((r) => r.number);
      expect(numbers).toHaveLength(count);
      expect(numbers.sort()).toEqual(listed.applications.map((a) => a.number).sort());
      expect(exported.headers['x-export-rows']).toBe(String(count));
    }
  });
});
