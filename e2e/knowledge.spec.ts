/**
 * The call-centre knowledge base: a centre's public kiosk (its notices, Arabic right-to-left, the on-screen
 * keyboard, back to the start when left alone); an agent writes an article and sends it for review, an editor
 * publishes it (the author may not: four-eyes), the public search finds it and the agent uses it on a call;
 * a search that finds nothing shows in the analytics and its CSV; centre staff publish a notice on their kiosk.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import { SCREENS, signInToHome, userApi } from './helpers';

const TIMISOARA = 'Timișoara regional reception centre';

/** Lower-case letters only, different on every run (search words are letters). */
function uniqueLetters(): string {
  return Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => 'qwxyzjkvbp'[Number(digit)]!);
}

/** A Mantine Select by its label. */
function select(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string) {
  await select(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A page of its own (own cookies and storage) for a second user or a kiosk. */
async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The kiosk's language buttons, which only the start screen shows. */
function startScreen(page: Page): Locator {
  return page.getByRole('heading', { name: /^(Touch your language|المس لغتك)$/ });
}

test('a centre’s kiosk shows its own notices, reads right-to-left in Arabic and searches by touch', async ({
  page,
}) => {
  await page.goto('/kiosk/rc-timisoara');
  await expect(startScreen(page)).toBeVisible();
  await expect(page.getByText(TIMISOARA)).toBeVisible();
  await expect(page.getByTestId('kiosk-notice').filter({ hasText: 'Office hours' })).toContainText(
    'Monday to Friday, 8:00–16:00',
  );
  for (const language of ['Română', 'English', 'العربية', 'Українська', 'دری']) {
    await expect(page.getByRole('button', { name: language, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENS}/knowledge-01-kiosk-start.png`, fullPage: true });

  // Another centre's kiosk has no notice of its own, and does not show Timișoara's.
  const galati = page.waitForResponse((r) => r.url().includes('/kiosk/rc-galati/notices'));
  await page.goto('/kiosk/rc-galati');
  expect((await galati).status()).toBe(200);
  await expect(page.getByText('Galați regional reception centre')).toBeVisible();
  await expect(startScreen(page)).toBeVisible();
  await expect(page.getByTestId('kiosk-notice')).toHaveCount(0);
  await expect(page.getByText('Office hours')).toHaveCount(0);

  // A kiosk address with no such centre says so on its screen.
  await page.goto('/kiosk/no-such-centre');
  await expect(page.getByText('This information point is not set up. Please ask the staff.')).toBeVisible();

  // In Arabic the kiosk reads right-to-left: topics, a topic's questions, an answer, "was this helpful?".
  await page.goto('/kiosk/rc-timisoara');
  await page.getByRole('button', { name: 'العربية', exact: true }).click();
  const kiosk = page.getByTestId('kiosk');
  await expect(kiosk).toHaveAttribute('dir', 'rtl');
  await expect(kiosk).toHaveAttribute('lang', 'ar');
  await page
    .getByRole('list', { name: 'الموضوعات' })
    .getByRole('button', { name: /إجراءات اللجوء/ })
    .click();
  await expect(kiosk).toHaveAttribute('data-screen', 'category');
  await page
    .getByRole('region', { name: 'الأسئلة' })
    .getByRole('button', { name: 'هل يحق لي الحصول على مترجم فوري أثناء إجراءات اللجوء؟' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'هل يحق لي الحصول على مترجم فوري أثناء إجراءات اللجوء؟',
  );
  await expect(page.getByText('هل كان هذا مفيدًا؟')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-02-kiosk-article-arabic.png`, fullPage: true });
  await page.getByRole('button', { name: /نعم/ }).click();
  await expect(page.getByRole('status')).toHaveText('شكرًا لك على إجابتك.');

  // Back at the start, an English reader searches with the on-screen keyboard: results follow the typing.
  await page.getByRole('button', { name: /البداية/ }).click();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(kiosk).toHaveAttribute('dir', 'ltr');
  await page
    .getByRole('list', { name: 'Search and notices' })
    .getByRole('button', { name: 'Search' })
    .click();
  const keyboard = page.getByRole('group', { name: 'Keyboard' });
  await expect(keyboard).toHaveAttribute('data-layout', 'latin');
  for (const key of 'interpre') {
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  }
  await expect(page.getByRole('searchbox', { name: 'Type your question' })).toHaveValue('interpre');
  const results = page.getByRole('list', { name: 'Answers' });
  const interpreter = results.getByRole('button', { name: /Do I have the right to an interpreter/ });
  await expect(interpreter).toBeVisible();
  await expect(interpreter.locator('mark').first()).toHaveText('interpreter');
  await keyboard.getByRole('button', { name: 'Change the keyboard to أبج' }).click();
  await expect(keyboard).toHaveAttribute('data-layout', 'arabic');
  await expect(keyboard.getByRole('button', { name: 'ض', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-03-kiosk-search.png`, fullPage: true });
  await interpreter.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Do I have the right to an interpreter during the asylum procedure?',
  );
});

test('the kiosk goes back to the start screen when nobody touches it', async ({ page }) => {
  await page.goto('/kiosk/rc-timisoara?idle=3');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page
    .getByRole('list', { name: 'Topics' })
    .getByRole('button', { name: /^Health/ })
    .click();
  await page.getByRole('region', { name: 'Questions' }).getByRole('button').first().click();
  await expect(page.getByText('Was this helpful?')).toBeVisible();
  await expect(startScreen(page)).toHaveCount(0);
  // Three seconds without a touch: the start screen, and nothing of the last reader.
  await expect(startScreen(page)).toBeVisible({ timeout: 8_000 });
  await expect(page.getByTestId('kiosk')).toHaveAttribute('data-screen', 'start');
  await expect(page.getByTestId('kiosk-notice').filter({ hasText: 'Office hours' })).toBeVisible();
});

test('an agent writes an article, an editor publishes it, and the agent uses it on a call', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const word = `vouchr${uniqueLetters()}`;
  const question = `How do I get a ${word} travel card for the bus?`;
  const key = `travel-card-${word}`;

  // The agent writes the article in English, with a link and bold words seen in the live preview.
  await signInToHome(page, 'agent');
  await page
    .getByRole('navigation', { name: 'Modules' })
    .getByRole('link', { name: 'Knowledge base' })
    .click();
  await expect(page).toHaveURL(/\/knowledge\/articles$/);
  await expect(page.getByRole('tab', { name: 'Review queue' })).toHaveCount(0);
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Key' }).fill(key);
  await choose(page, 'Category', 'Documents › Lost or stolen documents');
  await page.getByRole('textbox', { name: 'Question (English)' }).fill(question);
  const answer = page.getByRole('textbox', { name: 'Answer (English)' });
  await answer.fill('Ask at the reception desk of your centre.\n\n- Bring your temporary identity document');
  // Bold from the toolbar: select the words, press B.
  await answer.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(11, 25));
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(answer).toHaveValue(/^Ask at the \*\*reception desk\*\* of your centre\./);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong')).toHaveText('reception desk');
  await expect(preview.getByRole('listitem')).toHaveText('Bring your temporary identity document');
  await expect(page.getByRole('tab', { name: 'English (written)' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-04-editor.png`, fullPage: true });

  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'Back to the articles' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page).toHaveURL(/\/knowledge\/articles\/new$/);

  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page).toHaveURL(/\/knowledge\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('article-status')).toContainText('In review');
  await expect(page.getByRole('heading', { level: 2, name: question })).toBeVisible();
  // The author sees no way to publish: that is for a reviewer.
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0);

  // The editor finds it in the review queue, beside its (absent) live version, and publishes it.
  const editor = await newPage(browser, baseURL!);
  await signInToHome(editor, 'editor');
  await editor.goto('/knowledge/review');
  await editor
    .getByRole('navigation', { name: 'Versions in review' })
    .getByRole('button', { name: question })
    .click();
  await expect(editor.getByText('Never published: this is the first version.')).toBeVisible();
  await expect(editor.getByRole('region', { name: 'In review (version 1)' })).toContainText('reception desk');
  await editor.screenshot({ path: `${SCREENS}/knowledge-05-review.png`, fullPage: true });
  await editor.getByRole('button', { name: `Publish: ${question}` }).click();
  await expect(editor.getByText('Version 1 published')).toBeVisible();
  await expect(editor.getByText('Nothing is waiting for review.')).toBeVisible();

  // The public search finds it by its word.
  const found = await page.request.get(`/api/knowledge/public/search?q=${word}&lang=en&typing=1`);
  expect(found.status()).toBe(200);
  const { results } = (await found.json()) as { results: { key: string }[] };
  expect(results.map((r) => r.key)).toContain(key);

  // The agent takes a call: finds the article by a typo of its word, uses it, escalates the call, saves.
  await page.goto('/knowledge/calls');
  await page.getByRole('button', { name: 'New call' }).click();
  await expect(page.getByRole('timer', { name: 'Call time' })).toBeVisible();
  await expect(select(page, "Caller's language")).toHaveValue('English');
  await choose(page, 'Topic', 'Documents › Lost or stolen documents');
  const typo = word.slice(0, 3) + word.slice(4);
  await page.getByRole('searchbox', { name: 'Search the answers' }).fill(`${typo} card`);
  const result = page.getByTestId('search-result').filter({ hasText: question });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText(word);
  await result.getByRole('button', { name: 'Use this article' }).click();
  await expect(result.getByRole('button', { name: 'Used on this call' })).toBeDisabled();
  await expect(page.getByRole('list', { name: 'Articles used' })).toContainText(question);
  await page.getByRole('radio', { name: 'Escalated' }).check();
  await choose(page, 'Escalated to', 'UNHCR');
  await page.getByRole('textbox', { name: 'Note' }).fill(`Asked about the ${word} card; sent to UNHCR.`);
  await page.screenshot({ path: `${SCREENS}/knowledge-06-call.png`, fullPage: true });
  await page.getByRole('button', { name: 'Save call' }).click();
  await expect(page.getByText('Call saved')).toBeVisible();
  const today = page.getByRole('table', { name: "Today's calls" });
  const call = today.getByRole('row').filter({ hasText: `Asked about the ${word} card` });
  await expect(call).toContainText('Escalated');
  await expect(call).toContainText('UNHCR');
  await expect(call).toContainText('Andrei Call-Agent');
  await expect(call).toContainText('Lost or stolen documents');
  await page.screenshot({ path: `${SCREENS}/knowledge-07-todays-calls.png`, fullPage: true });
});

test('whoever sent a version for review may not publish it, and a reviewer returns it with a note', async ({
  page,
  baseURL,
}) => {
  const word = uniqueLetters();
  const question = `Where do I collect parcels ${word} sent to the centre?`;
  // The agent writes and sends an article (through the API, as the editor screens would).
  const agent = await userApi(baseURL!, 'agent');
  const editorApi = await userApi(baseURL!, 'editor');
  try {
    const { categories } = (await (await agent.api.get('/api/knowledge/categories')).json()) as {
      categories: { id: string; key: string }[];
    };
    const article = await agent.send<{ id: string }>('POST', '/api/knowledge/articles', {
      key: `parcels-${word}`,
      categoryId: categories.find((c) => c.key === 'documents')!.id,
      translations: {
        en: { question, answer: 'Parcels are handed out at the **reception desk**, 10:00–12:00.' },
      },
    });
    await agent.send('POST', `/api/knowledge/articles/${article.id}/submit`, {}, 200);

    // The editor opens it: they did not send it, so they may publish it.
    await signInToHome(page, 'editor');
    await page.goto(`/knowledge/articles/${article.id}`);
    await expect(page.getByTestId('article-status')).toContainText('In review');
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await expect(publish).toBeVisible();

    // Meanwhile the version goes back and the editor sends it themselves: the open page is out of date.
    await editorApi.send(
      'POST',
      `/api/knowledge/articles/${article.id}/review`,
      { decision: 'return', note: 'Check the hours' },
      200,
    );
    await editorApi.send('POST', `/api/knowledge/articles/${article.id}/submit`, {}, 200);
    await publish.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Another reviewer must publish' });
    await expect(refusal).toContainText('You sent this version for review');
    await page.screenshot({ path: `${SCREENS}/knowledge-10-four-eyes.png`, fullPage: true });

    // Read again, the page says so before any click, and offers only to return it.
    await page.reload();
    await expect(
      page.getByText('You sent this version for review, so another reviewer must publish it'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Return with a note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Return with a note' });
    await dialog.getByRole('textbox', { name: 'What should change' }).fill('Add the Saturday hours too.');
    await dialog.getByRole('button', { name: 'Return with a note' }).click();
    await expect(page.getByTestId('article-status')).toContainText('Draft');
    await expect(page.getByText('Returned by Elena Editor')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Version history' })).toContainText(
      'Add the Saturday hours too.',
    );
    // A draft is edited in place: the form is back, with the text that was sent.
    await expect(page.getByRole('textbox', { name: 'Question (English)' })).toHaveValue(question);
  } finally {
    await agent.dispose();
    await editorApi.dispose();
  }
});

test('a search that finds nothing shows in the analytics and in its CSV', async ({ page }) => {
  const nonsense = `zqxj${uniqueLetters()}`;
  await signInToHome(page, 'editor');
  // Searched from the call screen with Enter: a finished search, which is logged (typing is not).
  await page.goto('/knowledge/calls');
  await page.getByRole('button', { name: 'New call' }).click();
  const search = page.getByRole('searchbox', { name: 'Search the answers' });
  await search.fill(nonsense);
  await expect(page.getByText('0 answers found')).toBeVisible();
  const logged = page.waitForResponse(
    (r) => r.url().includes(`q=${nonsense}`) && !r.url().includes('typing=1'),
  );
  await search.press('Enter');
  expect((await logged).status()).toBe(200);
  await page.getByRole('button', { name: 'Discard' }).click();

  await page.getByRole('tab', { name: 'Analytics' }).click();
  await expect(page).toHaveURL(/\/knowledge\/analytics$/);
  const noResults = page.getByRole('table', { name: 'Searches with no results' });
  await expect(noResults.getByRole('row').filter({ hasText: nonsense })).toContainText('English');
  await expect(page.getByRole('img', { name: /Searches with no results/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-08-analytics.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV: Searches with no results' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^no-results-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split(/\r?\n/)[0]).toContain('query');
  expect(csv).toContain(`${nonsense},en,`);
});

test('centre staff publish a notice that their kiosk shows', async ({ page, browser, baseURL }) => {
  const title = `Laundry ${uniqueLetters()}`;
  await signInToHome(page, 'clerk');
  await page
    .getByRole('navigation', { name: 'Modules' })
    .getByRole('link', { name: 'Knowledge base' })
    .click();
  // Centre staff see only the notices tab, for the centres they are posted to.
  await expect(page).toHaveURL(/\/knowledge\/notices$/);
  await expect(page.getByRole('tab')).toHaveText(['Centre notices']);
  await choose(page, 'Centre', TIMISOARA);
  const notices = page.getByRole('table', { name: `Notices of ${TIMISOARA}` });
  await expect(notices.getByRole('row').filter({ hasText: 'Office hours' })).toContainText('Published');

  await page.getByRole('button', { name: 'New notice' }).click();
  const dialog = page.getByRole('dialog', { name: 'New notice' });
  await choose(page, 'Kind', 'Services');
  await dialog.getByRole('textbox', { name: 'Title (English)' }).fill(title);
  await dialog
    .getByRole('textbox', { name: 'Text (English)' })
    .fill('The laundry room is open **every day, 10:00–18:00**.');
  await expect(dialog.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText(
    'every day, 10:00–18:00',
  );
  await dialog.getByRole('tab', { name: 'العربية' }).click();
  const arabicTitle = dialog.getByRole('textbox', { name: 'Title (العربية)' });
  await expect(arabicTitle).toHaveCSS('direction', 'rtl');
  await arabicTitle.fill('غرفة الغسيل');
  await dialog.getByRole('textbox', { name: 'Text (العربية)' }).fill('غرفة الغسيل مفتوحة كل يوم.');
  await page.screenshot({ path: `${SCREENS}/knowledge-09-notice.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const row = notices.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Draft');
  await row.getByRole('button', { name: `Publish ${title}` }).click();
  await expect(row).toContainText('Published');

  const kiosk = await newPage(browser, baseURL!);
  await kiosk.goto('/kiosk/rc-timisoara');
  await expect(kiosk.getByTestId('kiosk-notice').filter({ hasText: title })).toContainText(
    'every day, 10:00–18:00',
  );
  await kiosk.getByRole('button', { name: 'العربية', exact: true }).click();
  await kiosk.getByRole('button', { name: /^الإعلانات/ }).click();
  await expect(kiosk.getByTestId('kiosk-notice').filter({ hasText: 'غرفة الغسيل' })).toHaveAttribute(
    'dir',
    'rtl',
  );
  await expect(kiosk.getByTestId('kiosk-notice').filter({ hasText: 'ساعات العمل' })).toBeVisible();
});
