/** Document, call-centre, training and access indicators equal direct counts over their source rows. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { createDocumentsWorld, createHolder, createTestType } from '../documents/test-fixtures';
import { createTestCategory } from '../knowledge/test-fixtures';
import { administrator, bucharestDay, dayEnd, dayStart, direct, indicator, rowsBy } from './test-fixtures';

describeOnEachEngine('document, call-centre, training and access indicators', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let admin: Session;
  const today = bucharestDay();
  const period = `from=${bucharestDay(-6)}&to=${today}`;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    admin = await signIn(app, await administrator(tenant));
  });
  afterAll(async () => {
    await app.close();
  });

  const ok = async <T>(session: Session, method: 'POST' | 'PUT' | 'GET', url: string, body?: unknown, status = method === 'POST' ? 201 : 200) => {
    const response = await session.request(method, url, body);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
    return response.json<T>();
  };

  it('counts documents issued per office and type, not those only applied for', async () => {
    const db = database().db;
    const world = await createDocumentsWorld(db);
    const [requester, approver] = [await signIn(app, world.requester), await signIn(app, world.approver)];
    const [card, travel] = [await createTestType(db), await createTestType(db)];
    const apply = async (type: string) => ok<{ id: string }>(requester, 'POST', '/api/documents/applications', { personId: await createHolder(db), type, officeId: world.office, fee: { status: 'none' } });
    for (const type of [card.code, card.code, travel.code]) {
      await ok(approver, 'POST', `/api/documents/${(await apply(type)).id}/approve`, {}, 200);
    }
    await apply(travel.code);
    const counted = await direct<{ site_id: string; type_code: string; n: number }>(
      db,
      sql`select d.site_id, d.type_code, count(*)::int as n from issued_documents d where d.issued_on between ${bucharestDay(-6)}::date and ${today}::date group by 1, 2`,
    );
    const view = await indicator(admin, 'documents.issued-by-office', period);
    expect(view.rows).toHaveLength(counted.length);
    for (const row of counted) {
      expect(view.rows.find((r) => r.refs?.siteId === row.site_id && r.values.type === row.type_code)!.values.issued).toBe(row.n);
    }
    const office = rowsBy(await indicator(admin, 'documents.issued-by-office', `${period}&siteId=${world.office}`), 'type');
    expect(office.get(card.code)).toMatchObject({ issued: 2, typeName: card.nameEn });
    expect(office.get(travel.code)).toMatchObject({ issued: 1 });
  });

  it('counts FAQ searches by language and calls by topic and language, as the search and call logs do', async () => {
    const db = database().db;
    const agent = await signIn(app, await tenant.user(['call-centre-agent']));
    for (const [q, lang] of [
      ['asylum', 'en'],
      ['zqxwv', 'en'],
      ['azil', 'ro'],
    ]) {
      await ok(agent, 'GET', `/api/knowledge/search?q=${q}&lang=${lang}`);
    }
    const topicName = `Work permits ${uniqueSuffix()}`;
    const category = await createTestCategory(db, { en: topicName });
    const call = (language: string, escalated: boolean, categoryId: string | null = category.id) =>
      ok(agent, 'POST', '/api/knowledge/calls', { startedAt: new Date(Date.now() - 600_000).toISOString(), durationSeconds: 120, callerLanguage: language, categoryId, outcome: escalated ? 'escalated' : 'resolved', ...(escalated ? { escalatedTo: tenant.organisationId } : {}) });
    await call('ro', false);
    await call('ro', true);
    await call('en', false);
    await call('en', false, null);

    const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${dayStart(bucharestDay(-6))} and ${sql.raw(column)} < ${dayEnd(today)}`;
    const searches = await direct<{ language: string; n: number; empty: number }>(db, sql`select language, count(*)::int as n, count(*) filter (where results = 0)::int as empty from knowledge_searches where ${inPeriod('at')} group by 1`);
    const searchView = rowsBy(await indicator(admin, 'knowledge.searches', period), 'language');
    expect(searchView.size).toBe(searches.length);
    for (const row of searches) {
      expect(searchView.get(row.language)).toMatchObject({ searches: row.n, noResults: row.empty });
    }
    // Nothing is published in this database about "zqxwv": at least that search found nothing.
    expect(searchView.get('en')!.searches).toBe(2);
    expect(searchView.get('en')!.noResults).toBeGreaterThanOrEqual(1);

    const calls = await direct<{ category_id: string | null; language: string; n: number; escalated: number }>(
      db,
      sql`select category_id, caller_language as language, count(*)::int as n, count(*) filter (where outcome = 'escalated')::int as escalated from knowledge_calls where ${inPeriod('started_at')} group by 1, 2`,
    );
    const callView = await indicator(admin, 'knowledge.calls', period);
    expect(callView.personal).toBe(false);
    expect(callView.rows).toHaveLength(calls.length);
    const named = rowsBy(callView, 'language', 'topic');
    for (const row of calls) {
      expect(named.get(`${row.language}|${row.category_id === category.id ? topicName : null}`)).toMatchObject({ calls: row.n, escalated: row.escalated });
    }
    expect(named.get(`ro|${topicName}`)).toMatchObject({ calls: 2, escalated: 1 });
    expect(named.get('en|null')).toMatchObject({ calls: 1, escalated: 0 });
  });

  it('counts people trained as participants of sessions starting in the period whose attendance reached the threshold', async () => {
    const db = database().db;
    const coordinator = await signIn(app, await tenant.user(['training-coordinator']));
    const police = await createTenant(db, 'police');
    const title = `Migration law ${uniqueSuffix()}`;
    const course = await ok<{ id: string }>(coordinator, 'POST', '/api/training/courses', { code: `law-${uniqueSuffix()}`, title, attendanceThreshold: 50 });
    const session = async (start: string, end: string) => ok<{ id: string }>(coordinator, 'POST', '/api/training/sessions', { courseId: course.id, title: 'Spring session', startDate: start, endDate: end, externalPlace: 'Academy', capacity: 20 });
    const [first, second] = [bucharestDay(-3), bucharestDay(-2)];
    const inPeriod = await session(first, second);
    const before = await session(bucharestDay(-40), bucharestDay(-39));
    const enrol = async (sessionId: string, body: unknown) => ok<{ id: string }>(coordinator, 'POST', `/api/training/sessions/${sessionId}/participants`, body);
    const officer = await enrol(inPeriod.id, { userId: (await police.user([])).id });
    const half = await enrol(inPeriod.id, { name: 'Dana Pop', organisationName: 'NGO Refugee Help', sex: 'F' });
    const absent = await enrol(inPeriod.id, { name: 'Ion Rus', organisationName: 'NGO Refugee Help', sex: 'M' });
    const earlier = await enrol(before.id, { name: 'Eva Lungu', organisationName: 'NGO Refugee Help', sex: 'F' });
    await ok(coordinator, 'PUT', `/api/training/sessions/${inPeriod.id}/attendance`, { day: first, present: { [officer.id]: true, [half.id]: true, [absent.id]: false } });
    await ok(coordinator, 'PUT', `/api/training/sessions/${inPeriod.id}/attendance`, { day: second, present: { [officer.id]: true, [half.id]: false, [absent.id]: false } });
    await ok(coordinator, 'PUT', `/api/training/sessions/${before.id}/attendance`, { day: bucharestDay(-40), present: { [earlier.id]: true } });

    const counted = await direct<{ organisation: string; course: string; n: number }>(
      db,
      sql`select p.organisation_name as organisation, c.title as course, count(*)::int as n
          from training_participants p join training_sessions s on s.id = p.session_id join training_courses c on c.id = s.course_id
          where s.start_date between ${bucharestDay(-6)}::date and ${today}::date
            and 100.0 * (select count(*) from training_attendance a where a.participant_id = p.id and a.present) / (s.end_date - s.start_date + 1) >= c.attendance_threshold
          group by 1, 2`,
    );
    const view = rowsBy(await indicator(admin, 'training.people-trained', period), 'organisation', 'course');
    expect(view.size).toBe(counted.length);
    for (const row of counted) {
      expect(view.get(`${row.organisation}|${row.course}`)!.trained).toBe(row.n);
    }
    // The officer (2 of 2 days) and Dana (1 of 2, the course asks 50 %) were trained; Ion was absent; Eva's session began before the period.
    expect([...view.values()].filter((v) => v.course === title).reduce((sum, v) => sum + Number(v.trained), 0)).toBe(2);
    // The organisation filter keeps the participants of that organisation.
    const ofPolice = await indicator(admin, 'training.people-trained', `${period}&organisationId=${police.organisationId}`);
    expect(ofPolice.rows.map((r) => r.values.trained)).toEqual([1]);
  });

  it('counts organisations with active users or valid API keys at the end of the period', async () => {
    const db = database().db;
    const partner = await createTenant(db, 'international-organisation');
    const keyed = await createTenant(db, 'other-ministry');
    await partner.user([]);
    await partner.user([]);
    await ok(admin, 'POST', '/api/admin/api-keys', { organisationId: keyed.organisationId, name: 'Lookup', scopes: ['documents:verify'], expiresInDays: 30 });
    await createTenant(db, 'police');
    const end = new Date();
    const counted = await direct<{ id: string; users: number; keys: number }>(
      db,
      sql`select o.id,
                 (select count(*)::int from users u where u.organisation_id = o.id and u.status = 'active' and u.created_at < ${end.toISOString()}::timestamptz) as users,
                 (select count(*)::int from api_keys k where k.organisation_id = o.id and k.created_at < ${end.toISOString()}::timestamptz and k.expires_at > ${end.toISOString()}::timestamptz and (k.revoked_at is null or k.revoked_at > ${end.toISOString()}::timestamptz)) as keys
          from organisations o where o.active`,
    );
    const view = await indicator(admin, 'admin.organisations-with-access', period);
    const withAccess = counted.filter((c) => c.users > 0 || c.keys > 0);
    expect(view.rows.map((r) => r.refs?.organisationId).sort()).toEqual(withAccess.map((c) => c.id).sort());
    for (const row of withAccess) {
      expect(view.rows.find((r) => r.refs?.organisationId === row.id)!.values).toMatchObject({ users: row.users, apiKeys: row.keys });
    }
    expect(view.rows.find((r) => r.refs?.organisationId === partner.organisationId)!.values).toMatchObject({ users: 2, apiKeys: 0 });
    expect(view.rows.find((r) => r.refs?.organisationId === keyed.organisationId)!.values).toMatchObject({ users: 0, apiKeys: 1 });
  });
});
