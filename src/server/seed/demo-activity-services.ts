/**
 * The demo history of the call centre and the training centre: FAQ searches from the public pages, the
 * kiosks and the agents, calls logged by the demo agent (the article found for each caller, some calls
 * escalated), and a finished session of the demo course with attendance and paper pre- and post-tests.
 * Written through the knowledge and training services, each at the moment it happened.
 */
import type { Ctx } from '../platform/context';
import { organisations } from '../platform/auth/tables';
import { activeLanguageCodes, listCategories } from '../modules/knowledge/catalogue';
import { logCall } from '../modules/knowledge/calls';
import type { Channel } from '../modules/knowledge/reference';
import { searchArticles } from '../modules/knowledge/search-service';
import { getCourse, listCourses } from '../modules/training/courses';
import { createSession, enrol, recordAttendance } from '../modules/training/sessions';
import { enterPaperTest, setTest } from '../modules/training/tests';
import type { Answer } from '../modules/training/tables';
import { atMoment, between, demoSites, demoUser, type DemoCalendar, type Rng } from './demo-activity';

/** What callers and readers ask about: a category of the demo FAQ and the words they use, per language. */
const TOPICS: { category: string; weight: number; words: Record<string, string[]> }[] = [
  { category: 'asylum-lodging', weight: 5, words: { en: ['apply for asylum', 'asylum application'], ro: ['cerere de azil', 'azil'], ar: ['طلب اللجوء', 'اللجوء'], 'fa-AF': ['پناهندگی'], ps: ['پناه'], uk: ['притулок'], fr: ["demande d'asile"] } },
  { category: 'asylum-interview', weight: 2, words: { en: ['asylum interview', 'interpreter'], ro: ['interviu azil'], ar: ['مقابلة اللجوء'] } },
  { category: 'residence-temporary-protection', weight: 4, words: { en: ['temporary protection'], ro: ['protecție temporară'], uk: ['тимчасовий захист'], ru: ['временная защита'] } },
  { category: 'work-permit', weight: 3, words: { en: ['work permit'], ro: ['permis de muncă', 'aviz de muncă'], ar: ['تصريح عمل'], uk: ['дозвіл на роботу'], ur: ['کام کی اجازت'] } },
  { category: 'health-insurance', weight: 2, words: { en: ['health insurance', 'family doctor'], ro: ['asigurare de sănătate', 'medic de familie'], uk: ['медичне страхування'] } },
  { category: 'education-school', weight: 2, words: { en: ['school enrolment'], ro: ['înscriere la școală'], ar: ['تسجيل في المدرسة'], uk: ['школа'] } },
  { category: 'documents-lost', weight: 2, words: { en: ['lost passport', 'lost document'], ro: ['pașaport pierdut'], ar: ['جواز سفر مفقود'] } },
  { category: 'return-assisted', weight: 2, words: { en: ['voluntary return'], ro: ['întoarcere voluntară'], 'fa-AF': ['بازگشت داوطلبانه'], ar: ['العودة الطوعية'] } },
  { category: 'trafficking-assistance', weight: 1, words: { en: ['trafficking help'], ro: ['trafic de persoane'], uk: ['торгівля людьми'] } },
];
/** Searches that find nothing in the FAQ (they show in the analytics as gaps to fill). */
const UNANSWERED: Record<string, string[]> = { en: ['bus ticket timisoara', 'wifi password'], ro: ['bilet de tren', 'program primărie'], uk: ['автобус до кордону'], ar: ['تذكرة قطار'] };
/** Callers' languages, the commoner more often. */
const CALLER_LANGUAGES = ['ar', 'ar', 'ar', 'uk', 'uk', 'uk', 'en', 'en', 'fa-AF', 'fa-AF', 'ro', 'ps', 'ur', 'ru', 'fr'];
const CHANNELS: Channel[] = ['public', 'public', 'public', 'kiosk', 'kiosk', 'agent'];
const ESCALATE_TO = ['unhcr', 'iom', 'refugee-council', 'anitp'];

/** A topic, the commoner ones more often. */
function weightedTopic(rng: Rng) {
  let left = rng.next() * TOPICS.reduce((sum, t) => sum + t.weight, 0);
  for (const topic of TOPICS) {
    left -= topic.weight;
    if (left < 0) {
      return topic;
    }
  }
  return TOPICS[0]!;
}

/** The FAQ searches and the calls of the last two months. */
export async function seedDemoCallCentre(ctx: Ctx, calendar: DemoCalendar, rng: Rng): Promise<void> {
  const agent = await demoUser(ctx, 'agent');
  const languages = new Set(await activeLanguageCodes(ctx));
  const categories = new Map((await listCategories(ctx)).categories.map((c) => [c.key, c.id]));
  const escalation = new Map((await ctx.db.select({ id: organisations.id, code: organisations.code }).from(organisations)).map((o) => [o.code, o.id]));
  // Words in the language asked, or the English ones searched in English where the FAQ has none.
  const search = (topic: (typeof TOPICS)[number], language: string) => (topic.words[language] ? { language, q: rng.pick(topic.words[language]) } : { language: 'en', q: rng.pick(topic.words.en!) });
  const events: { at: Date; run: () => Promise<unknown> }[] = [];
  for (let i = 0; i < 90; i += 1) {
    const at = calendar.at(between(rng, 1, 60), between(rng, 7 * 60, 22 * 60));
    const language = rng.pick([...Object.keys(UNANSWERED), 'en', 'ro', 'ar', 'uk', 'fa-AF', 'ru'].filter((l) => languages.has(l)));
    const asked = rng.chance(0.1) && UNANSWERED[language] ? { language, q: rng.pick(UNANSWERED[language]) } : search(weightedTopic(rng), language);
    const channel = rng.pick(CHANNELS);
    events.push({ at, run: () => searchArticles(atMoment(ctx, at), { ...asked, channel }) });
  }
  for (let i = 0; i < 60; i += 1) {
    const at = calendar.at(between(rng, 1, 60), between(rng, 8 * 60, 18 * 60));
    const language = rng.pick(CALLER_LANGUAGES.filter((l) => languages.has(l)));
    const topic = weightedTopic(rng);
    const escalatedTo = rng.chance(0.15) ? (escalation.get(rng.pick(ESCALATE_TO)) ?? null) : null;
    const durationSeconds = between(rng, 90, 900);
    const asked = search(topic, language);
    events.push({
      at,
      run: async () => {
        // The agent looks the answer up while the caller waits, then logs the call with the article used.
        const found = await searchArticles(atMoment(agent, at), { ...asked, channel: 'agent', limit: 3 });
        const end = new Date(at.getTime() + durationSeconds * 1000);
        await logCall(atMoment(agent, end), {
          startedAt: at.toISOString(),
          durationSeconds,
          callerLanguage: language,
          categoryId: categories.get(topic.category) ?? null,
          articleIds: found.results.slice(0, 1).map((r) => r.articleId),
          outcome: escalatedTo ? 'escalated' : 'resolved',
          escalatedTo,
          note: escalatedTo ? 'Needs a caseworker: referred with the caller’s consent' : null,
        });
      },
    });
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { run } of events) {
    await run();
  }
}

const GIVEN = ['Andrei', 'Mihai', 'Ioana', 'Elena', 'Radu', 'Cristina', 'Gabriel', 'Alexandra', 'Florin', 'Daniela', 'Bogdan', 'Simona', 'Adrian', 'Roxana', 'Ionuț', 'Laura', 'Marius', 'Anca', 'Cătălin', 'Diana'];
const FEMALE = new Set(['Ioana', 'Elena', 'Cristina', 'Alexandra', 'Daniela', 'Simona', 'Roxana', 'Laura', 'Anca', 'Diana']);
const SURNAMES = ['Popescu', 'Ionescu', 'Constantin', 'Stan', 'Dumitru', 'Gheorghe', 'Munteanu', 'Stoica', 'Matei', 'Florea', 'Ene', 'Tudor', 'Rusu', 'Marin', 'Dobre', 'Barbu', 'Nistor', 'Cristea', 'Lazăr', 'Moldovan'];

/** The demo course's last session: when it ran and how many of each agency took part. */
const SESSION = { title: 'Essentials of Migration Management — Arad', startAgo: 26, days: 3, participants: { 'Border Police': 9, 'National Police': 7, 'General Inspectorate for Immigration': 6, 'National Council for Refugees': 2 } };

/** A finished session of the demo course, with attendance and the paper tests entered by the trainer. */
export async function seedDemoTrainingSessions(ctx: Ctx, calendar: DemoCalendar, rng: Rng): Promise<void> {
  const trainer = await demoUser(ctx, 'trainer');
  const site = await demoSites(ctx);
  const courseId = (await listCourses(trainer)).courses.find((c) => c.code === 'essentials-migration-management')?.id;
  if (!courseId) {
    return;
  }
  // Questions scored automatically, so that every test is scored when entered.
  const questions = (await getCourse(trainer, courseId)).questions.filter((q) => q.kind === 'single' || q.kind === 'multiple');
  const names = GIVEN.flatMap((given) => SURNAMES.map((surname) => ({ given, surname })));
  const answer = (known: number) =>
    Object.fromEntries(
      questions.map((q): [string, Answer] => {
        const right = q.options.filter((o) => o.correct).map((o) => o.id);
        const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
        if (q.kind === 'single') {
          return [q.id, rng.chance(known) || wrong.length === 0 ? right[0]! : rng.pick(wrong)];
        }
        return [q.id, [...right.filter(() => rng.chance(known)), ...wrong.filter(() => rng.chance(1 - known))]];
      }),
    );
  const days = Array.from({ length: SESSION.days }, (_, d) => SESSION.startAgo - d);
  const session = await createSession(atMoment(trainer, calendar.at(SESSION.startAgo + 21, 11 * 60)), {
    courseId,
    title: SESSION.title,
    startDate: calendar.day(SESSION.startAgo),
    endDate: calendar.day(days.at(-1)!),
    siteId: site('training-centre'),
    trainers: ['Teodora Trainer', 'Ioana Popescu'],
    capacity: Object.values(SESSION.participants).reduce((sum, n) => sum + n, 0) + 2,
  });
  const participants: string[] = [];
  for (const [organisationName, count] of Object.entries(SESSION.participants)) {
    for (let i = 0; i < count; i += 1) {
      const { given, surname } = names.splice(rng.int(names.length), 1)[0]!;
      const enrolledAt = calendar.at(SESSION.startAgo + between(rng, 3, 20), between(rng, 9 * 60, 16 * 60));
      participants.push((await enrol(atMoment(trainer, enrolledAt), session.id, { name: `${given} ${surname}`, organisationName, sex: FEMALE.has(given) ? 'F' : 'M' })).id);
    }
  }
  const questionIds = questions.map((q) => q.id);
  const [first, last] = [calendar.at(SESSION.startAgo, 9 * 60), calendar.at(days.at(-1)!, 15 * 60)];
  await setTest(atMoment(trainer, calendar.at(SESSION.startAgo + 2, 10 * 60)), session.id, 'pre', { questionIds, openFrom: first.toISOString(), openTo: new Date(first.getTime() + 3_600_000).toISOString() });
  await setTest(atMoment(trainer, calendar.at(SESSION.startAgo + 2, 10 * 60 + 5)), session.id, 'post', { questionIds, openFrom: last.toISOString(), openTo: new Date(last.getTime() + 3_600_000).toISOString() });
  for (const participantId of participants.filter(() => rng.chance(0.9))) {
    await enterPaperTest(atMoment(trainer, new Date(first.getTime() + 2 * 3_600_000)), session.id, 'pre', { participantId, answers: answer(0.45) });
  }
  for (const [index, daysAgo] of days.entries()) {
    // Most come every day; a few miss a day and fall under the course's attendance threshold.
    const present = Object.fromEntries(participants.map((id) => [id, index === 0 || rng.chance(0.93)]));
    await recordAttendance(atMoment(trainer, calendar.at(daysAgo, 17 * 60)), session.id, { day: calendar.day(daysAgo), present });
  }
  for (const participantId of participants.filter(() => rng.chance(0.92))) {
    await enterPaperTest(atMoment(trainer, new Date(last.getTime() + 2 * 3_600_000)), session.id, 'post', { participantId, answers: answer(0.85) });
  }
}
