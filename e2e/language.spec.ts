import { expect, test } from '@playwright/test';
import { SCREENS, signInToHome } from './helpers';

test('Arabic turns the interface right-to-left; Romanian switches back to left-to-right', async ({
  page,
}) => {
  await signInToHome(page, 'admin');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'مرحبًا، Ana Administrator' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'الوحدات' });
  await expect(nav.getByRole('link', { name: 'الإدارة' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'البحث عن أشخاص' })).toBeVisible();
  // The navbar sits on the right in right-to-left layout.
  const navBox = await nav.boundingBox();
  const viewport = page.viewportSize()!;
  expect(navBox!.x).toBeGreaterThan(viewport.width / 2);
  await page.screenshot({ path: `${SCREENS}/rtl-arabic.png` });

  // The choice survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'مرحبًا، Ana Administrator' })).toBeVisible();

  await page.getByRole('button', { name: /العربية/ }).click();
  await page.getByRole('menuitem', { name: 'Română' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  await expect(page.getByRole('heading', { name: 'Bun venit, Ana Administrator' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Module' }).getByRole('link', { name: 'Administrare' }),
  ).toBeVisible();
  await expect(page.getByText('Bază de cunoștințe').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/romanian.png` });
});
