/**
 * Keeping a person's record: photo, family links, other names, contacts and addresses, two clerks editing at
 * once, legal statuses, and dismissing a pair the duplicate search found.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { adminApi, SCREENS, signInToHome } from './helpers';

interface NewPerson {
  surname: string;
  givenNames: string;
  sex: 'M' | 'F';
  dateOfBirth: string;
  nationalities: string[];
}

/** Registers persons through the API as the demo administrator; returns their ids. */
async function register(baseURL: string, ...persons: NewPerson[]): Promise<string[]> {
  const admin = await adminApi(baseURL);
  try {
    const ids: string[] = [];
    for (const person of persons) {
      const response = await admin.api.post('/api/people', { headers: { 'X-CSRF-Token': admin.csrf }, data: person });
      expect(response.status(), await response.text()).toBe(201);
      ids.push(((await response.json()) as { id: string }).id);
    }
    return ids;
  } finally {
    await admin.dispose();
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small RGB PNG: a blue square with a lighter centre, like a passport photo's background and face. */
function passportPng(size = 48): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // filter byte 0 at the start of every row
    for (let x = 0; x < size; x++) {
      const centre = Math.hypot(x - size / 2, y - size / 2) < size / 4;
      rows.set(centre ? [230, 190, 160] : [40, 90, 200], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The input labelled exactly `label` inside `scope` (the label may end with the required-field asterisk). */
function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** Picks an option of a Mantine Select (inside `scope`) by the option's label. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  await field(scope, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function openPerson(page: Page, id: string, heading: string) {
  await page.goto(`/people/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

test('uploads a photo on the person page', async ({ page, baseURL }) => {
  const [id] = await register(baseURL!, { surname: 'NAZARI', givenNames: 'Leila', sex: 'F', dateOfBirth: '1991-02-11', nationalities: ['AFG'] });
  await signInToHome(page, 'admin');
  await openPerson(page, id!, 'NAZARI, Leila');
  await expect(page.getByText('No photo', { exact: true })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({ name: 'leila.png', mimeType: 'image/png', buffer: passportPng() });
  await expect(page.getByText('Photo saved')).toBeVisible();
  const photo = page.getByRole('img', { name: 'Photo of NAZARI, Leila' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48);
  await page.getByRole('tab', { name: 'History', exact: true }).click();
  await expect(page.getByRole('table', { name: 'History' }).getByText('Photo set')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/records-01-photo.png`, fullPage: true });
});

test('links a parent to a child and removes the link again', async ({ page, baseURL }) => {
  const [childId] = await register(
    baseURL!,
    { surname: 'SHARIFI', givenNames: 'Omid', sex: 'M', dateOfBirth: '2014-05-03', nationalities: ['AFG'] },
    { surname: 'SHARIFI', givenNames: 'Daoud', sex: 'M', dateOfBirth: '1980-09-21', nationalities: ['AFG'] },
  );
  await signInToHome(page, 'admin');
  await openPerson(page, childId!, 'SHARIFI, Omid');
  await expect(page.getByText('Possibly unaccompanied')).toBeVisible();

  await page.getByRole('tab', { name: 'Family' }).click();
  await expect(page.getByText('No family member is linked.')).toBeVisible();
  const linkForm = page.getByRole('search', { name: 'Link a family member' });
  await field(linkForm, 'Find the family member').fill('Daoud Sharifi');
  await choose(page, linkForm, 'Relation', 'Parent');
  await linkForm.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Link SHARIFI, Daoud' }).click();

  await expect(page.getByText('Family member linked')).toBeVisible();
  const unlink = page.getByRole('button', { name: 'Unlink SHARIFI, Daoud' });
  await expect(unlink).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Family' }).getByText('Parent', { exact: true })).toBeVisible();
  await expect(page.getByText('Possibly unaccompanied')).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/records-02-family-linked.png`, fullPage: true });

  await unlink.click();
  await expect(page.getByText('Family link removed')).toBeVisible();
  await expect(page.getByText('No family member is linked.')).toBeVisible();
  await expect(page.getByText('Possibly unaccompanied')).toBeVisible();
});

test('edits other names, a contact and an address, and sees them after a reload', async ({ page, baseURL }) => {
  const [id] = await register(baseURL!, { surname: 'HAIDARI', givenNames: 'Samir', sex: 'M', dateOfBirth: '1986-12-01', nationalities: ['IRN'] });
  await signInToHome(page, 'admin');
  await openPerson(page, id!, 'HAIDARI, Samir');
  await page.getByRole('button', { name: 'Edit person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit person' });

  // A new row takes the focus, so the name can be typed straight away.
  await dialog.getByRole('button', { name: 'Add another name' }).click();
  const alias = dialog.getByRole('group', { name: 'Other name 1' });
  await expect(field(alias, 'Name')).toBeFocused();
  await page.keyboard.type('Abu Karim');
  await field(alias, 'Kind of name').selectOption({ label: 'Alias' });
  await dialog.getByRole('button', { name: 'Add another name' }).click();
  const spelling = dialog.getByRole('group', { name: 'Other name 2' });
  await field(spelling, 'Name').fill('Heydari');
  await field(spelling, 'Kind of name').selectOption({ label: 'Other spelling' });

  await dialog.getByRole('button', { name: 'Add a contact' }).click();
  const contact = dialog.getByRole('group', { name: 'Contact 1' });
  await expect(field(contact, 'Contact type')).toBeFocused();
  await field(contact, 'Contact type').selectOption({ label: 'Phone' });

  // An empty required field is named before anything is sent.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(contact.getByText('Fill this in, or remove the row')).toBeVisible();
  await field(contact, 'Phone number or e-mail').fill('+40 721 555 010');

  await dialog.getByRole('button', { name: 'Add an address' }).click();
  const address = dialog.getByRole('group', { name: 'Address 1' });
  await field(address, 'Address type').selectOption({ label: 'Reception centre' });
  await field(address, 'Address line').fill('Strada Armoniei 3');
  await field(address, 'City').fill('Timișoara');
  await field(address, 'Country').fill('rou');
  await field(address, 'From').fill('2026-01-15');
  await page.screenshot({ path: `${SCREENS}/records-03-edit-lists.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Changes saved')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'HAIDARI, Samir' })).toBeVisible();
  await expect(page.getByText('Abu Karim')).toBeVisible();
  await expect(page.getByText('(Alias)')).toBeVisible();
  await expect(page.getByText('Heydari')).toBeVisible();
  await page.getByRole('tab', { name: 'Contacts and addresses' }).click();
  const contacts = page.getByRole('table', { name: 'Contacts' });
  await expect(contacts.getByRole('row', { name: /Phone\s*\+40 721 555 010/ })).toBeVisible();
  const addresses = page.getByRole('table', { name: 'Addresses' });
  await expect(addresses.getByRole('row', { name: /Reception centre\s*Strada Armoniei 3\s*Timișoara\s*ROU/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/records-04-contacts.png`, fullPage: true });

  // Removing a row with its button, by keyboard.
  await page.getByRole('button', { name: 'Edit person' }).click();
  await expect(field(dialog.getByRole('group', { name: 'Other name 2' }), 'Name')).toHaveValue('Heydari');
  await dialog.getByRole('button', { name: 'Remove Other name 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: 'Other name 2' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Add another name' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText('Abu Karim')).toBeVisible();
  await expect(page.getByText('Heydari')).toHaveCount(0);
});

test('a save refused because someone else changed the person says so and reloads their version', async ({ page, baseURL }) => {
  const [id] = await register(baseURL!, { surname: 'RASULI', givenNames: 'Mina', sex: 'F', dateOfBirth: '1995-04-08', nationalities: ['AFG'] });
  await signInToHome(page, 'admin');
  const other = await page.context().newPage();
  for (const tab of [page, other]) {
    await openPerson(tab, id!, 'RASULI, Mina');
    await tab.getByRole('button', { name: 'Edit person' }).click();
  }
  const first = page.getByRole('dialog', { name: 'Edit person' });
  const second = other.getByRole('dialog', { name: 'Edit person' });

  await field(first, 'Place of birth').fill('Herat');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first).toBeHidden();

  await field(second, 'Place of birth').fill('Kabul');
  await second.getByRole('button', { name: 'Save' }).click();
  const conflict = second.getByRole('alert').filter({ hasText: 'Someone else changed this person' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('your changes were not saved');
  await expect(conflict.getByRole('button', { name: 'Reload' })).toBeFocused();
  await expect(second.getByRole('button', { name: 'Save' })).toBeDisabled();
  await other.screenshot({ path: `${SCREENS}/records-05-conflict.png`, fullPage: true });

  await other.keyboard.press('Enter');
  await expect(second.getByRole('status').filter({ hasText: 'Latest version loaded' })).toBeFocused();
  await expect(field(second, 'Place of birth')).toHaveValue('Herat');
  await field(second, 'Place of birth').fill('Herat, Afghanistan');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second).toBeHidden();
  await expect(other.getByText('Herat, Afghanistan')).toBeVisible();
  await other.close();
});

test('records a legal status and shows it in the status history', async ({ page, baseURL }) => {
  const [id] = await register(baseURL!, { surname: 'TESFAYE', givenNames: 'Abeba', sex: 'F', dateOfBirth: '1993-10-30', nationalities: ['ERI'] });
  const admin = await adminApi(baseURL!);
  const earlier = await admin.api.post(`/api/people/${id}/legal-statuses`, {
    headers: { 'X-CSRF-Token': admin.csrf },
    data: { status: 'asylum-seeker', validFrom: '2025-09-01' },
  });
  expect(earlier.status(), await earlier.text()).toBe(201);
  await admin.dispose();

  await signInToHome(page, 'admin');
  await openPerson(page, id!, 'TESFAYE, Abeba');
  await page.getByRole('tab', { name: 'Legal status history' }).click();
  const history = page.getByRole('table', { name: 'Legal status history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByText('Asylum seeker')).toBeVisible();

  const form = page.getByRole('form', { name: 'Record a legal status' });
  await choose(page, form, 'Legal status', 'Refugee');
  await field(form, 'Valid from').fill('2026-03-01');
  await field(form, 'Valid until').fill('2026-02-01');
  await field(form, 'Note').fill('Decision 1234/2026 of the Timișoara office');
  await form.getByRole('button', { name: 'Record the status' }).click();
  await expect(form.getByText('Before the start date')).toBeVisible();

  await field(form, 'Valid until').fill('2029-02-28');
  await form.getByRole('button', { name: 'Record the status' }).click();
  await expect(page.getByText('Legal status recorded')).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').last()).toContainText('Refugee');
  await expect(history.getByRole('row').last()).toContainText('Decision 1234/2026 of the Timișoara office');
  await expect(field(form, 'Note')).toHaveValue('');
  await page.screenshot({ path: `${SCREENS}/records-06-legal-status.png`, fullPage: true });
  await page.getByRole('tab', { name: 'History', exact: true }).click();
  await expect(page.getByRole('table', { name: 'History' }).getByText('legalStatus: asylum-seeker → refugee')).toBeVisible();
});

test('dismisses a pair found by the duplicate search as not the same person', async ({ page, baseURL }) => {
  await register(
    baseURL!,
    { surname: 'QASEMI', givenNames: 'Farhad', sex: 'M', dateOfBirth: '1992-07-19', nationalities: ['AFG'] },
    { surname: 'QASIMI', givenNames: 'Farhad', sex: 'M', dateOfBirth: '1992-07-19', nationalities: ['AFG'] },
  );
  await signInToHome(page, 'admin');
  await page.goto('/people/duplicates');
  await page.getByRole('button', { name: 'Search for duplicates' }).click();
  const pair = page.getByRole('group', { name: /^Possible duplicate: QAS[EI]MI, Farhad and QAS[EI]MI, Farhad$/ });
  await expect(pair).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-job-status="done"]')).toBeVisible();

  await pair.getByRole('button', { name: 'Not the same person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not the same person' });
  const dismiss = dialog.getByRole('button', { name: 'Dismiss the pair' });
  await expect(dismiss).toBeDisabled();
  await dialog.getByLabel('Reason').fill('Brothers with the same name; different fathers and passports');
  await page.screenshot({ path: `${SCREENS}/records-07-dismiss.png`, fullPage: true });
  await dismiss.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('The pair was dismissed')).toBeVisible();
  await expect(pair).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Pairs to review' })).toBeVisible();
  await expect(page.getByRole('group', { name: /QAS[EI]MI, Farhad and QAS[EI]MI/ })).toHaveCount(0);
});
