import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, navigationModules, SCREENS, signInToHome, signOut } from './helpers';

/** The field labelled `label` in the open dialog (the label may end with the required-field asterisk). */
function field(page: Page, label: string) {
  return page.getByRole('dialog').getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** Picks an option of a Mantine Select or MultiSelect by its label. */
async function choose(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an administrator creates an organisation, a site and a user, who then sees only their modules', async ({
  page,
}) => {
  const stamp = Date.now();
  const orgCode = `e2e-org-${stamp}`;
  const orgName = `E2E Refugee Help ${stamp}`;
  const siteCode = `e2e-bcp-${stamp}`;
  const siteName = `E2E Crossing ${stamp}`;
  const username = `e2e.analyst.${stamp}`;
  const displayName = `Eva Analyst ${stamp}`;

  await signInToHome(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Modules' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page).toHaveURL(/\/admin\/organisations$/);

  // Organisation
  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog');
  await field(page, 'Code').fill(orgCode);
  await field(page, 'Name').fill(orgName);
  await choose(page, 'Type', 'Non-governmental organisation');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const orgRow = page.getByRole('row', { name: new RegExp(orgCode) });
  await expect(orgRow).toContainText(orgName);
  await expect(orgRow).toContainText('Non-governmental organisation');

  // Site: a land border crossing with two lanes
  await page.getByRole('tab', { name: 'Sites' }).click();
  await expect(page).toHaveURL(/\/admin\/sites$/);
  await page.getByRole('button', { name: 'New site' }).click();
  await choose(page, 'Organisation', orgName);
  await field(page, 'Code').fill(siteCode);
  await field(page, 'Name').fill(siteName);
  await choose(page, 'Type', 'Border crossing point');
  await choose(page, 'Crossing mode', 'Land');
  await field(page, 'Lanes').fill('A1, A2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const siteRow = page.getByRole('row', { name: new RegExp(siteCode) });
  await expect(siteRow).toContainText(orgName);
  await expect(siteRow).toContainText('Land · lanes A1, A2');

  // User: an analyst of the new organisation, posted to the new site
  await page.getByRole('tab', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('button', { name: 'New user' }).click();
  await field(page, 'Username').fill(username);
  await field(page, 'Full name').fill(displayName);
  await choose(page, 'Organisation', orgName);
  await field(page, 'Initial password').fill(DEMO_PASSWORD);
  await choose(page, 'Roles', 'Analyst');
  await page.keyboard.press('Escape');
  await choose(page, 'Sites', siteName);
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SCREENS}/admin-create-user.png` });
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Search users').fill(username);
  const userRow = page.getByRole('row', { name: new RegExp(username.replace(/\./g, '\\.')) });
  await expect(userRow).toContainText(orgName);
  await expect(userRow).toContainText('Analyst');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${SCREENS}/admin-users.png` });

  await signOut(page, /Ana Administrator/);

  await signInToHome(page, username);
  await expect(page.getByRole('heading', { name: `Welcome, ${displayName}` })).toBeVisible();
  expect(await navigationModules(page)).toEqual(['Home', 'Training', 'Reports']);
  await expect(page.getByRole('searchbox', { name: 'Search people' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/admin-new-user-home.png` });

  // Administration is not open to an analyst, even by address.
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'No access' })).toBeVisible();
});

test('an API key is shown once at creation and can be revoked', async ({ page }) => {
  const name = `E2E partner sync ${Date.now()}`;
  await signInToHome(page, 'admin');
  await page.goto('/admin/api-keys');
  await page.getByRole('button', { name: 'New API key' }).click();
  await choose(page, 'Organisation', 'UNHCR');
  await field(page, 'Name').fill(name);
  await page.getByRole('dialog').getByLabel('Read the directory of organisations').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();
  const key = page.getByTestId('new-api-key');
  await expect(key).toHaveText(/^cr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,}$/);
  await expect(page.getByText('This is the only time the key is shown.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/admin-api-key-once.png` });
  const secret = (await key.innerText()).trim();
  await page.getByRole('button', { name: 'I have stored the key' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('UNHCR');
  await expect(row).toContainText(`cr_${secret.slice(3, 11)}_`);
  await expect(row).not.toContainText(secret);
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(row.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
  await expect(row).not.toContainText(/\bNo\b/);
});

test('the audit trail shows administrative changes and its chain verifies', async ({ page }) => {
  const code = `e2e-audit-${Date.now()}`;
  await signInToHome(page, 'admin');
  await page.goto('/admin/organisations');
  await page.getByRole('button', { name: 'New organisation' }).click();
  await field(page, 'Code').fill(code);
  await field(page, 'Name').fill(`Audit check ${code}`);
  await choose(page, 'Type', 'Other ministry');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toBeVisible();

  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Audit' }).click();
  await page.getByLabel('Action').fill('admin.organisation.create');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const entries = page.getByRole('table', { name: 'Audit entries' });
  await expect(entries.getByRole('row').nth(1)).toContainText('admin.organisation.create');
  await expect(entries.getByRole('row').nth(1)).toContainText('admin');
  await expect(entries.getByRole('row').nth(1)).toContainText('Success');

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('The audit trail is intact.');
  await expect(page.getByTestId('verify-result')).toContainText(/entries checked/);
  await page.screenshot({ path: `${SCREENS}/audit-verified.png` });

  // A malformed user id is refused with the server's explanation next to the field.
  await page.getByLabel('User ID').fill('not-a-uuid');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText(/Invalid UUID/i).first()).toBeVisible();
});
