/**
 * The interpreter pool: a caseworker filters the pool by language, finds a Dari interpreter free at a time
 * and books them for an asylum interview; a second, overlapping booking of the same interpreter is refused
 * with the server's message; the bookings read right-to-left in Arabic.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCREENS, signInToHome } from './helpers';
import { field } from './training-helpers';

/** The next Wednesday at least three days ahead, as the date inputs take it (a working day for the demo interpreters). */
function nextWednesday(): string {
  const day = new Date(Date.now() + 3 * 86_400_000);
  while (day.getDay() !== 3) {
    day.setDate(day.getDate() + 1);
  }
  return new Date(day.getTime() - day.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Picks a language in a searchable language field by typing its name and choosing with the keyboard. */
async function pickLanguage(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?$`) });
  await box.click();
  await box.pressSequentially(typed, { delay: 30 });
  await expect(page.getByRole('option', { name: option })).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue(option);
}

test('a caseworker books an interpreter; an overlapping booking of the same interpreter is refused; Arabic reads right-to-left', async ({
  page,
}) => {
  const day = nextWednesday();
  await signInToHome(page, 'caseworker');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Interpreters' }).click();

  // The pool, filtered by language.
  await expect(page.getByRole('tab', { name: 'Pool' })).toHaveAttribute('aria-selected', 'true');
  await pickLanguage(page, 'Language', 'Dari', /^Dari \(prs\)$/);
  const pool = page.getByRole('table', { name: 'Pool' });
  await expect(pool.getByRole('link', { name: 'Farid Ahmadi' })).toBeVisible();
  await expect(pool.getByRole('link', { name: 'Zarghona Wardak' })).toBeVisible();
  await expect(pool.getByRole('link', { name: 'Selam Tesfay' })).toHaveCount(0);

  // Find who speaks Dari and is free on Wednesday 10:00–11:00, and book Farid Ahmadi.
  await page.getByRole('tab', { name: 'Book an interpreter' }).click();
  await pickLanguage(page, 'Language', 'prs', /^Dari \(prs\)$/);
  await field(page, 'Date').fill(day);
  await field(page, 'From').fill('10:00');
  await field(page, 'To').fill('11:00');
  await page.getByRole('button', { name: 'Find interpreters' }).click();
  const farid = page.getByRole('radio', { name: 'Farid Ahmadi' });
  await expect(farid).toBeVisible();
  await farid.check();
  await field(page, 'Reference').fill('APP-2026-0042');
  await field(page, 'Short label').fill('First interview');
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Farid Ahmadi is booked' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/interpreters-booked.png` });

  // From Farid's page, a second booking that overlaps the first is refused with the server's message.
  await page.getByRole('tab', { name: 'Pool' }).click();
  await page.getByRole('table', { name: 'Pool' }).getByRole('link', { name: 'Farid Ahmadi' }).click();
  await expect(page.getByRole('heading', { name: 'Farid Ahmadi' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bookings' }).getByText('APP-2026-0042')).toBeVisible();
  await page.getByRole('button', { name: 'Book this interpreter' }).click();
  await field(page, 'Date').fill(day);
  await field(page, 'From').fill('10:30');
  await field(page, 'To').fill('11:30');
  await field(page, 'Reference').fill('CASE-17');
  await field(page, 'Short label').press('Enter');
  // The form's own alert (a notification says the same).
  const refusal = page
    .getByRole('alert', { name: /conflicts/ })
    .filter({ hasText: 'Farid Ahmadi is already booked' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('choose another time or another interpreter');
  await page.screenshot({ path: `${SCREENS}/interpreters-overlap-refused.png` });

  // Touching the first booking (11:00–12:00) is fine.
  await field(page, 'From').fill('11:00');
  await field(page, 'To').fill('12:00');
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Farid Ahmadi is booked' })).toBeVisible();

  // In Arabic the bookings read right-to-left.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('tab', { name: 'الحجوزات' }).click();
  await expect(page.getByRole('tab', { name: 'الحجوزات' })).toHaveAttribute('aria-selected', 'true');
  const bookings = page.getByRole('table', { name: 'الحجوزات' });
  await expect(bookings.getByRole('link', { name: 'Farid Ahmadi' })).toHaveCount(2);
  await expect(bookings.getByText('مقابلة لجوء').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/interpreters-bookings-rtl.png` });
});
