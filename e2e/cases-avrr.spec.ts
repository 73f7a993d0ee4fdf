/**
 * Assisted voluntary return: a caseworker opens an AVRR case for a person, takes it through counselling and
 * eligibility, walks the pre-departure checklist item by item; the person's exit crossing recorded at the airport
 * confirms the departure on the case; the case counts in the return statistics by country of return.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { SCREENS, signInToHome, userApi } from './helpers';
import { choose, field } from './training-helpers';

const CHECKLIST: [string, 'Done' | 'Not needed'][] = [
  ['Travel document from the embassy', 'Done'],
  ['Medical fitness to travel', 'Not needed'],
  ['Ticket', 'Done'],
  ['Pocket money', 'Done'],
  ['Escort', 'Not needed'],
  ['Transit assistance', 'Done'],
  ['Arrival assistance', 'Done'],
];

function uniqueLetters(): string {
  return Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/\d/g, (digit) => 'QWXYZJKVBP'[Number(digit)]!);
}

/** Records the person's admitted exit at the airport, as the border desk sends it. */
async function recordExit(baseURL: string, personId: string, surname: string) {
  const border = await userApi(baseURL, 'border.supervisor');
  try {
    const sites = (await (await border.api.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string }[];
    const airport = sites.find((site) => site.code === 'bcp-otopeni')!;
    const mrz = formatTd3({
      issuingState: 'MDA',
      documentNumber: `R${uniqueLetters()}`.slice(0, 9),
      surname,
      givenNames: 'ION',
      dateOfBirth: '1987-09-23',
      sex: 'M',
      expiryDate: '2031-01-01',
      nationality: 'MDA',
    }).join('\n');
    const at = new Date().toISOString();
    await border.send('POST', '/api/border/crossings', {
      clientRef: `e2e-avrr-${Date.now()}`,
      siteId: airport.id,
      lane: 'X1',
      direction: 'exit',
      at,
      firstScanAt: new Date(Date.now() - 40_000).toISOString(),
      document: { mrz },
      traveller: { personId },
      purpose: 'return',
      decision: 'admitted',
      refusalReason: null,
    });
  } finally {
    await border.dispose();
  }
}

/** Opens a state move's dialog by its button and confirms it with the same words. */
async function move(page: Page, step: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step }).click();
  const dialog = page.getByRole('dialog', { name: step });
  if (fill) {
    await fill(dialog);
  }
  await dialog.getByRole('button', { name: step }).click();
  await expect(dialog).toBeHidden();
}

test('an AVRR case walks its pre-departure checklist to a departure confirmed by the border, and counts in the statistics', async ({ page, baseURL }) => {
  const surname = `RUSU${uniqueLetters()}`;
  const admin = await userApi(baseURL!, 'admin');
  const { id: personId } = await admin.send<{ id: string }>('POST', '/api/people', {
    surname,
    givenNames: 'Ion',
    sex: 'M',
    dateOfBirth: '1987-09-23',
    nationalities: ['MDA'],
  });
  await admin.dispose();

  await signInToHome(page, 'caseworker');
  await page.goto('/cases/list');
  await page.getByRole('button', { name: 'Open a case' }).click();
  const open = page.getByRole('dialog', { name: 'Open a case' });
  await choose(page, open, 'Type', 'Voluntary return (AVRR)');
  await field(open, 'Title').fill(`Return of Ion ${surname} to Moldova`);
  await open.getByRole('combobox', { name: /^Person/ }).fill(surname);
  await page.getByRole('option', { name: new RegExp(surname) }).click();
  await open.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(surname) })).toBeVisible();

  await move(page, 'Move to: Counselling');
  await move(page, 'Move to: Eligibility', async (dialog) => {
    await field(dialog, 'Country of return').fill('MDA');
  });
  await move(page, 'Move to: Pre-departure', async (dialog) => {
    await choose(page, dialog, 'Eligibility decision', 'Eligible');
  });

  // The checklist, item by item, on the return tab.
  await page.getByRole('tab', { name: 'Return' }).click();
  await expect(page.getByTestId('departure')).toContainText('Not departed yet');
  const checklist = page.getByRole('table', { name: 'Checklist' });
  for (const [item, status] of CHECKLIST) {
    await checklist.getByRole('combobox', { name: `Status of ${item}` }).click();
    await page.getByRole('option', { name: status, exact: true }).click();
    await expect(checklist.getByRole('combobox', { name: `Status of ${item}` })).toHaveValue(status);
  }
  await expect(page.getByText('7 of 7 items done or not needed')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/cases-avrr-checklist.png`, fullPage: true });

  // The departure can be recorded by hand, but here the border confirms it: the exit crossing at the airport.
  await expect(page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Record the departure by hand' })).toBeVisible();
  await recordExit(baseURL!, personId, surname);
  await page.reload();
  await page.getByRole('tab', { name: 'Return' }).click();
  await expect(page.getByTestId('departure')).toContainText('Departed on');
  await expect(page.getByTestId('departure')).toContainText('Confirmed by the exit crossing recorded at the border.');
  await expect(page.getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Move to: Reintegration' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/cases-avrr-departed.png`, fullPage: true });

  // The return statistics count the case by its country of return.
  await page.goto('/cases/statistics');
  const detail = page.getByRole('table', { name: 'Cases by country and vulnerability' });
  await expect(detail.getByRole('row', { name: /^MDA/ }).first()).toBeVisible();
});
