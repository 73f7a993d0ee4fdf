/**
 * A remote border post whose link to headquarters goes down: the officer desk keeps recording crossings,
 * the desk shows the changes waiting to be sent, and when the link returns the queue drains to zero and
 * headquarters holds the crossings. Headquarters' posts page shows the post's last contact and queue.
 *
 * Headquarters is the server Playwright starts; this spec starts the post itself (edge mode, its own
 * embedded database) with the development link switch the sync README describes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, request, test, type Locator, type Page } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { startServer, type ServerProcess } from '../src/server/testing/server-processes';
import { DEMO_PASSWORD, SCREENS, signInToHome } from './helpers';

const hqPort = Number(process.env.E2E_PORT ?? 4173);
const edgePort = Number(process.env.E2E_EDGE_PORT ?? hqPort + 1);
const HQ = `http://localhost:${hqPort}`;
// Another host name than headquarters', so the two servers' session cookies never meet in one browser.
const EDGE = `http://127.0.0.1:${edgePort}`;
const POST_NAME = 'Nădlac II road crossing';

const run = `${Date.now() % 100000}`;
let documents = 0;
/** A TD3 passport MRZ with a document number of its own. */
function passport(surname: string, givenNames: string, dateOfBirth: string, nationality: string): string[] {
  documents += 1;
  return formatTd3({
    issuingState: nationality,
    documentNumber: `E${run}${documents}`.slice(0, 9),
    surname,
    givenNames,
    dateOfBirth,
    sex: 'F',
    expiryDate: '2034-01-31',
    nationality,
  });
}

const TRAVELLERS = [passport('KOVACS', 'ANNA', '1990-04-02', 'HUN'), passport('NAGY', 'EVA', '1984-12-19', 'HUN'), passport('SZABO', 'REKA', '2000-07-07', 'HUN')];
const numberOf = (lines: string[]) => lines[1]!.slice(0, 9).replace(/<+$/, '');

let edge: ServerProcess | undefined;
let silentPost = '';

test.use({ baseURL: EDGE });
test.describe.configure({ mode: 'serial' });

test.beforeAll('a credential for the post from headquarters, and the post started with it', async () => {
  test.setTimeout(240_000);
  const hq = await request.newContext({ baseURL: HQ });
  expect((await hq.post('/api/auth/login', { data: { username: 'border.supervisor', password: DEMO_PASSWORD } })).ok()).toBeTruthy();
  const csrf = ((await (await hq.get('/api/auth/me')).json()) as { csrfToken: string }).csrfToken;
  const sites = (await (await hq.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string; name: string }[];
  const site = sites.find((s) => s.code === 'bcp-nadlac')!;
  const issued = await hq.post(`/api/sync/sites/${site.id}/credentials`, { headers: { 'X-CSRF-Token': csrf }, data: {} });
  expect(issued.status(), await issued.text()).toBe(201);
  const { credential } = (await issued.json()) as { credential: string };
  // A second post with a credential that never calls: headquarters shows it as stale.
  const silent = sites.find((s) => s.code !== 'bcp-nadlac')!;
  expect((await hq.post(`/api/sync/sites/${silent.id}/credentials`, { headers: { 'X-CSRF-Token': csrf }, data: {} })).status()).toBe(201);
  silentPost = silent.name;
  await hq.dispose();

  const dataDir = path.resolve('.tmp', `e2e-edge-${edgePort}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  edge = await startServer(
    edgePort,
    {
      SYNC_MODE: 'edge',
      SYNC_SITE_ID: site.id,
      SYNC_CREDENTIAL: credential,
      SYNC_HQ_URL: `http://127.0.0.1:${hqPort}`,
      SYNC_DEV_LINK_CONTROL: 'true',
      SYNC_INTERVAL_SECONDS: '2',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_DIR: path.resolve('dist/web'),
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
    180_000,
    'start',
  );
  // Nobody can sign in at the post before its first sync has brought the directory down.
  const post = await request.newContext({ baseURL: EDGE });
  await expect
    .poll(async () => (await post.post('/api/auth/login', { data: { username: 'border.officer', password: DEMO_PASSWORD } })).status(), { timeout: 120_000, intervals: [1000] })
    .toBe(200);
  await post.dispose();
});

test.afterAll(async () => {
  await edge?.stop();
});

/** Takes the post's link to headquarters down or up, as the desk's own session. */
async function setLink(page: Page, state: 'down' | 'up') {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/sync/link', { headers: { 'X-CSRF-Token': me.csrfToken }, data: { state } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

/** The number of changes the desk shows as waiting to be sent. */
async function queueLength(status: Locator): Promise<number> {
  const text = (await status.getByTestId('sync-queue').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

test('the officer desk keeps recording while the link is down and shows the queue draining when it returns', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInToHome(page, 'border.officer');
  await page.goto('/border/desk');
  const status = page.getByRole('status', { name: 'Link to headquarters' });
  await expect(status).toContainText('Online');
  await expect(status).toContainText(/National alerts v\d+/);
  await expect.poll(() => queueLength(status)).toBe(0);

  await setLink(page, 'down');
  await expect(status).toContainText('Offline');
  await expect(status).toContainText('link switched off');

  const mrz = page.getByLabel('Document MRZ');
  let waiting = 0;
  for (const [index, lines] of TRAVELLERS.entries()) {
    await expect(mrz).toBeFocused();
    for (const line of lines) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('button', { name: /^Admit/ })).toBeEnabled();
    await page.keyboard.press('F2');
    await expect(page.getByRole('status', { name: 'Crossing recorded' })).toContainText('Admitted');
    // The crossing is recorded at the post; the desk shows one more change waiting for the link.
    const before = waiting;
    await expect.poll(() => queueLength(status)).toBeGreaterThan(before);
    waiting = await queueLength(status);
    if (index === TRAVELLERS.length - 1) {
      await expect(status).toContainText('Offline');
      await page.screenshot({ path: `${SCREENS}/bcp-offline-01-queue-while-down.png`, fullPage: true });
    }
    await page.keyboard.press('Escape');
  }

  await setLink(page, 'up');
  await expect(status).toContainText('Online', { timeout: 30_000 });
  await expect.poll(() => queueLength(status), { timeout: 30_000 }).toBe(0);
  await page.screenshot({ path: `${SCREENS}/bcp-offline-02-queue-drained.png`, fullPage: true });

  // Headquarters holds the three crossings, and its posts page shows the post's last contact and empty queue.
  const hq = await browser.newContext({ baseURL: HQ });
  const hqPage = await hq.newPage();
  await signInToHome(hqPage, 'border.supervisor');
  const sites = (await (await hqPage.request.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string }[];
  const siteId = sites.find((s) => s.code === 'bcp-nadlac')!.id;
  const crossings = (await (await hqPage.request.get(`/api/border/crossings?siteId=${siteId}&limit=500`)).json()) as { items: { document: { number: string } }[] };
  const numbers = crossings.items.map((c) => c.document.number);
  for (const lines of TRAVELLERS) {
    expect(numbers).toContain(numberOf(lines));
  }
  await hqPage.goto('/border/posts');
  const posts = hqPage.getByRole('table', { name: 'Remote border posts' });
  const row = posts.getByRole('row', { name: new RegExp(POST_NAME) });
  await expect(row).toContainText(/second|now/);
  await expect(row.getByRole('cell').nth(1)).toHaveText('0');
  await expect(row).toContainText('Up to date');
  const silentRow = posts.getByRole('row', { name: new RegExp(silentPost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(silentRow).toHaveAttribute('data-stale', 'true');
  await expect(silentRow).toContainText('Never synchronised');
  await expect(hqPage.getByRole('alert').filter({ hasText: 'not called recently' })).toContainText(silentPost);
  await expect(hqPage.getByRole('heading', { name: 'Conflicts to review' })).toBeVisible();
  await hqPage.screenshot({ path: `${SCREENS}/bcp-offline-03-headquarters-posts.png`, fullPage: true });

  // Both screens in Arabic, right to left.
  await hqPage.evaluate(() => window.localStorage.setItem('crossroads.language', 'ar'));
  await hqPage.reload();
  await expect(hqPage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(hqPage.getByRole('heading', { name: 'المنافذ الحدودية البعيدة' })).toBeVisible();
  await hqPage.screenshot({ path: `${SCREENS}/bcp-offline-04-headquarters-posts-arabic.png`, fullPage: true });
  await hq.close();
  await page.evaluate(() => window.localStorage.setItem('crossroads.language', 'ar'));
  await page.reload();
  // "Online" exactly: "Offline" reads "غير متصل".
  await expect(page.getByRole('status', { name: 'الاتصال بالمقر الرئيسي' }).getByText('متصل', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/bcp-offline-05-desk-arabic.png`, fullPage: true });
});
