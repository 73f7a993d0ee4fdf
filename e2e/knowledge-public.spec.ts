import { expect, test } from '@playwright/test';
import { SCREENS } from './helpers';

test('a visitor switches the help pages to Arabic, finds an answer despite a typo and marks it helpful', async ({ page }) => {
  await page.goto('/help/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/help\/ar$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'المواضيع' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-public-01-arabic-home.png`, fullPage: true });

  // "تصريح العمل" (work permit) typed with a letter missing: تصريح العمل → تصرح العمل.
  const search = page.getByRole('searchbox', { name: 'بحث' });
  await search.fill('تصرح العمل');
  // Suggestions appear while typing (the page's small script), then Enter runs the full search.
  await expect(page.locator('#suggestions a').first()).toBeVisible();
  await search.press('Enter');
  await expect(page).toHaveURL(/\/help\/ar\/search\?q=/);
  const first = page.locator('.results li').first();
  await expect(first.getByRole('link')).toContainText('تصريح العمل');
  await expect(first.locator('mark').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/knowledge-public-02-arabic-results.png`, fullPage: true });

  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('تصريح العمل');
  await page.getByRole('button', { name: 'نعم' }).click();
  await expect(page.getByRole('status')).toHaveText('شكرًا على رأيك.');
  await page.screenshot({ path: `${SCREENS}/knowledge-public-03-arabic-helpful.png`, fullPage: true });
});

test('an answer missing in the reader’s language is shown in the fallback with a notice', async ({ page }) => {
  // The seed has no French translation of this answer.
  await page.goto('/help/fr/answers/work-change-employer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('note')).toContainText('pas encore disponible en Français');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  await page.goto('/help/ro/search?q=azill');
  await expect(page.locator('.results li').first()).toBeVisible();
  await page.goto('/help/ro/search?q=qqqxxyyzz');
  await expect(page.locator('.empty')).toContainText('Nu am găsit niciun răspuns');
});
