/**
 * Privacy: the data-protection officer produces a subject-access export for a demo person (a purpose is
 * asked first), and the downloaded ZIP holds each module's JSON file and the PDF summary; the retention
 * rules show a dry run, a rule is switched on and purged with its progress; the privacy area reads
 * right to left in Arabic.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { SCREENS, navigationModules, signInToHome } from './helpers';

const MODULE_FILES = ['people.json', 'border.json', 'reception.json', 'asylum.json', 'cases.json', 'documents.json'];

test('an officer produces a subject-access export for a demo person', async ({ page }) => {
  await signInToHome(page, 'dpo');
  expect(await navigationModules(page)).toContain('Privacy');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('tab', { name: 'Subject access' }).click();
  const search = page.getByRole('main').getByRole('searchbox', { name: 'Search people' });
  await search.fill('Omar Al-Khalil');
  await search.press('Enter');
  const results = page.getByRole('table', { name: 'Search results' });
  await results.getByRole('row').filter({ hasText: /Al-Khalil/i }).first().getByRole('cell').nth(1).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  const registrationNumber = ((await page.locator('span[dir="ltr"]').first().textContent()) ?? '').trim();
  expect(registrationNumber).toMatch(/^P-\d{4}-\d{6}$/);

  await page.getByRole('button', { name: 'Subject-access export' }).click();
  const dialog = page.getByRole('dialog', { name: /^Subject-access export: / });
  const purpose = dialog.getByRole('textbox', { name: 'Purpose of the export' });
  await expect(purpose).toBeFocused();
  // Too short a purpose is refused before anything is exported.
  await purpose.fill('SAR');
  await dialog.getByRole('button', { name: 'Export and download' }).click();
  await expect(dialog.getByText('Write at least 5 characters.')).toBeVisible();
  await purpose.fill('Request of the person concerned, letter 17/2026');
  await page.screenshot({ path: `${SCREENS}/privacy-subject-access.png`, fullPage: true });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export and download' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`subject-access-${registrationNumber}-${new Date().toISOString().slice(0, 10)}.zip`);
  await expect(dialog.getByText('The export is complete.')).toBeVisible();

  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const names = Object.keys(zip.files);
  expect(names).toEqual(expect.arrayContaining(['manifest.json', 'summary.pdf', ...MODULE_FILES]));
  const people = JSON.parse(await zip.file('people.json')!.async('string')) as { data: { records: Array<{ registrationNumber: string; surname: string }> } };
  expect(people.data.records[0]).toMatchObject({ registrationNumber, surname: 'Al-Khalil' });
  const asylum = JSON.parse(await zip.file('asylum.json')!.async('string')) as { data: { applications: unknown[] } };
  expect(asylum.data.applications.length).toBeGreaterThanOrEqual(1);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { purpose: string; complete: boolean };
  expect(manifest).toMatchObject({ purpose: 'Request of the person concerned, letter 17/2026', complete: true });
  const pdf = await zip.file('summary.pdf')!.async('uint8array');
  expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
  await page.screenshot({ path: `${SCREENS}/privacy-subject-access-done.png`, fullPage: true });
});

test('retention rules: a dry run counts, a rule switched on is purged with its progress; Arabic reads right to left', async ({ page }) => {
  await signInToHome(page, 'dpo');
  await page.goto('/privacy');
  await expect(page).toHaveURL(/\/privacy\/retention$/);
  const rules = page.getByRole('table', { name: 'Retention rules' });
  await expect(rules.getByRole('row')).toHaveCount(6);
  await page.getByRole('button', { name: 'Dry run: count what would go' }).click();
  await expect(page.getByText(/^Dry run of .*Nothing was deleted\.$/)).toBeVisible();
  await expect(rules.locator('[data-record-type="border.crossing"] [data-would-go]')).toHaveAttribute('data-would-go', /^\d+$/);

  // Crossings kept for 100 years: switched on, purged now, nothing that young goes.
  await expect(page.getByRole('button', { name: 'Purge Border crossings now' })).toBeDisabled();
  await page.getByRole('button', { name: 'Change the rule for Border crossings' }).click();
  const rule = page.getByRole('dialog', { name: 'Retention of Border crossings' });
  await rule.getByRole('textbox', { name: 'Keep for' }).fill('100');
  await rule.getByRole('switch', { name: 'Rule on: purge expired records' }).click();
  await rule.getByRole('button', { name: 'Save' }).click();
  await expect(rule).toBeHidden();
  await expect(rules.locator('[data-record-type="border.crossing"]')).toContainText('100 years');
  await page.getByRole('button', { name: 'Purge Border crossings now' }).click();
  const purge = page.getByRole('dialog', { name: 'Purge Border crossings' });
  await expect(purge.getByText(/^The dry run finds 0 records to delete\./)).toBeVisible();
  await purge.getByRole('button', { name: 'Delete them now' }).click();
  await expect(purge.getByText('Done: 0 records deleted.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/privacy-purge.png`, fullPage: true });
  await purge.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Purges' }).click();
  await expect(page.getByRole('table', { name: 'Purges' }).getByRole('row').filter({ hasText: 'Border crossings' }).first()).toContainText('On request');

  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('tab', { name: 'قواعد الاحتفاظ' }).click();
  await expect(page.getByRole('table', { name: 'قواعد الاحتفاظ' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/privacy-retention-rtl.png`, fullPage: true });
  await page.getByRole('button', { name: /العربية/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
});
