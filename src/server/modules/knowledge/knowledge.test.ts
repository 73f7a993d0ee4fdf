/** The knowledge base over HTTP: workflow rules, what the public may see, search, feedback, calls, analytics, notices. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { localDay } from '../border/travel-days';
import { createTestCategory, publishTestArticle } from './test-fixtures';

interface ArticleView {
  id: string;
  versions: { number: number; status: string; translations: Record<string, { question: string }> }[];
  can: Record<string, boolean>;
}

describeOnEachEngine('knowledge base over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let agent: Session;
  let editor: Session;
  let otherEditor: Session;
  let category: { id: string };
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    agent = await signIn(app, await tenant.user(['call-centre-agent']));
    editor = await signIn(app, await tenant.user(['knowledge-editor']));
    otherEditor = await signIn(app, await tenant.user(['knowledge-editor']));
    category = await createTestCategory(database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const publicGet = (url: string) => app.inject({ method: 'GET', url });
  const search = async (q: string, lang: string, extra = '') => {
    const response = await publicGet(`/api/knowledge/public/search?q=${encodeURIComponent(q)}&lang=${lang}${extra}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: { articleId: string; question: string; questionHighlights: [number, number][]; snippet: string; language: string }[]; total: number }>();
  };

  it('takes an article from draft through review to published, keeping the live version while a revision is written', async () => {
    const key = `work-permit-${Date.now()}`;
    const created = await agent.post('/api/knowledge/articles', {
      key,
      categoryId: category.id,
      translations: { en: { question: 'Do I need a work permit?', answer: 'Your employer applies for the **work permit** (aviz de muncă) at the IGI.' }, ro: { question: 'Am nevoie de aviz de muncă?', answer: 'Angajatorul solicită **avizul de muncă** la IGI.' } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<ArticleView>().id;
    // A draft is never public.
    expect((await publicGet(`/api/knowledge/public/articles/${key}?lang=en`)).statusCode).toBe(404);
    expect((await search('work permit', 'en')).results.map((r) => r.articleId)).not.toContain(id);
    // Agents write and submit; they cannot publish.
    expect((await agent.post(`/api/knowledge/articles/${id}/submit`)).json<ArticleView>().versions[0]!.status).toBe('in-review');
    expect((await agent.post(`/api/knowledge/articles/${id}/review`, { decision: 'publish' })).statusCode).toBe(403);
    // In review, the draft is locked.
    expect((await agent.request('PUT', `/api/knowledge/articles/${id}/draft`, { categoryId: category.id, translations: { en: { question: 'Changed question?', answer: 'A changed answer here.' } } })).statusCode).toBe(409);
    // Returned with a note, then submitted again by an editor, who then may not publish it themselves.
    expect((await editor.post(`/api/knowledge/articles/${id}/review`, { decision: 'return' })).statusCode).toBe(400);
    expect((await editor.post(`/api/knowledge/articles/${id}/review`, { decision: 'return', note: 'Add the Arabic translation' })).json<ArticleView>().versions[0]!.status).toBe('draft');
    await editor.post(`/api/knowledge/articles/${id}/submit`);
    const own = await editor.post(`/api/knowledge/articles/${id}/review`, { decision: 'publish' });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/another reviewer must publish/);
    const published = await otherEditor.post(`/api/knowledge/articles/${id}/review`, { decision: 'publish' });
    expect(published.json<ArticleView>().versions[0]!.status).toBe('published');
    expect((await publicGet(`/api/knowledge/public/articles/${key}?lang=en`)).json()).toMatchObject({ question: 'Do I need a work permit?', fallbackUsed: false });

    // A revision: the published version stays live until the new one is published.
    const revision = (await agent.post(`/api/knowledge/articles/${id}/revise`)).json<ArticleView>();
    expect(revision.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    await agent.request('PUT', `/api/knowledge/articles/${id}/draft`, { categoryId: category.id, translations: { en: { question: 'Do I need a work permit to work in Romania?', answer: 'Usually yes: your employer applies for it.' } } });
    expect((await publicGet(`/api/knowledge/public/articles/${key}?lang=en`)).json()).toMatchObject({ question: 'Do I need a work permit?' });
    await agent.post(`/api/knowledge/articles/${id}/submit`);
    await editor.post(`/api/knowledge/articles/${id}/review`, { decision: 'publish' });
    expect((await publicGet(`/api/knowledge/public/articles/${key}?lang=en`)).json()).toMatchObject({ question: 'Do I need a work permit to work in Romania?' });
    const history = (await editor.get(`/api/knowledge/articles/${id}`)).json<ArticleView>();
    expect(history.versions.map((v) => v.status)).toEqual(['published', 'superseded']);

    // Archived: gone from the public pages and from search.
    await editor.post(`/api/knowledge/articles/${id}/archive`, { reason: 'Rules changed' });
    expect((await publicGet(`/api/knowledge/public/articles/${key}?lang=en`)).statusCode).toBe(404);
    expect((await search('work permit romania', 'en')).results.map((r) => r.articleId)).not.toContain(id);
  });

  it('answers in the reader’s language, or in the fallback with a notice, and marks untranslated languages', async () => {
    const id = await publishTestArticle(database().db, category.id, { en: { question: 'Where do I lodge an asylum application?', answer: 'At any IGI office or at the border police.' } });
    const article = (await publicGet(`/api/knowledge/public/articles/${id}?lang=ar&fallback=en`)).json();
    expect(article).toMatchObject({ language: 'en', requestedLanguage: 'ar', fallbackUsed: true, availableLanguages: ['en'] });
    const list = (await editor.get('/api/knowledge/articles?missing=ar')).json<{ articles: { id: string; translations: Record<string, string> }[] }>();
    expect(list.articles.find((a) => a.id === id)?.translations).toMatchObject({ en: 'published', ar: 'missing', ro: 'missing' });
    expect((await publicGet('/api/knowledge/public/articles/x?lang=xx')).statusCode).toBe(400);
  });

  it('finds articles despite typos, missing diacritics, prefixes and other scripts, highlighting the words', async () => {
    const ro = await publishTestArticle(database().db, category.id, { ro: { question: 'Cum obțin permisul de ședere?', answer: 'Depuneți cererea pentru **permisul de ședere** la IGI, înainte să expire viza.' } });
    const ar = await publishTestArticle(database().db, category.id, { ar: { question: 'كيف أحصل على تصريح الإقامة؟', answer: 'قدّم طلب تصريح الإقامة في مكتب المفتشية العامة للهجرة.' } });
    const uk = await publishTestArticle(database().db, category.id, { uk: { question: 'Як отримати притулок?', answer: 'Заяву про притулок можна подати в будь-якому офісі.' } });
    expect((await search('sedere', 'ro')).results[0]).toMatchObject({ articleId: ro, questionHighlights: [[22, 28]] });
    expect((await search('şedere', 'ro')).results[0]?.articleId).toBe(ro);
    expect((await search('permsul', 'ro')).results[0]?.articleId).toBe(ro);
    expect((await search('perm', 'ro', '&typing=1')).results[0]?.articleId).toBe(ro);
    expect((await search('تصريح الاقامة', 'ar')).results[0]?.articleId).toBe(ar);
    expect((await search('tasrih', 'ar')).results[0]?.articleId).toBe(ar);
    expect((await search('prytulok', 'uk')).results[0]?.articleId).toBe(uk);
    const everywhere = await search('permisul', 'en', '&all=1');
    expect(everywhere.results[0]).toMatchObject({ articleId: ro, language: 'ro' });
    // A category filter keeps only that category's articles.
    const other = await createTestCategory(database().db, { en: 'Health' });
    expect((await search('sedere', 'ro', `&category=${other.id}`)).results).toEqual([]);
    // Bad input is refused with the field named.
    const bad = await publicGet(`/api/knowledge/public/search?q=${'x'.repeat(300)}&lang=ro`);
    expect(bad.statusCode).toBe(400);
  });

  it('records feedback, finished searches (not keystrokes) and calls, and reports them with CSV', async () => {
    const id = await publishTestArticle(database().db, category.id, { en: { question: 'How do I replace a lost document?', answer: 'Report the loss to the police, then apply for a replacement.' } });
    const feedback = await app.inject({ method: 'POST', url: `/api/knowledge/public/articles/${id}/feedback`, payload: { language: 'en', helpful: true } });
    expect(feedback.statusCode).toBe(200);
    const missing = `zzqx${Date.now()}`;
    await search(missing, 'en');
    await search('lost docu', 'en', '&typing=1');
    // Analytics count the call centre's days (Bucharest), which differ from UTC's around midnight.
    const today = localDay(new Date());
    const analytics = (await editor.get(`/api/knowledge/analytics/searches?from=${today}&to=${today}`)).json<{ noResults: { query: string }[]; top: { query: string }[] }>();
    expect(analytics.noResults.map((r) => r.query)).toContain(missing);
    expect(analytics.top.map((r) => r.query)).not.toContain('lost docu');
    const helpfulness = (await editor.get(`/api/knowledge/analytics/helpfulness?from=${today}&to=${today}`)).json<{ rows: { articleId: string; helpful: number }[] }>();
    expect(helpfulness.rows.find((r) => r.articleId === id)).toMatchObject({ helpful: 1 });

    const call = await agent.post('/api/knowledge/calls', { startedAt: new Date(Date.now() - 300_000).toISOString(), durationSeconds: 240, callerLanguage: 'fa-AF', categoryId: category.id, articleIds: [id], outcome: 'escalated', escalatedTo: tenant.organisationId });
    expect(call.statusCode, call.body).toBe(201);
    const refused = await agent.post('/api/knowledge/calls', { startedAt: new Date().toISOString(), durationSeconds: 60, callerLanguage: 'fa-AF', outcome: 'escalated' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([expect.objectContaining({ field: 'escalatedTo' })]);
    const calls = (await editor.get(`/api/knowledge/analytics/calls?from=${today}&to=${today}`)).json<{ rows: { language: string; outcome: string; calls: number; topic: string }[] }>();
    expect(calls.rows).toContainEqual(expect.objectContaining({ language: 'fa-AF', outcome: 'escalated', calls: 1, topic: 'Asylum procedure' }));
    const csv = await editor.get(`/api/knowledge/analytics/no-results/csv?from=${today}&to=${today}`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain(missing);
  });

  it('shows a centre’s published notices on its own kiosk only', async () => {
    const centre = await tenant.site('reception-centre');
    const elsewhere = await tenant.site('reception-centre');
    const clerk = await signIn(app, await tenant.user(['registration-clerk'], { siteIds: [centre] }));
    const created = await clerk.post(`/api/knowledge/centres/${centre}/notices`, { kind: 'opening-hours', translations: { en: { title: 'Canteen hours', body: 'Breakfast 7–9, lunch 12–14.' } }, validFrom: '2026-01-01' });
    expect(created.statusCode, created.body).toBe(201);
    const code = async (siteId: string) => (await clerk.get(`/api/knowledge/centres/${siteId}/notices`)).json<{ centre: { code: string } }>().centre.code;
    const [here, there] = [await code(centre), await code(elsewhere)];
    expect((await publicGet(`/api/knowledge/public/kiosk/${here}/notices?lang=en`)).json().notices).toEqual([]);
    const id = created.json<{ id: string }>().id;
    await clerk.request('PUT', `/api/knowledge/notices/${id}`, { kind: 'opening-hours', translations: { en: { title: 'Canteen hours', body: 'Breakfast 7–9, lunch 12–14.' } }, validFrom: '2026-01-01', status: 'published' });
    expect((await publicGet(`/api/knowledge/public/kiosk/${here}/notices?lang=ar`)).json().notices).toEqual([expect.objectContaining({ title: 'Canteen hours', fallbackUsed: true })]);
    expect((await publicGet(`/api/knowledge/public/kiosk/${there}/notices?lang=en`)).json().notices).toEqual([]);
  });

  it('refuses every signed-in knowledge route without the permission (403) and anonymously (401)', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/knowledge/', permissionPrefix: '', minimum: 20, fill: (p) => (p === 'code' ? 'ro' : p === 'report' ? 'calls' : '00000000-0000-4000-8000-000000000001') });
  });
});
