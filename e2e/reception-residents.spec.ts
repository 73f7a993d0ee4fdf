/**
 * Reception and minors: an unaccompanied minor without a legal representative is listed and gets one (the
 * representatives' caseloads shown); a resident checks out and the centre's free places go up; the centres
 * page in Arabic reads right-to-left.
 */
import { expect, test } from '@playwright/test';
import { SCREENS, signInToHome, userApi } from './helpers';
import { addBeds, centres, registerPerson, suffix } from './reception-helpers';
import { choose } from './training-helpers';

test('a minor without a representative appears in the list and gets one', async ({ page, baseURL }) => {
  const run = suffix();
  const admin = await userApi(baseURL!, 'admin');
  const surname = `Karimi${run}`;
  const personId = await registerPerson(admin, { surname, givenNames: 'Yusuf', sex: 'M', dateOfBirth: '2011-03-02', nationalities: ['AFG'] });
  await admin.send('POST', '/api/asylum/minors', { personId });
  const representative = `Maria Ionescu ${run}`;
  await admin.send('POST', '/api/asylum/representatives', {
    name: representative,
    organisation: 'National Council for Refugees',
    contact: '+40 21 000 0000',
    trainedOn: '2026-01-15',
    active: true,
  });
  await admin.dispose();

  await signInToHome(page, 'clerk');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Reception' }).click();
  await page.getByRole('tab', { name: 'Unaccompanied minors' }).click();
  await page.getByText('Without a representative', { exact: true }).click();
  await expect(page).toHaveURL(/view=without-representative/);
  const list = page.getByRole('table', { name: 'Minors: Without a representative' });
  const row = list.getByRole('row').filter({ hasText: surname });
  await expect(row).toBeVisible();
  await expect(row.getByText('Yes').first()).toBeVisible();

  await row.getByRole('button', { name: /^Assign a representative to / }).click();
  const dialog = page.getByRole('dialog', { name: /^Legal representative for / });
  const option = dialog.getByRole('radio', { name: new RegExp(`^${representative} · National Council for Refugees · caseload 0$`) });
  await expect(option).toBeVisible();
  await option.check();
  await page.screenshot({ path: `${SCREENS}/reception-minor-assign.png` });
  await dialog.getByRole('button', { name: 'Assign a representative' }).click();
  await expect(page.getByText(`${representative} now represents`)).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: surname })).toHaveCount(0);

  await page.getByText('All', { exact: true }).click();
  const all = page.getByRole('table', { name: 'Minors: All' });
  await expect(all.getByRole('row').filter({ hasText: surname })).toContainText(representative);
  await page.getByRole('tab', { name: 'Legal representatives' }).click();
  await expect(page.getByRole('row').filter({ hasText: representative }).getByRole('cell', { name: '1', exact: true })).toBeVisible();
});

test('a resident checks out and the free places go up; the centres page in Arabic is right-to-left', async ({ page, baseURL }) => {
  const run = suffix();
  const admin = await userApi(baseURL!, 'admin');
  const timisoara = (await centres(admin)).find((c) => c.code === 'rc-timisoara')!;
  await addBeds(admin, timisoara.id, 2, `E2E-${run}`);
  const surname = `Nouri${run}`;
  const personId = await registerPerson(admin, { surname, givenNames: 'Samir', sex: 'M', dateOfBirth: '1990-07-11', nationalities: ['IRQ'] });
  await admin.send('POST', '/api/reception/placements', { personId, siteId: timisoara.id });
  await admin.dispose();

  await signInToHome(page, 'clerk');
  await page.goto('/reception/centres');
  const freeCell = page.locator('[data-centre="rc-timisoara"] [data-free]');
  const before = Number(await freeCell.getAttribute('data-free'));

  await page.getByRole('link', { name: timisoara.name }).click();
  await expect(page.getByRole('heading', { name: timisoara.name })).toBeVisible();
  const residents = page.getByRole('table', { name: 'Residents' });
  const row = residents.getByRole('row').filter({ hasText: surname });
  await row.getByRole('button', { name: /^Actions for / }).click();
  await page.getByRole('menuitem', { name: 'Check out' }).click();
  const dialog = page.getByRole('dialog', { name: /^Check out / });
  await choose(page, dialog, 'Reason', 'Moved out');
  await dialog.getByRole('button', { name: 'Check out' }).click();
  await expect(page.getByText(/checked out\.$/)).toBeVisible();
  await expect(residents.getByRole('row').filter({ hasText: surname })).toHaveCount(0);

  await page.getByRole('link', { name: '← All centres' }).click();
  await expect(freeCell).toHaveAttribute('data-free', String(before + 1));
  await page.screenshot({ path: `${SCREENS}/reception-centres.png`, fullPage: true });

  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('tab', { name: 'المراكز' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'المراكز وأماكنها' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'المجاميع الوطنية', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/reception-centres-arabic.png`, fullPage: true });
});
