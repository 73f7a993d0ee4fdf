/**
 * Exports: a border supervisor exports the crossings list as CSV over a slow link, sees the rows
 * arrive in the progress bar, and the downloaded file holds exactly the crossings of the list; the XLSX
 * is a workbook; a cancelled export leaves no file.
 */
import fs from 'node:fs';
import { expect, test, type CDPSession } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { SCREENS, signInToHome } from './helpers';

/** Slows the page's downloads to `bytesPerSecond` (-1: no limit). */
async function throttle(cdp: CDPSession, bytesPerSecond: number) {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: bytesPerSecond, uploadThroughput: -1 });
}

test('a supervisor exports the crossings list with progress; the file holds the rows of the list; a cancelled export leaves no file', async ({ page }) => {
  test.setTimeout(150_000);
  await signInToHome(page, 'border.supervisor');

  // Every crossing of the demo's two months at the three BCPs: the day filter cleared, older pages opened.
  await page.goto('/border/crossings');
  await page.getByLabel('Day', { exact: true }).fill('');
  const table = page.getByRole('table', { name: 'Crossings' });
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const older = page.getByRole('button', { name: 'Show older' });
  while (await older.isVisible()) {
    const shown = await table.locator('tbody tr').count();
    await older.click();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(shown);
  }
  // The document column shows "number issuing-state".
  const listed = (await table.locator('tbody tr td:nth-child(7)').allTextContents()).map((text) => text.trim().split(/\s+/)[0]!).sort();
  expect(listed.length).toBeGreaterThan(100);

  // CSV over a slow link: the progress shows the rows arriving out of those announced.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await throttle(cdp, 8000);
  await page.getByRole('button', { name: 'Export this list' }).click();
  const downloaded = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  const progress = page.getByTestId('export-progress');
  await expect(progress.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  // Rows counted as they arrive, out of those the server announced before sending them.
  await expect(progress.getByRole('status')).toHaveText(/^[1-9]\d* of \d+ rows$/, { timeout: 60_000 });
  await page.screenshot({ path: `${SCREENS}/exports-progress.png` });
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^border-crossings-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parse(csv.slice(1), { columns: true }) as { documentNumber: string; at: string }[];
  expect(rows.map((r) => r.documentNumber).sort()).toEqual(listed);
  await expect(page.getByText(/^Export ready: border-crossings-/)).toBeVisible();
  await expect(progress).toHaveCount(0);

  // XLSX at full speed: a workbook (a zip package).
  await throttle(cdp, -1);
  await page.getByRole('button', { name: 'Export this list' }).click();
  const workbook = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /XLSX/ }).click();
  const xlsx = await workbook;
  expect(xlsx.suggestedFilename()).toMatch(/^border-crossings-.*\.xlsx$/);
  expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');

  // Cancelled half-way: no file, and the button is back.
  await throttle(cdp, 2000);
  let files = 0;
  page.on('download', () => (files += 1));
  await page.getByRole('button', { name: 'Export this list' }).click();
  await page.getByRole('menuitem', { name: /^CSV/ }).click();
  await expect(progress.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel export' }).click();
  await expect(page.getByText('Export cancelled')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export this list' })).toBeVisible();
  await throttle(cdp, -1);
  expect(files).toBe(0);
});
