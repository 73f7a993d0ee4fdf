import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { adminApi, DEMO_PASSWORD, SCREENS, signIn, signInToHome, signOut } from './helpers';

function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

test('the demo administrator signs in and lands on Home', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'admin');
  await expect(page.getByRole('heading', { name: 'Welcome, Ana Administrator' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('General Inspectorate for Immigration').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/login-home.png` });
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'admin', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('The username or password is not correct.');
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: `${SCREENS}/login-wrong-password.png` });
});

test('five wrong passwords lock the account', async ({ page, baseURL }) => {
  const admin = await adminApi(baseURL!);
  const username = `lockout.${Date.now()}`;
  await admin.createUser({ username, displayName: 'Lockout Tester', roles: ['analyst'] });
  await admin.dispose();

  await page.goto('/login');
  await page.getByLabel('Username', { exact: true }).fill(username);
  const submit = page.getByRole('button', { name: 'Sign in', exact: true });
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel('Password', { exact: true }).fill(`wrong-password-${attempt}`);
    await submit.click();
    await expect(submit).not.toHaveAttribute('data-loading');
    const expected = attempt < 5 ? 'The username or password is not correct.' : 'This account is locked';
    await expect(page.getByRole('alert')).toContainText(expected);
  }
  await expect(page.getByRole('alert')).toContainText('An administrator can unlock it sooner.');
  // Even the right password is refused while the lock lasts.
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await submit.click();
  await expect(submit).not.toHaveAttribute('data-loading');
  await expect(page.getByRole('alert')).toContainText('This account is locked');
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: `${SCREENS}/login-locked.png` });
});

test('a user turns on the second factor and is asked for a code at the next sign-in', async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL!);
  const username = `totp.${Date.now()}`;
  await admin.createUser({ username, displayName: 'Tara Totp', roles: ['analyst'] });
  await admin.dispose();

  await signInToHome(page, username);
  await page.getByRole('button', { name: /Tara Totp/ }).click();
  await page.getByRole('menuitem', { name: 'My account' }).click();
  await expect(page.getByRole('heading', { name: 'My account', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Set up second factor' }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expect(page.getByTestId('totp-uri')).toContainText('otpauth://totp/');
  await page.screenshot({ path: `${SCREENS}/totp-enrol.png` });
  await page.getByLabel('Authentication code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Turn on second factor' }).click();
  await expect(page.getByText('Your second factor is set up.')).toBeVisible();

  await signOut(page, /Tara Totp/);
  await signIn(page, username);
  const code = page.getByLabel('Authentication code');
  await expect(code).toBeVisible();
  await expect(page.getByText('Enter the 6-digit code from your authenticator app.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/totp-prompt.png` });
  await code.fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Tara Totp' })).toBeVisible();
});
