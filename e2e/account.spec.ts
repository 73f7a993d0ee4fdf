import { expect, test } from '@playwright/test';
import { adminApi, SCREENS, signIn, signInToHome } from './helpers';

test('changing the password ends the session; the new password then works', async ({ page, baseURL }) => {
  const admin = await adminApi(baseURL!);
  const username = `password.${Date.now()}`;
  await admin.createUser({ username, displayName: 'Petra Password', roles: ['analyst'] });
  await admin.dispose();
  const newPassword = 'Bridges-over-Prut-2027';

  await signInToHome(page, username);
  await page.goto('/account');
  await page.getByLabel('Current password').fill('wrong-current-password');
  await page.getByLabel('New password', { exact: false }).first().fill(newPassword);
  await page.getByLabel('Repeat the new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  // The server names the wrong field; the form shows it there.
  await expect(page.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Current password')).toHaveAccessibleDescription(/Not correct/);

  await page.getByLabel('Current password').fill('Crossroads-demo-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText('Your password was changed. Sign in with the new password.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/account-password-changed.png` });

  await signIn(page, username);
  await expect(page.getByRole('alert')).toContainText('The username or password is not correct.');
  await signInToHome(page, username, newPassword);
});

test('"Sign out everywhere" ends the sessions on other devices too', async ({ browser, baseURL }) => {
  const admin = await adminApi(baseURL!);
  const username = `everywhere.${Date.now()}`;
  await admin.createUser({ username, displayName: 'Emil Everywhere', roles: ['analyst'] });
  await admin.dispose();

  const laptop = await (await browser.newContext({ baseURL })).newPage();
  const phone = await (await browser.newContext({ baseURL })).newPage();
  await signInToHome(laptop, username);
  await signInToHome(phone, username);

  await laptop.goto('/account');
  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptop.getByText('You have been signed out on every device.')).toBeVisible();

  await phone.reload();
  await expect(phone).toHaveURL(/\/login/);
  await expect(phone.getByLabel('Username', { exact: true })).toBeVisible();
});
