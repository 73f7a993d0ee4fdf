/**
 * The partner API: an administrator issues a key for a partner organisation with the scope to look people up
 * by document, copies the secret shown once, and the partner's system then finds the demo person by passport
 * number with it and is refused outside its scope; the usage page shows the calls and the refusals.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCREENS, signInToHome } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The field labelled `label` in the open dialog (the label may end with the required-field asterisk). */
function field(page: Page, label: string) {
  return page.getByRole('dialog').getByLabel(new RegExp(`^${label}( \\*)?$`));
}

test('a partner key issued in the web app looks a person up by document and is refused outside its scope; the usage page counts both', async ({
  page,
  request,
}) => {
  const name = `Police records system ${Date.now()}`;
  await signInToHome(page, 'admin');
  await page.goto('/admin/api-keys');
  await page.getByRole('button', { name: 'New API key' }).click();
  await field(page, 'Organisation').click();
  await page.getByRole('option', { name: 'National Police', exact: true }).click();
  await field(page, 'Name').fill(name);
  const scope = page.getByRole('dialog').getByRole('checkbox', { name: 'Look up a person by document' });
  await scope.check();
  // Each scope says which endpoints it opens.
  await expect(page.getByRole('dialog').getByText('GET /api/partner/people/by-document')).toBeVisible();
  await field(page, 'Rate limit \\(requests per minute\\)').fill('30');
  await page.getByRole('dialog').getByRole('button', { name: 'Create key' }).click();

  const shown = page.getByTestId('new-api-key');
  await expect(shown).toHaveText(/^cr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,}$/);
  await page.screenshot({ path: `${SCREENS}/partner-api-key.png` });
  await page.getByRole('button', { name: 'Copy key' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toBe((await shown.innerText()).trim());
  await page.getByRole('button', { name: 'I have stored the key' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('National Police');
  await expect(row).toContainText('30 / min');
  await expect(row).toContainText('Never');

  // The partner's system, with nothing but the key.
  const authorization = { authorization: `Bearer ${secret}` };
  const found = await request.get('/api/partner/people/by-document?number=P4471923&issuingState=AFG', { headers: authorization });
  expect(found.status()).toBe(200);
  const { matches } = (await found.json()) as { matches: { surname: string; givenNames: string; registrationNumber: string; document: { number: string } }[] };
  expect(matches).toHaveLength(1);
  expect(matches[0]).toMatchObject({ surname: 'Haidari', givenNames: 'Yusuf', document: { number: 'P4471923' } });
  expect(matches[0]!.registrationNumber).toMatch(/^P-\d{4}-\d{6}$/);
  expect(JSON.stringify(matches[0])).not.toContain('contacts');

  const crossings = await request.get('/api/partner/border/crossings', { headers: authorization });
  expect(crossings.status()).toBe(403);
  expect(((await crossings.json()) as { error: { message: string } }).error.message).toContain('border:crossings:read');
  const staffOnly = await request.get('/api/people/search?q=Haidari', { headers: authorization });
  expect(staffOnly.status()).toBe(403);
  const noKey = await request.get('/api/partner/people/by-document?number=P4471923&issuingState=AFG');
  expect(noKey.status()).toBe(401);

  // The usage page: the organisation with its calls, then its own page with the chart, the table and the key.
  await page.getByRole('tab', { name: 'API usage' }).click();
  const overview = page.getByRole('table', { name: 'Partner organisations using the API' });
  const police = overview.getByRole('row', { name: /National Police/ });
  await expect(police).toContainText('Look up a person by document');
  await expect(police.getByRole('cell')).toHaveText(['1 / 1', 'Look up a person by document', /\d/, '3', '2', '0']);
  await police.getByRole('link', { name: 'Usage of National Police' }).click();
  await expect(page.getByRole('heading', { name: 'API usage of National Police' })).toBeVisible();
  await expect(page.getByTestId('usage-totals')).toContainText('3 calls, 2 refused for lack of scope, 0 over the limit');
  await expect(page.getByRole('img', { name: /Calls per day/ })).toBeVisible();
  const perDay = page.getByRole('table', { name: 'Calls per day' });
  await expect(perDay.getByRole('row').last()).toContainText('3');
  const keyRow = page.getByRole('table', { name: 'Keys of this organisation' }).getByRole('row', { name: new RegExp(name) });
  await expect(keyRow).toContainText('Active');
  await expect(keyRow).toContainText('30 / min');
  await expect(keyRow).not.toContainText('Never');
  await page.screenshot({ path: `${SCREENS}/partner-api-usage.png`, fullPage: true });
});
