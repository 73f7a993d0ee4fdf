/**
 * Classroom training: a coordinator builds a course with a question bank and a session, enrols three people,
 * sets the tests; two take them through their personal links without an account; the knowledge gain shows
 * them; attendance is recorded, a certificate issued, downloaded and verified; a paper test is scored.
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { pageOfItsOwn, SCREENS, signInToHome, userApi } from './helpers';
import { choose, field, isoDay } from './training-helpers';

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
