/**
 * Conflict review at headquarters: a traveller registered at a remote border post is corrected at the post
 * while its link is down and at headquarters at the same time. When the link returns headquarters keeps its
 * value and lists the conflict. A border supervisor opens Border → Border posts, reviews the conflict field
 * by field (with who changed each side, where and when), takes the post's value, and the conflict leaves the
 * list. The dialog opens and closes from the keyboard; the page reads right to left in Arabic.
 *
 * Headquarters is the server Playwright starts; this spec starts the post itself (edge mode, its own
 * embedded database, the development link switch) as bcp-offline.spec.ts does, and makes the two edits
 * through each server's own API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { startServer, type ServerProcess } from '../src/server/testing/server-processes';
import { DEMO_PASSWORD, SCREENS, signInToHome, userApi, type UserApi } from './helpers';

const hqPort = Number(process.env.E2E_PORT ?? 4173);
// Not bcp-offline's port (E2E_PORT + 1): each spec starts and stops its own post.
const edgePort = hqPort + 2;
const HQ = `http://localhost:${hqPort}`;
// Another host name than headquarters', so the two servers' session cookies never meet in one browser.
const EDGE = `http://127.0.0.1:${edgePort}`;
const POST_NAME = 'Nădlac II road crossing';

const run = `${Date.now() % 1_000_000}`;
const ORIGINAL = `MOLNAR${run.replace(/\d/g, (d) => 'ABCDEFGHIJ'[Number(d)]!)}`;
const AT_POST = `${ORIGINAL}-POST`;
const AT_HQ = `${ORIGINAL}-HQ`;

let edge: ServerProcess | undefined;
let hq: UserApi;
let post: UserApi;
let personId = '';
let registrationNumber = '';

test.describe.configure({ mode: 'serial' });

/** Polls `check` every half second until it returns something. */
async function until<T>(check: () => Promise<T | undefined>, timeout = 30_000): Promise<T> {
  let found: T | undefined;
  await expect.poll(async () => (found = await check()) !== undefined, { timeout, intervals: [250, 500] }).toBe(true);
  return found!;
}

/** Changes the person's surname on one side, at the version that side holds. */
async function renameAt(side: UserApi, surname: string) {
  const current = (await (await side.api.get(`/api/people/${personId}`)).json()) as { version: number };
  await side.send('PATCH', `/api/people/${personId}`, { version: current.version, surname });
}

async function openConflictOf(api: APIRequestContext) {
  const { conflicts } = (await (await api.get('/api/sync/conflicts')).json()) as { conflicts: { personId: string; registrationNumber: string }[] };
  return conflicts.find((c) => c.personId === personId);
}

test.beforeAll('a post with a traveller edited at both ends while its link was down', async () => {
  test.setTimeout(180_000);
  hq = await userApi(HQ, 'border.supervisor');
  const sites = (await (await hq.api.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string }[];
  const site = sites.find((s) => s.code === 'bcp-nadlac')!;
  const { credential } = await hq.send<{ credential: string }>('POST', `/api/sync/sites/${site.id}/credentials`, {});

  const dataDir = path.resolve('.tmp', `e2e-edge-conflicts-${edgePort}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  edge = await startServer(
    edgePort,
    {
      SYNC_MODE: 'edge',
      SYNC_SITE_ID: site.id,
      SYNC_CREDENTIAL: credential,
      SYNC_HQ_URL: `http://127.0.0.1:${hqPort}`,
      SYNC_DEV_LINK_CONTROL: 'true',
      SYNC_INTERVAL_SECONDS: '1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
    120_000,
    'start',
  );
  // Nobody can sign in at the post before its first sync has brought the directory down.
  const probe = await request.newContext({ baseURL: EDGE });
  await expect
    .poll(async () => (await probe.post('/api/auth/login', { data: { username: 'border.officer', password: DEMO_PASSWORD } })).status(), { timeout: 90_000, intervals: [500] })
    .toBe(200);
  await probe.dispose();
  post = await userApi(EDGE, 'border.officer');

  // The traveller crosses at the post, which registers them there; the next cycle carries them to headquarters.
  const mrz = formatTd3({ issuingState: 'HUN', documentNumber: `M${run}`.slice(0, 9), surname: ORIGINAL, givenNames: 'ILONA', dateOfBirth: '1991-05-17', sex: 'F', expiryDate: '2034-01-31', nationality: 'HUN' });
  const crossing = await post.send<{ person: { id: string } }>('POST', '/api/border/crossings', {
    clientRef: `conflicts-${run}`,
    siteId: site.id,
    lane: 'A1',
    direction: 'entry',
    document: { mrz: mrz.join('\n') },
    purpose: 'tourism',
    decision: 'admitted',
  });
  personId = crossing.person.id;
  await until(async () => ((await hq.api.get(`/api/people/${personId}`)).ok() ? true : undefined));

  // The link goes down; the officer at the post and the supervisor at headquarters both correct the surname.
  await post.send('POST', '/api/sync/link', { state: 'down' }, 200);
  await renameAt(post, AT_POST);
  await renameAt(hq, AT_HQ);
  await post.send('POST', '/api/sync/link', { state: 'up' }, 200);
  registrationNumber = (await until(() => openConflictOf(hq.api))).registrationNumber;
});

test.afterAll(async () => {
  await post?.dispose();
  await hq?.dispose();
  await edge?.stop();
});

test('a supervisor reviews the conflict field by field, takes the post’s value, and the conflict leaves the list', async ({ page }) => {
  await signInToHome(page, 'border.supervisor');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Border', exact: true }).click();
  await page.getByRole('tab', { name: 'Border posts' }).click();
  await expect(page.getByRole('table', { name: 'Remote border posts' }).getByRole('row', { name: new RegExp(POST_NAME) })).toBeVisible();

  const conflicts = page.getByRole('table', { name: 'Conflicts to review' });
  const row = conflicts.getByRole('row').filter({ hasText: registrationNumber });
  await expect(row).toContainText(POST_NAME);
  await expect(row).toContainText('Surname');

  // The review dialog opens and closes from the keyboard, and focus comes back to where it was.
  const review = row.getByRole('button', { name: `Review the conflict of ${registrationNumber}` });
  await review.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Conflict on ${registrationNumber}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Both versions' })).toBeVisible();
  await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(review).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();

  // Both sides, field by field, with what the post started from; who changed each side, and when.
  const surname = dialog.getByRole('table', { name: 'Both versions' }).getByRole('row', { name: /Surname/ });
  await expect(surname.getByRole('cell')).toHaveText([AT_HQ, AT_POST, ORIGINAL]);
  await expect(dialog.getByText(`Changed at ${POST_NAME}`, { exact: true }).locator('..')).toContainText('by Bogdan Border-Officer');
  await expect(dialog.getByText('Changed at headquarters', { exact: true }).locator('..')).toContainText('by Sorina Supervisor');
  await expect(dialog.getByRole('link', { name: new RegExp(`^${AT_HQ}, `) })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/sync-conflicts-01-review.png`, fullPage: true });

  await dialog.getByRole('radio', { name: `Take the values from ${POST_NAME}` }).check();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('The passport scanned at the post reads the post’s spelling');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Conflict resolved')).toBeVisible();
  await expect(conflicts.getByRole('row').filter({ hasText: registrationNumber })).toHaveCount(0);
  // Headquarters' record now holds the post's value.
  expect(((await (await hq.api.get(`/api/people/${personId}`)).json()) as { surname: string }).surname).toBe(AT_POST);

  await page.getByRole('radiogroup', { name: 'Which conflicts' }).getByText('Resolved', { exact: true }).click();
  const resolved = conflicts.getByRole('row').filter({ hasText: registrationNumber });
  await expect(resolved).toContainText(`Take the values from ${POST_NAME}`);
  await resolved.getByRole('button').click();
  await expect(dialog.getByText('Decided', { exact: true }).locator('..')).toContainText('by Sorina Supervisor');
  await expect(dialog).toContainText('The passport scanned at the post');
  await page.screenshot({ path: `${SCREENS}/sync-conflicts-02-resolved.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The page and the dialog in Arabic, right to left.
  await page.evaluate(() => window.localStorage.setItem('crossroads.language', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'تعارضات للمراجعة' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'أي التعارضات' }).getByText('المحسومة', { exact: true }).click();
  await page.getByRole('row').filter({ hasText: registrationNumber }).getByRole('button').click();
  const arabic = page.getByRole('dialog', { name: `تعارض في سجل ${registrationNumber}` });
  await expect(arabic.getByText('عُدِّل في المقر الرئيسي', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/sync-conflicts-03-arabic.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(arabic).toBeHidden();
});
