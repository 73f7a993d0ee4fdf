/**
 * Training: a learner follows an e-learning module, leaves, comes back to the lesson where they stopped and
 * passes its quiz, and the coordinator sees the completion. A coordinator builds a course with a question bank
 * and a session, enrols three people, sets the tests; two take them through their personal links without an
 * account; the knowledge gain shows them; attendance is recorded, a certificate issued, downloaded and verified.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import sharp from 'sharp';
import { pageOfItsOwn, SCREENS, signInToHome, userApi } from './helpers';

const MODULE_CODE = 'legal-standards';
const MODULE_TITLE = 'International legal standards on migration';

/** The input labelled `label` (a required field's label ends with an asterisk). */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A date `days` from today, as the date inputs take it. */
function isoDay(days = 0): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Date(day.getTime() - day.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The demo module, or one made like it through the API when the demo data has none. */
async function ensureModule(baseURL: string): Promise<void> {
  const trainer = await userApi(baseURL, 'trainer');
  try {
    const { modules } = (await (await trainer.api.get('/api/training/modules')).json()) as {
      modules: { code: string }[];
    };
    if (modules.some((m) => m.code === MODULE_CODE)) {
      return;
    }
    const module = await trainer.send<{ id: string }>('POST', '/api/training/modules', {
      code: MODULE_CODE,
      title: MODULE_TITLE,
      description: 'A self-paced introduction.',
      passMark: 70,
      active: true,
    });
    const lesson = (position: number, title: string) =>
      trainer.send('POST', `/api/training/modules/${module.id}/lessons`, {
        kind: 'lesson',
        position,
        title,
        body: `About ${title}.`,
      });
    await lesson(1, 'Who is a migrant, who is a refugee');
    await lesson(2, 'Non-refoulement');
    await lesson(3, 'Rights of asylum seekers');
    await trainer.send('POST', `/api/training/modules/${module.id}/lessons`, {
      kind: 'quiz',
      position: 4,
      title: 'Check what you learned',
      body: '',
      questions: [
        {
          kind: 'single',
          text: 'Where does non-refoulement apply?',
          points: 1,
          options: [
            { text: 'Only inside the territory', correct: false },
            { text: 'At the border and inside the territory', correct: true },
          ],
        },
        {
          kind: 'true-false',
          text: 'Asylum seekers have the right to an interpreter.',
          points: 1,
          options: [
            { text: 'True', correct: true },
            { text: 'False', correct: false },
          ],
        },
      ],
    });
  } finally {
    await trainer.dispose();
  }
}

/** The heading of the lesson open on the learner's module page. */
function lessonHeading(page: Page, title: string): Locator {
  return page.getByRole('heading', { level: 3, name: new RegExp(`^\\d+\\. ${title}$`) });
}

test('a learner comes back to the lesson where they stopped, passes the quiz, and the coordinator sees it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await ensureModule(baseURL!);

  await signInToHome(page, 'agent');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Training' }).click();
  await expect(page).toHaveURL(/\/training\/learning$/);
  const card = page.getByRole('article', { name: MODULE_TITLE });
  await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  await card.getByRole('link', { name: `Start ${MODULE_TITLE}` }).click();

  // Two lessons read and marked done.
  await expect(lessonHeading(page, 'Who is a migrant, who is a refugee')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('Lesson done')).toBeVisible();
  await page.getByRole('link', { name: 'Next lesson' }).click();
  await expect(lessonHeading(page, 'Non-refoulement')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('Lesson done')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/training-01-lesson.png`, fullPage: true });

  // Left, and opened again in a new page: the module continues at the lesson where they stopped.
  await page.goto('/');
  const again = await page.context().newPage();
  await again.goto('/training/learning');
  await again
    .getByRole('article', { name: MODULE_TITLE })
    .getByRole('link', { name: `Continue ${MODULE_TITLE}` })
    .click();
  await expect(lessonHeading(again, 'Non-refoulement')).toBeVisible();
  await expect(again.getByText('Lesson done')).toBeVisible();
  await again.screenshot({ path: `${SCREENS}/training-02-resumed.png`, fullPage: true });

  await again.getByRole('link', { name: 'Next lesson' }).click();
  await again.getByRole('button', { name: 'Mark as done' }).click();
  await expect(again.getByText('Lesson done')).toBeVisible();
  await again.getByRole('link', { name: 'Next lesson' }).click();
  await expect(lessonHeading(again, 'Check what you learned')).toBeVisible();
  await again.getByRole('radio', { name: 'At the border and inside the territory' }).check();
  await again.getByRole('radio', { name: 'True', exact: true }).check();
  await again.getByRole('button', { name: 'Submit the quiz' }).click();
  await expect(again.getByTestId('quiz-result')).toContainText('Passed');
  await expect(again.getByText('Module completed')).toBeVisible();
  await again.screenshot({ path: `${SCREENS}/training-03-quiz-passed.png`, fullPage: true });

  // The coordinator sees the learner among those who completed the module.
  const trainer = await pageOfItsOwn(browser, baseURL!);
  await signInToHome(trainer, 'trainer');
  await trainer.goto('/training/modules');
  await trainer.getByRole('link', { name: MODULE_TITLE }).click();
  const learners = trainer.getByRole('table', { name: 'Learners' });
  const row = learners.getByRole('row').filter({ hasText: 'Andrei Call-Agent' });
  await expect(row).toContainText('4 / 4');
  await expect(row).not.toContainText('In progress');
  await expect(trainer.getByRole('table', { name: 'Learners per organisation' })).toBeVisible();
  await trainer.screenshot({ path: `${SCREENS}/training-04-completion.png`, fullPage: true });
});

interface BankQuestion {
  text: string;
  kind: 'One choice' | 'Several choices' | 'True or false';
  options?: { text: string; correct: boolean }[];
  trueIsRight?: boolean;
  points?: number;
}

const BANK: BankQuestion[] = [
  {
    text: 'Which principle forbids returning a refugee to persecution?',
    kind: 'One choice',
    options: [
      { text: 'Non-refoulement', correct: true },
      { text: 'Reciprocity', correct: false },
    ],
  },
  {
    text: 'An asylum seeker needs a passport to apply for asylum.',
    kind: 'True or false',
    trueIsRight: false,
  },
  {
    text: 'Which are grounds of persecution in the 1951 Convention?',
    kind: 'Several choices',
    points: 3,
    options: [
      { text: 'Race', correct: true },
      { text: 'Religion', correct: true },
      { text: 'Political opinion', correct: true },
      { text: 'Income', correct: false },
    ],
  },
];

/** Writes one question of the bank through the question dialog. */
async function addQuestion(page: Page, question: BankQuestion) {
  await page.getByRole('button', { name: 'Add a question' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a question' });
  await choose(page, dialog, 'Kind', question.kind);
  await field(dialog, 'Question').fill(question.text);
  if (question.points) {
    await field(dialog, 'Points').fill(String(question.points));
  }
  const options = question.options ?? [];
  for (const [index, option] of options.entries()) {
    if (index >= 2) {
      await dialog.getByRole('button', { name: 'Add an option' }).click();
    }
    const row = dialog.getByRole('group', { name: `Option ${index + 1}` });
    await row.getByRole('textbox', { name: `Option ${index + 1}` }).fill(option.text);
    await row.getByRole('checkbox', { name: 'Correct' }).setChecked(option.correct);
  }
  if (question.kind === 'Several choices') {
    await dialog.getByRole('switch', { name: 'Partial credit' }).check({ force: true });
  }
  if (question.trueIsRight === false) {
    await dialog.getByRole('radio', { name: 'False' }).check();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Question bank' }).getByText(question.text)).toBeVisible();
}

/** Enrols an external person through the enrolment dialog. */
async function enrolExternal(page: Page, name: string, organisation: string, sex: string) {
  await page.getByRole('button', { name: 'Enrol a participant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enrol a participant' });
  await field(dialog, 'Name').fill(name);
  await field(dialog, 'Organisation').fill(organisation);
  await choose(page, dialog, 'Sex', sex);
  await dialog.getByRole('button', { name: 'Enrol', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Participants' }).getByRole('row').filter({ hasText: name }),
  ).toBeVisible();
}

/** Takes one test through a personal link: the answers by option, a confirmation, and the score read back. */
async function takeTest(
  visitor: Page,
  phase: 'Pre-test' | 'Post-test',
  answers: { radios: string[]; checks: string[] },
) {
  await visitor.getByRole('button', { name: `Start the ${phase}` }).click();
  await expect(visitor.getByRole('heading', { level: 2, name: phase })).toBeVisible();
  for (const radio of answers.radios) {
    await visitor.getByRole('radio', { name: radio, exact: true }).check();
  }
  for (const check of answers.checks) {
    await visitor.getByRole('checkbox', { name: check, exact: true }).check();
  }
  await visitor.getByRole('button', { name: 'Submit my answers' }).click();
  const confirm = visitor.getByRole('dialog', { name: 'Submit your answers?' });
  await expect(confirm.getByText('Once submitted, your answers cannot be changed.')).toBeVisible();
  await confirm.getByRole('button', { name: 'Submit', exact: true }).click();
  const result = visitor.getByTestId('test-result');
  await expect(result).toContainText('Your score:');
  const text = (await result.textContent()) ?? '';
  await visitor.getByRole('button', { name: 'Back' }).click();
  return text;
}

test('a coordinator runs a session: bank, enrolment, tests by link, knowledge gain, attendance, certificate', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);
  const courseTitle = `Protection-sensitive border management ${suffix}`;

  // The course and its question bank.
  await signInToHome(page, 'trainer');
  await page.goto('/training/courses');
  await page.getByRole('button', { name: 'New course' }).click();
  const courseDialog = page.getByRole('dialog', { name: 'New course' });
  await field(courseDialog, 'Code').fill(`psbm-${suffix}`);
  await choose(page, courseDialog, 'Level', 'Level 2');
  await field(courseDialog, 'Title').fill(courseTitle);
  await courseDialog
    .getByRole('textbox', { name: 'Objective 1' })
    .fill('Identify people in need of protection at the border');
  await courseDialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: courseTitle })).toBeVisible();
  for (const question of BANK) {
    await addQuestion(page, question);
  }
  await page.screenshot({ path: `${SCREENS}/training-05-course-bank.png`, fullPage: true });

  // A two-day session of the course, at an external place.
  await page.getByRole('link', { name: 'Sessions of this course' }).click();
  await page.getByRole('button', { name: 'New session' }).click();
  const sessionDialog = page.getByRole('dialog', { name: 'New session' });
  await expect(sessionDialog.getByRole('combobox', { name: /^Course/ })).toHaveValue(courseTitle);
  await field(sessionDialog, 'Title').fill(`Nădlac, ${suffix}`);
  await field(sessionDialog, 'First day').fill(isoDay(0));
  await field(sessionDialog, 'Last day').fill(isoDay(1));
  await field(sessionDialog, 'Place').fill('Hotel Central, Arad');
  await sessionDialog.getByRole('textbox', { name: 'Trainer 1' }).fill('Ioana Popescu');
  await sessionDialog.getByRole('button', { name: 'Create the session' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Nădlac, ${suffix}` })).toBeVisible();

  // Three external participants, each with a personal test link.
  const people = [
    { name: `Ana Ionescu ${suffix}`, organisation: 'Border Police', sex: 'Female' },
    { name: `Omar Haddad ${suffix}`, organisation: 'Refugee Council', sex: 'Male' },
    { name: `Elena Marin ${suffix}`, organisation: 'Border Police', sex: 'Female' },
  ];
  for (const person of people) {
    await enrolExternal(page, person.name, person.organisation, person.sex);
  }
  const participants = page.getByRole('table', { name: 'Participants' });
  const rowOf = (name: string) => participants.getByRole('row').filter({ hasText: name });

  // Both tests use the whole bank and are open now.
  await page.getByRole('tab', { name: 'Tests' }).click();
  for (const phase of ['Pre-test', 'Post-test']) {
    const card = page.getByRole('region', { name: phase });
    await card.getByRole('button', { name: 'Choose all' }).click();
    await card.getByRole('button', { name: `Save the ${phase}` }).click();
    await expect(card.getByText('Set', { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENS}/training-06-tests.png`, fullPage: true });

  // Two participants take both tests through their links, in browsers of their own (no account).
  await page.getByRole('tab', { name: 'Participants' }).click();
  const links = await Promise.all(
    people.slice(0, 2).map((p) => rowOf(p.name).getByTestId('test-link').getAttribute('href')),
  );
  const ana = await pageOfItsOwn(browser, baseURL!);
  await ana.goto(links[0]!);
  await expect(ana.getByTestId('participant-name')).toHaveText(people[0]!.name);
  expect(await takeTest(ana, 'Pre-test', { radios: ['Reciprocity', 'False'], checks: ['Race'] })).toContain(
    '(40%)',
  );
  await ana.screenshot({ path: `${SCREENS}/training-07-public-test.png`, fullPage: true });
  expect(
    await takeTest(ana, 'Post-test', {
      radios: ['Non-refoulement', 'False'],
      checks: ['Race', 'Religion', 'Political opinion'],
    }),
  ).toContain('(100%)');
  await expect(
    ana.getByRole('region', { name: 'Pre-test' }).getByText('Submitted', { exact: true }),
  ).toBeVisible();
  await ana.screenshot({ path: `${SCREENS}/training-08-public-taken.png`, fullPage: true });

  const omar = await pageOfItsOwn(browser, baseURL!);
  await omar.goto(links[1]!);
  await takeTest(omar, 'Pre-test', { radios: ['Reciprocity', 'True'], checks: ['Income'] });
  await takeTest(omar, 'Post-test', { radios: ['Non-refoulement', 'True'], checks: ['Race', 'Religion'] });

  // The knowledge gain: pre and post per participant, chart and table, and the session's summary.
  await page.reload();
  await page.getByRole('tab', { name: 'Knowledge gain' }).click();
  const gain = page.getByRole('table', { name: 'Pre-test and post-test per participant' });
  await expect(gain.getByRole('row').filter({ hasText: people[0]!.name })).toContainText('100%');
  await expect(gain.getByRole('row').filter({ hasText: people[1]!.name })).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /^Bar chart of the pre-test and post-test/ })
      .locator('svg')
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('gain-summary')).toContainText('Evaluated');
  await expect(page.getByTestId('gain-summary')).toContainText('2');
  await page.screenshot({ path: `${SCREENS}/training-09-knowledge-gain.png`, fullPage: true });

  // In Arabic the page reads right-to-left and the chart is mirrored; the numbers stay the same.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'ملخص الجلسة' })).toBeVisible();
  await expect(page.getByRole('menu')).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/training-09-knowledge-gain-arabic.png`, fullPage: true });
  await page.getByRole('button', { name: /العربية/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // Attendance: the first two present on both days, saved day by day.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const days of [0, 1]) {
    const dayCheckboxes = page.getByRole('checkbox', { name: new RegExp(` present on `) });
    await expect(dayCheckboxes.first()).toBeVisible();
    for (const person of people.slice(0, 2)) {
      await page
        .getByRole('checkbox', { name: new RegExp(`^${person.name} present on `) })
        .nth(days)
        .check();
    }
    await page
      .getByRole('button', { name: /^Save the attendance of / })
      .nth(days)
      .click();
    await expect(page.getByText(/^Attendance of .* saved\.$/).first()).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENS}/training-10-attendance.png`, fullPage: true });

  // Certificates: refused (with the reason) to who has not earned one, issued, downloaded and verified.
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(rowOf(people[0]!.name)).toContainText('100%');
  await page.getByRole('button', { name: `Issue the certificate of ${people[2]!.name}` }).click();
  await expect(page.getByText(/No certificate yet/)).toBeVisible();
  await page.getByRole('button', { name: `Issue the certificate of ${people[0]!.name}` }).click();
  const certificate = rowOf(people[0]!.name).getByTestId('certificate');
  await expect(certificate).toBeVisible();
  const code = ((await certificate.locator('[dir="ltr"]').first().textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z2-9]{10}$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Download the certificate of ${people[0]!.name} (PDF)` }).click(),
  ]);
  const pdf = `${SCREENS}/training-certificate.pdf`;
  await download.saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: `${SCREENS}/training-11-certificate.png`, fullPage: true });

  const visitor = await pageOfItsOwn(browser, baseURL!);
  await visitor.goto(`/training/certificates/${code}`);
  await expect(visitor.getByTestId('certificate-verdict')).toHaveText('Valid');
  await expect(visitor.getByTestId('certificate-participant')).toHaveText(people[0]!.name);
  await expect(visitor.getByText(courseTitle)).toBeVisible();
  await visitor.screenshot({ path: `${SCREENS}/training-12-verify-valid.png`, fullPage: true });
  await visitor.getByRole('button', { name: /English/ }).click();
  await visitor.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(visitor.getByTestId('certificate-verdict')).toHaveText('صالحة');
  await expect(visitor.getByRole('menu')).toBeHidden();
  await visitor.screenshot({ path: `${SCREENS}/training-13-verify-arabic.png`, fullPage: true });
  await visitor.goto('/training/certificates/AAAAAAAAAA');
  await expect(visitor.getByTestId('certificate-verdict')).toHaveText('غير صالحة');

  // The report counts the two people trained, both evaluated by the two tests.
  await page.goto('/training/reports');
  await expect(page.getByTestId('report-totals')).toContainText(/\d+ people trained/);
  await expect(
    page
      .getByRole('table', { name: 'People trained by course' })
      .getByRole('row')
      .filter({ hasText: courseTitle }),
  ).toContainText('2');
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    /\/api\/training\/reports\/trained\.csv\?from=/,
  );
  await page.screenshot({ path: `${SCREENS}/training-14-reports.png`, fullPage: true });
});

test('a coordinator writes a module: a lesson with its picture, and a quiz, seen as the learner sees them', async ({
  page,
}) => {
  const suffix = Date.now().toString(36);
  const title = `Interviewing children ${suffix}`;
  await signInToHome(page, 'trainer');
  await page.goto('/training/modules');
  await page.getByRole('button', { name: 'New module' }).click();
  const moduleDialog = page.getByRole('dialog', { name: 'New module' });
  await field(moduleDialog, 'Code').fill(`children-${suffix}`);
  await field(moduleDialog, 'Title').fill(title);
  await moduleDialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();

  // A lesson: Markdown with its live preview, and a picture uploaded to the module, shown under the text.
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  const lesson = page.getByRole('dialog', { name: 'New lesson' });
  await field(lesson, 'Title').fill('Before the interview');
  await field(lesson, 'Text').fill(
    'Explain **who you are** and why you ask.\n\n- Sit at the same level\n- Use simple words',
  );
  await expect(lesson.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('who you are');
  const picture = await sharp({
    create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .png()
    .toBuffer();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    lesson.getByRole('button', { name: 'Upload a file' }).click(),
  ]);
  await chooser.setFiles({ name: 'room.png', mimeType: 'image/png', buffer: picture });
  await expect(lesson.getByRole('img', { name: 'room.png' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/training-15-lesson-editor.png`, fullPage: true });
  await lesson.getByRole('button', { name: 'Save' }).click();
  await expect(lesson).toBeHidden();

  // A quiz of one true/false question.
  await page.getByRole('button', { name: 'Add a quiz' }).click();
  const quiz = page.getByRole('dialog', { name: 'New lesson' });
  await field(quiz, 'Title').fill('Check');
  await choose(page, quiz, 'Kind', 'True or false');
  await field(quiz, 'Question').fill('A child may have a trusted adult present.');
  await quiz.getByRole('button', { name: 'Save' }).click();
  await expect(quiz).toBeHidden();
  const lessons = page.getByRole('table', { name: 'Lessons' });
  await expect(lessons.getByRole('row')).toHaveCount(3);
  await expect(lessons).toContainText('1 file');
  await expect(lessons).toContainText('1 question');

  // As a learner sees it: the text as Markdown and the picture under it.
  await page.getByRole('link', { name: 'See it as a learner' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '1. Before the interview' })).toBeVisible();
  await expect(page.getByRole('article').locator('strong')).toHaveText('who you are');
  await expect(page.getByRole('img', { name: 'room.png' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/training-16-lesson-as-learner.png`, fullPage: true });
});

test('a paper test is entered for a participant and its short answer scored by the trainer', async ({
  page,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const trainer = await userApi(baseURL!, 'trainer');
  let sessionId: string;
  const name = `Mihai Stan ${suffix}`;
  try {
    const course = await trainer.send<{ id: string }>('POST', '/api/training/courses', {
      code: `paper-${suffix}`,
      title: `Paper course ${suffix}`,
    });
    const choice = await trainer.send<{ id: string }>(
      'POST',
      `/api/training/courses/${course.id}/questions`,
      {
        kind: 'single',
        text: 'Who decides on an asylum application?',
        options: [
          { text: 'The immigration authority', correct: true },
          { text: 'The border police', correct: false },
        ],
      },
    );
    const short = await trainer.send<{ id: string }>('POST', `/api/training/courses/${course.id}/questions`, {
      kind: 'short',
      text: 'Name one trafficking indicator.',
      points: 2,
    });
    const today = isoDay(0);
    ({ id: sessionId } = await trainer.send<{ id: string }>('POST', '/api/training/sessions', {
      courseId: course.id,
      title: `Paper session ${suffix}`,
      startDate: today,
      endDate: today,
      externalPlace: 'Town hall, Galați',
      capacity: 5,
    }));
    await trainer.send('POST', `/api/training/sessions/${sessionId}/participants`, {
      name,
      organisationName: 'Red Cross',
      sex: 'M',
    });
    await trainer.send('PUT', `/api/training/sessions/${sessionId}/tests/post`, {
      questionIds: [choice.id, short.id],
      openFrom: new Date(Date.now() - 3_600_000).toISOString(),
      openTo: new Date(Date.now() + 3_600_000).toISOString(),
    });
  } finally {
    await trainer.dispose();
  }

  await signInToHome(page, 'trainer');
  await page.goto(`/training/sessions/${sessionId}`);
  const row = page.getByRole('table', { name: 'Participants' }).getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `Enter the paper Post-test of ${name}` }).click();
  const paper = page.getByRole('dialog', { name: `Paper Post-test of ${name}` });
  await paper.getByRole('radio', { name: 'The immigration authority' }).check();
  await field(paper, 'Name one trafficking indicator.').fill('Documents held by the employer');
  await paper.getByRole('button', { name: 'Save the answers' }).click();
  await expect(paper).toBeHidden();
  await expect(row).toContainText('Pending scoring');
  await expect(row).toContainText('on paper');

  await row.getByRole('button', { name: `Score the short answers of the Post-test of ${name}` }).click();
  const scoring = page.getByRole('dialog', { name: `Short answers of the Post-test of ${name}` });
  await field(scoring, 'Points \\(0 to 2\\)').fill('2');
  await page.screenshot({ path: `${SCREENS}/training-17-scoring.png`, fullPage: true });
  await scoring.getByRole('button', { name: 'Save the points' }).click();
  await expect(scoring).toBeHidden();
  await expect(row).toContainText('100%');
  await expect(row).not.toContainText('Pending scoring');
});
