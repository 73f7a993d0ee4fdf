/** The people registry: registering from a scanned MRZ, searching in any script, candidates, duplicates, merge and undo. */
import { expect, test, type Page } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { SCREENS, signInToHome } from './helpers';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const suffix = `${LETTERS[Math.floor(Math.random() * LETTERS.length)]}${Date.now() % 100000}`;
const documentNumber = `N${suffix}`.slice(0, 9);

const [line1, line2] = formatTd3({
  issuingState: 'SYR',
  documentNumber,
  surname: 'AL HASSAN',
  givenNames: 'MOHAMMED',
  dateOfBirth: '1988-03-14',
  sex: 'M',
  expiryDate: '2031-01-31',
  nationality: 'SYR',
});
// Position 10 of line 2 is the document number's check digit.
const wrongDigit = String((Number(line2[9]) + 1) % 10);
const brokenLine2 = `${line2.slice(0, 9)}${wrongDigit}${line2.slice(10)}`;

async function scan(page: Page, lines: string[]) {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

test.describe.configure({ mode: 'serial' });

let firstUrl = '';
let firstRegistration = '';

test('registers a person from a scanned TD3 MRZ, refusing a wrong check digit first', async ({ page }) => {
  await signInToHome(page, 'admin');
  await page.goto('/people/new');
  const mrzBox = page.getByLabel('Machine-readable zone (MRZ)');
  await expect(mrzBox).toBeFocused();

  await scan(page, [line1, brokenLine2]);
  await expect(page.locator('[data-check="documentNumber"][data-ok="false"]')).toBeVisible();
  await expect(page.getByText('Wrong check digit', { exact: true })).toBeVisible();
  await expect(page.getByText('This MRZ cannot be saved as a document')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-01-mrz-wrong-check-digit.png`, fullPage: true });

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(mrzBox).toBeFocused();
  await scan(page, [line1, line2]);
  await expect(page.locator('[data-check="documentNumber"][data-ok="true"]')).toBeVisible();
  await expect(page.locator('[data-ok="false"]')).toHaveCount(0);
  await expect(page.getByLabel('Surname')).toHaveValue('AL HASSAN');
  await expect(page.getByLabel('Given names')).toHaveValue('MOHAMMED');
  await expect(page.getByLabel('Date of birth')).toHaveValue('1988-03-14');
  await expect(page.getByLabel('Nationality')).toHaveValue('SYR');
  await expect(page.getByLabel('Document number')).toHaveValue(documentNumber);
  await page.getByLabel('Name in original script').fill('محمد الحسن');
  await page.screenshot({ path: `${SCREENS}/people-02-mrz-read.png`, fullPage: true });

  await page.getByRole('button', { name: 'Check for existing records' }).click();
  const candidates = page.getByRole('region', { name: 'Possible existing records' });
  await expect(candidates).toBeVisible();
  await expect(candidates.getByText('No existing record looks like this person.')).toBeVisible();
  await candidates.getByRole('button', { name: 'Register as new' }).click();

  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'AL HASSAN, MOHAMMED' })).toBeVisible();
  await expect(page.getByText(documentNumber)).toBeVisible();
  await expect(page.getByText('Checked', { exact: true })).toBeVisible();
  firstUrl = page.url();
  firstRegistration = (await page.locator('span[dir="ltr"]').first().textContent()) ?? '';
  expect(firstRegistration).not.toBe('');
  await page.screenshot({ path: `${SCREENS}/people-03-person.png`, fullPage: true });
});

test('finds the person by the Arabic-script name and by a Latin variant', async ({ page }) => {
  await signInToHome(page, 'admin');
  await page.goto(`/people?q=${encodeURIComponent('محمد الحسن')}`);
  const results = page.getByRole('table', { name: 'Search results' });
  await expect(results.getByText(firstRegistration)).toBeVisible();
  await expect(results.getByText('AL HASSAN, MOHAMMED')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-04-search-arabic.png`, fullPage: true });

  const name = page.getByLabel('Name (any script)');
  await name.fill('Muhammad Alhasan');
  await name.press('Enter');
  await expect(page).toHaveURL(/q=Muhammad/);
  await expect(results.getByText(firstRegistration)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-05-search-latin.png`, fullPage: true });
  await results.getByText('AL HASSAN, MOHAMMED').click();
  await expect(page).toHaveURL(firstUrl);
});

test('shows the first person as a candidate of a second registration, registered anyway', async ({ page }) => {
  await signInToHome(page, 'admin');
  await page.goto('/people/new');
  await page.getByLabel('Surname').fill('ALHASAN');
  await page.getByLabel('Given names').fill('MUHAMMAD');
  await page.getByLabel('Date of birth').fill('1988-03-14');
  await page.getByLabel('Nationality').fill('SYR');
  await page.getByRole('button', { name: 'Check for existing records' }).click();
  const candidates = page.getByRole('region', { name: 'Possible existing records' });
  await expect(candidates.getByText('AL HASSAN, MOHAMMED')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-06-candidates.png`, fullPage: true });
  await candidates.getByRole('button', { name: 'None of these — register as new' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(firstUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'ALHASAN, MUHAMMAD' })).toBeVisible();
});

test('finds the pair as duplicates, merges them and undoes the merge', async ({ page }) => {
  await signInToHome(page, 'admin');
  await page.goto('/people/duplicates');
  await page.getByRole('button', { name: 'Search for duplicates' }).click();
  await expect(page.getByText(/^Finished/)).toBeVisible({ timeout: 30_000 });
  const pair = page.getByRole('group', { name: /Possible duplicate: .*AL ?HAS+AN.* and .*AL ?HAS+AN/ }).first();
  await expect(pair).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-07-duplicates.png`, fullPage: true });

  await pair.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge two records' });
  await expect(dialog.getByRole('table', { name: 'Which value survives, field by field' })).toBeVisible();
  await dialog.getByRole('radio', { name: /^Surname: Record A/ }).check();
  await dialog.getByLabel('Reason').fill('Same passport holder, registered twice with a variant spelling');
  await page.screenshot({ path: `${SCREENS}/people-08-merge.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Merge the records' }).click();

  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await page.getByRole('tab', { name: 'Merges' }).click();
  await page.getByRole('button', { name: 'Undo merge' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo merge' });
  await undo.getByLabel('Reason').fill('Merged by mistake in the test');
  await undo.getByRole('button', { name: 'Undo the merge' }).click();
  await expect(page.getByText(/^Undone on/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/people-09-merge-undone.png`, fullPage: true });
});
