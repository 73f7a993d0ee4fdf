/** Training over HTTP: sessions, test links taken once per phase, scoring, gain, certificates, reports, e-learning progress, access. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, uniqueSuffix, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';

interface Question {
  id: string;
  kind: string;
  options: { id: string; text: string; correct: boolean }[];
}
interface Participant {
  id: string;
  code: string;
  name: string;
}

describeOnEachEngine('training over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let coordinator: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db);
    coordinator = await signIn(app, await tenant.user(['training-coordinator']));
  });
  afterAll(async () => {
    await app.close();
  });

  const post = async <T>(session: Session, url: string, body: unknown, status = 201) => {
    const response = await session.post(url, body);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
    return response.json<T>();
  };
  const publicCall = (method: 'GET' | 'POST', url: string, payload?: unknown) => app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

  /** A course with a single, a multiple (partial credit, 3 points) and a short question; a session today. */
  async function courseAndSession(options: { capacity?: number; attendanceThreshold?: number } = {}) {
    const course = await post<{ id: string }>(coordinator, '/api/training/courses', { code: `course-${uniqueSuffix()}`, title: 'International migration law', objectives: ['Know the 1951 Convention'], passMark: 60, attendanceThreshold: options.attendanceThreshold ?? 50 });
    const single = await post<Question>(coordinator, `/api/training/courses/${course.id}/questions`, { kind: 'single', text: 'Which principle forbids return to persecution?', options: [{ text: 'Non-refoulement', correct: true }, { text: 'Reciprocity', correct: false }] });
    const multiple = await post<Question>(coordinator, `/api/training/courses/${course.id}/questions`, { kind: 'multiple', text: 'Grounds of persecution?', partialCredit: true, points: 3, options: [{ text: 'Race', correct: true }, { text: 'Religion', correct: true }, { text: 'Opinion', correct: true }, { text: 'Income', correct: false }] });
    const short = await post<Question>(coordinator, `/api/training/courses/${course.id}/questions`, { kind: 'short', text: 'One trafficking indicator?', points: 2 });
    const today = new Date().toISOString().slice(0, 10);
    const session = await post<{ id: string }>(coordinator, '/api/training/sessions', { courseId: course.id, title: 'Bucharest, spring', startDate: today, endDate: today, externalPlace: 'Hotel conference room', trainers: ['Ioana Popescu'], capacity: options.capacity ?? 10 });
    return { course, session, single, multiple, short, today };
  }
  const openWindow = () => ({ openFrom: new Date(Date.now() - 3_600_000).toISOString(), openTo: new Date(Date.now() + 3_600_000).toISOString() });

  it('lets each participant take each test once through their link, scores it, and reports the knowledge gain', async () => {
    const { session, single, multiple, short } = await courseAndSession();
    const ana = await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, { name: 'Ana Ionescu', organisationName: 'Border Police', sex: 'F' });
    const ben = await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, { name: 'Ben Adler', organisationName: 'NGO Refugee Help', sex: 'M' });
    await coordinator.request('PUT', `/api/training/sessions/${session.id}/tests/pre`, { questionIds: [single.id, multiple.id], ...openWindow() });
    await coordinator.request('PUT', `/api/training/sessions/${session.id}/tests/post`, { questionIds: [single.id, multiple.id, short.id], ...openWindow() });

    const overview = (await publicCall('GET', `/api/training/take/${ana.code}`)).json();
    expect(overview).toMatchObject({ participant: { name: 'Ana Ionescu' }, phases: [{ phase: 'pre', open: true, taken: false }, { phase: 'post', open: true, taken: false }] });
    const questions = (await publicCall('GET', `/api/training/take/${ana.code}/pre`)).json<{ questions: { id: string; options: Record<string, unknown>[] }[] }>();
    expect(questions.questions[0]!.options.every((o) => !('correct' in o))).toBe(true);
    const right = (q: Question) => q.options.filter((o) => o.correct).map((o) => o.id);
    const wrong = (q: Question) => q.options.filter((o) => !o.correct).map((o) => o.id);
    // Ana: pre 1 + 2 of 3 (partial credit) = 3/4; post all right + short scored later.
    const pre = await publicCall('POST', `/api/training/take/${ana.code}/pre`, { answers: { [single.id]: right(single)[0]!, [multiple.id]: right(multiple).slice(0, 2) } });
    expect(pre.json()).toEqual({ score: 3, maxScore: 4, percent: 75, pending: false });
    // Once per phase: a second submission of the same link is refused, and the link no longer opens that test.
    expect((await publicCall('POST', `/api/training/take/${ana.code}/pre`, { answers: {} })).statusCode).toBe(409);
    expect((await publicCall('GET', `/api/training/take/${ana.code}/pre`)).statusCode).toBe(409);
    // Ben's code opens Ben's questionnaire only; an unknown code opens nothing.
    expect((await publicCall('GET', `/api/training/take/${ben.code}/pre`)).statusCode).toBe(200);
    expect((await publicCall('GET', '/api/training/take/AAAAAAAAAA/pre')).statusCode).toBe(404);
    await publicCall('POST', `/api/training/take/${ben.code}/pre`, { answers: { [single.id]: wrong(single)[0]!, [multiple.id]: [...right(multiple).slice(0, 1), ...wrong(multiple)] } });
    const anaPost = await publicCall('POST', `/api/training/take/${ana.code}/post`, { answers: { [single.id]: right(single)[0]!, [multiple.id]: right(multiple), [short.id]: 'Withheld documents' } });
    expect(anaPost.json()).toMatchObject({ score: 4, maxScore: 6, pending: true });
    // Ben sat the post-test on paper.
    await post(coordinator, `/api/training/sessions/${session.id}/tests/post/paper`, { participantId: ben.id, answers: { [single.id]: right(single)[0]!, [multiple.id]: right(multiple).slice(0, 2), [short.id]: 'Debt bondage' } });

    let gain = (await coordinator.get(`/api/training/sessions/${session.id}/gain`)).json<{ summary: { count: number } }>();
    expect(gain.summary.count).toBe(0);
    const detail = (await coordinator.get(`/api/training/sessions/${session.id}`)).json<{ participants: { id: string; post: { attemptId: string } | null }[] }>();
    for (const p of detail.participants) {
      const scored = await coordinator.request('PUT', `/api/training/attempts/${p.post!.attemptId}/scores`, { scores: { [short.id]: 2 } });
      expect(scored.json()).toMatchObject({ pending: false });
    }
    gain = (await coordinator.get(`/api/training/sessions/${session.id}/gain`)).json();
    // Ana 75 → 100, Ben 0 → 83.3 (1 + 2 + 2 of 6).
    expect(gain).toMatchObject({ summary: { count: 2, meanPre: 37.5, meanPost: 91.7, meanGain: 54.2, improvedShare: 1 } });
  });

  it('issues a certificate only to a participant who attended enough and passed, verifiable on the public page', async () => {
    const { session, single, today } = await courseAndSession({ attendanceThreshold: 100 });
    const [passer, absent, failer] = [
      await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, { name: 'Maria Passer', organisationName: 'Police', sex: 'F' }),
      await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, { name: 'Ion Absent', organisationName: 'Police', sex: 'M' }),
      await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, { name: 'Dan Failer', organisationName: 'Police', sex: 'M' }),
    ];
    await coordinator.request('PUT', `/api/training/sessions/${session.id}/tests/post`, { questionIds: [single.id], ...openWindow() });
    const right = single.options.find((o) => o.correct)!.id;
    const wrong = single.options.find((o) => !o.correct)!.id;
    await publicCall('POST', `/api/training/take/${passer.code}/post`, { answers: { [single.id]: right } });
    await publicCall('POST', `/api/training/take/${absent.code}/post`, { answers: { [single.id]: right } });
    await publicCall('POST', `/api/training/take/${failer.code}/post`, { answers: { [single.id]: wrong } });
    await coordinator.request('PUT', `/api/training/sessions/${session.id}/attendance`, { day: today, present: { [passer.id]: true, [absent.id]: false, [failer.id]: true } });
    expect((await coordinator.request('PUT', `/api/training/sessions/${session.id}/attendance`, { day: '1999-01-01', present: {} })).statusCode).toBe(400);

    const refusedAbsent = await coordinator.post(`/api/training/participants/${absent.id}/certificate`);
    expect(refusedAbsent.statusCode).toBe(422);
    expect(refusedAbsent.json().error.message).toMatch(/attended 0 % of the session, below the 100 %/);
    const refusedFailer = await coordinator.post(`/api/training/participants/${failer.id}/certificate`);
    expect(refusedFailer.json().error.message).toMatch(/below the pass mark of 60 %/);
    const certificate = await post<{ code: string }>(coordinator, `/api/training/participants/${passer.id}/certificate`, {}, 200);
    expect(certificate.code).toMatch(/^[A-Z2-9]{10}$/);
    const pdf = await coordinator.get(`/api/training/participants/${passer.id}/certificate.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await publicCall('GET', `/api/training/certificates/${certificate.code}`)).json()).toMatchObject({ valid: true, participant: 'Maria Passer', course: 'International migration law' });
    expect((await publicCall('GET', '/api/training/certificates/ZZZZZZZZZZ')).json()).toEqual({ valid: false });
  });

  it('counts people trained by organisation, course, month and sex, totals equal to the underlying participants', async () => {
    const { session, today } = await courseAndSession();
    const people = [
      { name: 'A One', organisationName: 'Org A', sex: 'F' },
      { name: 'A Two', organisationName: 'Org A', sex: 'F' },
      { name: 'B One', organisationName: 'Org B', sex: 'M' },
      { name: 'B Absent', organisationName: 'Org B', sex: 'M' },
    ];
    const enrolled = [];
    for (const person of people) {
      enrolled.push(await post<Participant>(coordinator, `/api/training/sessions/${session.id}/participants`, person));
    }
    await coordinator.request('PUT', `/api/training/sessions/${session.id}/attendance`, { day: today, present: Object.fromEntries(enrolled.map((p, i) => [p.id, i < 3])) });
    const report = (await coordinator.get(`/api/training/reports/trained?from=${today}&to=${today}`)).json<{ rows: { organisation: string; sex: string; trained: number; course: string }[]; totals: { trained: number } }>();
    const mine = report.rows.filter((r) => r.organisation === 'Org A' || r.organisation === 'Org B');
    expect(mine).toEqual([expect.objectContaining({ organisation: 'Org A', sex: 'F', trained: 2 }), expect.objectContaining({ organisation: 'Org B', sex: 'M', trained: 1 })]);
    expect(report.totals.trained).toBe(report.rows.reduce((s, r) => s + r.trained, 0));
    const csv = await coordinator.get(`/api/training/reports/trained.csv?from=${today}&to=${today}`);
    expect(csv.body).toContain('Org A');
    const xlsx = await coordinator.get(`/api/training/reports/trained.xlsx?from=${today}&to=${today}`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('enforces capacity and the prerequisite module, and keeps a learner’s place in a module', async () => {
    const module = await post<{ id: string }>(coordinator, '/api/training/modules', { code: `module-${uniqueSuffix()}`, title: 'Stress, burnout and coping', passMark: 50 });
    const one = await post<{ id: string }>(coordinator, `/api/training/modules/${module.id}/lessons`, { kind: 'lesson', position: 1, title: 'Signs of stress', body: 'Sleep, mood, **energy**.' });
    const two = await post<{ id: string }>(coordinator, `/api/training/modules/${module.id}/lessons`, { kind: 'lesson', position: 2, title: 'Coping', body: 'Breaks and peer support.' });
    const quiz = await post<{ id: string; questions: { id: string; options: { id: string; correct: boolean }[] }[] }>(coordinator, `/api/training/modules/${module.id}/lessons`, {
      kind: 'quiz',
      position: 3,
      title: 'Quiz',
      questions: [{ kind: 'single', text: 'Is peer support a coping strategy?', options: [{ text: 'Yes', correct: true }, { text: 'No', correct: false }] }],
    });
    const learnerUser = await tenant.user([]);
    const learner = await signIn(app, learnerUser);
    await learner.post(`/api/training/modules/${module.id}/lessons/${one.id}/done`, {});
    await learner.post(`/api/training/modules/${module.id}/lessons/${two.id}/open`, {});
    // Coming back: the module opens where the learner stopped.
    expect((await learner.get(`/api/training/modules/${module.id}`)).json()).toMatchObject({ progress: { lastLessonId: two.id, doneLessonIds: [one.id], completedAt: null } });
    const questionId = quiz.questions[0]!.id;
    const failed = (await learner.post(`/api/training/modules/${module.id}/lessons/${quiz.id}/done`, { answers: { [questionId]: quiz.questions[0]!.options.find((o) => !o.correct)!.id } })).json();
    expect(failed).toMatchObject({ quiz: { percent: 0, passed: false }, done: false });

    const today = new Date().toISOString().slice(0, 10);
    const course = await post<{ id: string }>(coordinator, '/api/training/courses', { code: `course-${uniqueSuffix()}`, title: 'Counselling skills' });
    const session = await post<{ id: string }>(coordinator, '/api/training/sessions', { courseId: course.id, title: 'Cluj', startDate: today, endDate: today, externalPlace: 'Cluj', capacity: 1, prerequisiteModuleId: module.id });
    const refused = await coordinator.post(`/api/training/sessions/${session.id}/participants`, { userId: learnerUser.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/has not completed the e-learning module "Stress, burnout and coping"/);

    await learner.post(`/api/training/modules/${module.id}/lessons/${two.id}/done`, {});
    const passed = (await learner.post(`/api/training/modules/${module.id}/lessons/${quiz.id}/done`, { answers: { [questionId]: quiz.questions[0]!.options.find((o) => o.correct)!.id } })).json();
    expect(passed).toMatchObject({ quiz: { percent: 100, passed: true }, completedAt: expect.any(String) });
    const completion = (await coordinator.get(`/api/training/modules/${module.id}/completion`)).json<{ learners: { userId: string; completedAt: string | null }[] }>();
    expect(completion.learners).toEqual([expect.objectContaining({ userId: learnerUser.id, completedAt: expect.any(String) })]);

    await post(coordinator, `/api/training/sessions/${session.id}/participants`, { userId: learnerUser.id });
    const full = await coordinator.post(`/api/training/sessions/${session.id}/participants`, { name: 'Late Comer', organisationName: 'NGO X', sex: 'U' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/full/);
  });

  it('refuses every training route without the permission (403) and anonymously (401)', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/training/', permissionPrefix: '', minimum: 15, fill: (p) => (p === 'phase' ? 'pre' : '00000000-0000-4000-8000-000000000001') });
  });
});
