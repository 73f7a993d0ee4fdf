import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCREENS, signInToHome } from './helpers';

const WATCHLIST_HEADER =
  'external_ref,name,aliases,date_of_birth,nationalities,document_numbers,action,valid_from,valid_to,note';
const LOST_HEADER = 'number,issuing_state,reason,reported_at,source';

/** Picks a CSV through the file field's own chooser, as a person would. */
async function chooseCsv(page: Page, form: Locator, name: string, lines: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await form.getByLabel(/^CSV file/).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByLabel(new RegExp(`^${label}( \\*)?$`)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Today at the border (Europe/Bucharest) and the day `days` before it, as YYYY-MM-DD. */
function borderDay(daysBefore = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - daysBefore);
  return day.toISOString().slice(0, 10);
}

test('a supervisor creates a watchlist, fixes the row a dry run refuses, imports it and sees the new version', async ({
  page,
}) => {
  const stamp = Date.now();
  const code = `e2e-list-${stamp}`;
  const name = `E2E sanctions ${stamp}`;
  await signInToHome(page, 'border.supervisor');
  await page.goto('/border/watchlists');

  // The demo list is there with its first version.
  const demo = page.getByRole('row', { name: /national-alerts/ });
  await expect(demo.getByRole('cell').nth(3)).toHaveText('1');
  await expect(demo.getByRole('cell').nth(4)).toHaveText('30');

  await page.getByRole('button', { name: 'New list' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Code/).fill(code);
  await dialog.getByLabel(/^Name/).fill(name);
  await choose(page, dialog, 'Kind', 'Sanctions');
  await dialog.getByLabel(/^Threshold/).fill('0.85');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Sanctions');
  await expect(row).toContainText('Not imported yet');
  await expect(page.getByRole('heading', { name: `Imports of ${name}` })).toBeVisible();

  const form = page.getByRole('form', { name: `Import a CSV into ${name}` });
  await form.getByRole('button', { name: 'Expected columns and template' }).click();
  await expect(form.getByRole('table', { name: 'Columns of the CSV file' })).toContainText('date_of_birth');
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download a template' }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe('watchlist-template.csv');
  // The byte-order mark lets spreadsheet programs open it as UTF-8.
  expect(fs.readFileSync(await template.path(), 'utf8')).toBe(`\uFEFF${WATCHLIST_HEADER}\r\n`);

  // A file over the upload limit is refused before it is sent.
  const chooser = page.waitForEvent('filechooser');
  await form.getByLabel(/^CSV file/).click();
  await (
    await chooser
  ).setFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(26 * 1024 * 1024, 'a') });
  await expect(
    form.getByText(/^The file is about 26 MB; at most 25 MB can be uploaded at once/),
  ).toBeVisible();
  await expect(form.getByRole('button', { name: 'Check the file (dry run)' })).toBeDisabled();

  // A dry run names the bad row, and the import stays closed.
  const rows = [
    'S-1,Karim Nouri,كريم نوري,1979-04-02,IRQ,,notify,,,',
    'S-2,Olga Ivanova,Ольга Иванова;Olga Iwanowa,1983,RUS,,shoot,,,',
    'S-3,Juan Pérez,,1970-12-24,COL,PA1234567,monitor,,2030-12-31,Sanctions list 2026/4',
  ];
  await chooseCsv(page, form, 'sanctions.csv', [WATCHLIST_HEADER, ...rows]);
  await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
  const errors = form.getByRole('table', { name: 'Row errors' });
  await expect(errors.getByRole('row', { name: /^3 action Unknown action "shoot"/ })).toBeVisible();
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(form.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}/border-watchlist-dry-run-error.png`, fullPage: true });

  // Fixed, it passes the dry run and only then imports.
  rows[1] = rows[1]!.replace('shoot', 'refuse-entry');
  await chooseCsv(page, form, 'sanctions-fixed.csv', [WATCHLIST_HEADER, ...rows]);
  await expect(form.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await form.getByRole('button', { name: 'Check the file (dry run)' }).click();
  const preview = form.getByRole('region', { name: 'Dry run: what the import would do' });
  await expect(preview).toContainText('3 rows can be read');
  await expect(
    preview.getByRole('table', { name: 'Changes to the list' }).getByRole('row', { name: 'Added' }),
  ).toContainText('3');
  await expect(preview.getByText('No errors: the file can be imported.')).toBeVisible();
  await expect(preview.getByRole('table', { name: 'First rows of the file' })).toContainText('Ольга Иванова');
  await form.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(form.getByRole('status')).toHaveText(/^Done · 3 of 3 rows written$/);
  await expect(
    form.getByText('Version 1 is live: 3 added, 0 changed, 0 removed, 0 unchanged.'),
  ).toBeVisible();
  await expect(row.getByRole('cell').nth(3)).toHaveText('1');
  await expect(row.getByRole('cell').nth(4)).toHaveText('3');
  const history = page.getByRole('table', { name: `Imports of ${name}` });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Done');
  await expect(history.getByRole('row').nth(1)).toContainText('sanctions-fixed.csv');
  await expect(history.getByRole('row').nth(1)).toContainText('Sorina Supervisor');
  await page.screenshot({ path: `${SCREENS}/border-watchlist-imported.png`, fullPage: true });

  // Switched off from its row, the list says so.
  await row.getByRole('switch', { name: `${name} is active` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${name} is switched off: its entries no longer match`)).toBeVisible();
  await expect(row.getByRole('switch', { name: `${name} is active` })).not.toBeChecked();
});

test('a supervisor lists a stolen document, finds it by look-up and imports a list after a dry run', async ({
  page,
}) => {
  const number = `E2E${String(Date.now()).slice(-7)}`;
  await signInToHome(page, 'border.supervisor');
  await page.goto('/border/lost-documents');

  const listForm = page.getByRole('form', { name: 'List a document' });
  await listForm.getByLabel(/^Document number/).fill(number);
  await listForm.getByLabel(/^Issuing state/).fill('SYR');
  await choose(page, listForm, 'Reason', 'Stolen');
  await listForm.getByLabel(/^Source/).fill('Interpol SLTD');
  await listForm.getByRole('button', { name: 'List the document' }).click();
  await expect(page.getByText(`${number} (SYR) is listed as Stolen`)).toBeVisible();

  const lookup = page.getByRole('form', { name: 'Look up a document' });
  await lookup.getByLabel(/^Document number/).fill(number.toLowerCase());
  await lookup.getByLabel(/^Issuing state/).fill('SYR');
  await lookup.getByRole('button', { name: 'Look up' }).click();
  const listed = page.getByRole('table', { name: 'Listed document' });
  await expect(listed.getByRole('row', { name: /^Reason/ })).toContainText('Stolen');
  await expect(listed.getByRole('row', { name: /^Source/ })).toContainText('Interpol SLTD');
  await expect(page.getByText('On the list', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/border-lost-document.png`, fullPage: true });

  await page.getByRole('button', { name: 'Take off the list' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Take off the list' }).click();
  await expect(page.getByText(/^Taken off the list on /)).toBeVisible();

  // A document never listed, and one of the demo list.
  await lookup.getByLabel(/^Document number/).fill('ZZ0000001');
  await lookup.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('ZZ0000001 (SYR) is not on the list.')).toBeVisible();
  await lookup.getByLabel(/^Document number/).fill('N07345121');
  await lookup.getByRole('button', { name: 'Look up' }).click();
  await expect(listed.getByRole('row', { name: /^Reason/ })).toContainText('Stolen');

  const importForm = page.getByRole('form', { name: 'Import a CSV of documents' });
  const lines = [LOST_HEADER, `${number}B,UKR,lost,,Embassy`, `${number}C,XX,stolen,,Interpol SLTD`];
  await chooseCsv(page, importForm, 'documents.csv', lines);
  await importForm.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(
    importForm
      .getByRole('table', { name: 'Row errors' })
      .getByRole('row', { name: /^3 issuing_state "XX" is not/ }),
  ).toBeVisible();
  await expect(importForm.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  lines[2] = lines[2]!.replace(',XX,', ',MDA,');
  await chooseCsv(page, importForm, 'documents-fixed.csv', lines);
  await importForm.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await expect(importForm.getByText('2 rows can be read.')).toBeVisible();
  await importForm.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importForm.getByRole('status')).toHaveText('Imported: 2 documents newly listed, 0 updated.');
});

test('the overstayers report lists a person past 90 days and links to their record', async ({ page }) => {
  const documentNumber = `OS${String(Date.now()).slice(-7)}`;
  await signInToHome(page, 'border.supervisor');
  // An entry 100 days ago with no exit since: 101 days in the territory, 11 over the limit.
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const sites = (await (await page.request.get('/api/admin/sites')).json()) as { id: string; code: string }[];
  const entered = borderDay(100);
  const crossing = await page.request.post('/api/border/crossings', {
    headers: { 'X-CSRF-Token': me.csrfToken },
    data: {
      clientRef: `e2e-overstay-${documentNumber}`,
      siteId: sites.find((site) => site.code === 'bcp-nadlac')!.id,
      lane: 'A1',
      direction: 'entry',
      at: `${entered}T10:00:00Z`,
      document: {
        number: documentNumber,
        issuingState: 'MDA',
        surname: 'LUNGU',
        givenNames: 'TEODOR',
        nationality: 'MDA',
        dateOfBirth: '1991-05-17',
        sex: 'M',
      },
      purpose: 'tourism',
      decision: 'admitted',
    },
  });
  expect(crossing.status(), await crossing.text()).toBe(201);

  await page.goto('/border/overstayers');
  await expect(page.getByLabel(/^Day/)).toHaveValue(borderDay());
  const report = page.getByRole('table', { name: 'Overstayers' });
  const row = report.getByRole('row', { name: new RegExp(documentNumber) });
  await expect(row).toContainText('Nădlac II road crossing');
  await expect(row).toContainText('Tourism');
  await expect(row.getByRole('cell').nth(5)).toHaveText('101');
  await expect(row.getByRole('cell').nth(8)).toHaveText('11');
  await page.screenshot({ path: `${SCREENS}/border-overstayers.png`, fullPage: true });

  // On the day of the entry the traveller had not overstayed yet (others recorded by other specs may have).
  await page.getByLabel(/^Day/).fill(entered);
  await expect(page.getByRole('row', { name: new RegExp(documentNumber) })).toHaveCount(0);
  await page.getByLabel(/^Day/).fill(borderDay());
  await report.getByRole('link', { name: 'TEODOR LUNGU' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: /LUNGU/i })).toBeVisible();
});

test('the watchlists page turns right-to-left in Arabic, codes staying left-to-right', async ({ page }) => {
  await signInToHome(page, 'border.supervisor');
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await page.goto('/border/watchlists');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('tab', { name: 'قوائم المراقبة', selected: true })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'قوائم المراقبة' })
    .getByRole('row', { name: /national-alerts/ });
  await expect(row).toContainText('وطنية');
  await expect(row.locator('[dir="ltr"]', { hasText: 'national-alerts' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'فحص الملف (تجربة)' })).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}/border-watchlists-arabic.png`, fullPage: true });
});
