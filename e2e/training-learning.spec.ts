/**
 * E-learning: a learner follows a module, leaves, comes back to the lesson where they stopped and passes its
 * quiz, and the coordinator sees the completion; a coordinator writes a module with a picture and a quiz.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { pageOfItsOwn, SCREENS, signInToHome, userApi } from './helpers';
import { choose, field } from './training-helpers';

const MODULE_CODE = 'legal-standards';
const MODULE_TITLE = 'International legal standards on migration';

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

