/**
 * Temporary identity documents: an officer applies for an asylum seeker's document, a second officer approves
 * it (the first may not: four-eyes), the first prints the card (its QR code carries the signed seal) and hands
 * it over; anyone verifies the seal on the public page (also in Arabic); revoked, the same seal says so.
 * A second journey finds the application in the register's filters and among the applications to approve.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import sharp from 'sharp';
import { SCREENS, signInToHome, userApi } from './helpers';

const TYPE_NAME = 'Temporary identity document for asylum seekers';
const OFFICE_NAME = 'Bucharest issuing office';
const FOUR_EYES = 'You requested this document; another officer must approve it.';

interface Holder {
  id: string;
  surname: string;
  /** As the screens write it: "SURNAME, Given". */
  name: string;
}

/** Letters only (names must fit the MRZ), different on every run. */
function uniqueLetters(): string {
  return Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/\d/g, (digit) => 'QWXYZJKVBP'[Number(digit)]!);
}

/** Registers an asylum seeker with a photo through the API, as a registration clerk would have. */
async function registerHolder(baseURL: string): Promise<Holder> {
  const clerk = await userApi(baseURL, 'admin');
  try {
    const surname = `SALEH${uniqueLetters()}`;
    const { id } = await clerk.send<{ id: string }>('POST', '/api/people', {
      surname,
      givenNames: 'Amina',
      sex: 'F',
      dateOfBirth: '1994-03-17',
      nationalities: ['SYR'],
    });
    const photo = await sharp({
      create: { width: 60, height: 80, channels: 3, background: { r: 40, g: 90, b: 200 } },
    })
      .png()
      .toBuffer();
    const upload = await clerk.api.put(`/api/people/${id}/photo`, {
      headers: { 'X-CSRF-Token': clerk.csrf },
      multipart: { photo: { name: 'amina.png', mimeType: 'image/png', buffer: photo } },
    });
    expect(upload.status(), await upload.text()).toBe(200);
    await clerk.send('POST', `/api/people/${id}/legal-statuses`, {
      status: 'asylum-seeker',
      validFrom: new Date().toISOString().slice(0, 10),
    });
    return { id, surname, name: `${surname}, Amina` };
  } finally {
    await clerk.dispose();
  }
}

/** The input labelled `label` (a required field's label ends with an asterisk). */
function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/** A Mantine Select by its label. */
function select(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string) {
  await select(page, label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A page of its own (own cookies and storage) for a second user or a signed-out visitor. */
async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

async function expectStatus(page: Page, status: string) {
  await expect(page.getByTestId('document-status')).toContainText(status);
}

/** The card as PNG pages (pdftoppm), and the text of the QR code on its back. */
async function readCard(pdf: string): Promise<{ pages: string[]; qr: string | undefined }> {
  const prefix = `${SCREENS}/documents-card`;
  execFileSync('pdftoppm', ['-png', '-r', '200', pdf, prefix]);
  const pages = [`${prefix}-1.png`, `${prefix}-2.png`];
  const { data, info } = await sharp(pages[1]).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pages, qr: jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data };
}

/** Pastes a seal on the public page as a scanner would (text, then Enter) and returns the verdict. */
async function verify(page: Page, payload: string): Promise<Locator> {
  const box = page.getByRole('textbox', { name: /^(Barcode text|نص الرمز الشريطي)$/ });
  await box.fill(payload);
  await box.press('Enter');
  return page.getByTestId('verify-verdict');
}

test('an application is approved by a second officer, printed, handed over, verified and revoked', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const holder = await registerHolder(baseURL!);

  // The officer applies from the person's page: only active types, their own office chosen for them.
  await signInToHome(page, 'document.officer');
  await page.goto(`/people/${holder.id}`);
  await page.getByRole('tab', { name: 'Issued documents' }).click();
  await expect(page.getByText('No documents.')).toBeVisible();
  await page.getByRole('link', { name: 'Apply for a document' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Apply for a document' })).toBeVisible();
  await expect(page.getByRole('link', { name: holder.name })).toBeVisible();
  await expect(select(page, 'Issuing office')).toHaveValue(OFFICE_NAME);
  await choose(page, 'Document type', TYPE_NAME);
  await expect(page.getByText('This document type has no fee.')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/documents-01-apply.png`, fullPage: true });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();

  await expect(page.getByRole('heading', { level: 2, name: `Application: ${TYPE_NAME}` })).toBeVisible();
  const id = /\/documents\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  await expectStatus(page, 'Applied');
  await expect(page.getByText(FOUR_EYES)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);

  // Trying anyway from the list of applications: the server refuses, and the screen says why.
  await page.goto('/documents/approvals');
  await page.getByRole('button', { name: `Approve the application of ${holder.surname}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: FOUR_EYES })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/documents-02-four-eyes.png`, fullPage: true });

  // A second officer approves it: the document gets its number, MRZ and seal.
  const approver = await newPage(browser, baseURL!);
  await signInToHome(approver, 'document.approver');
  await approver.goto('/documents/approvals');
  await approver.getByRole('button', { name: `Approve the application of ${holder.surname}` }).click();
  await expect(approver.getByText(/^Approved: number TA\d{7}$/)).toBeVisible();
  await approver.goto(`/documents/${id}`);
  await expectStatus(approver, 'Approved');
  const heading = await approver.getByRole('heading', { level: 2, name: /^Document TA\d{7}$/ }).textContent();
  const number = heading!.replace('Document ', '');

  // The first officer prints the card: the PDF downloads; its back carries the seal as a QR code.
  await page.goto(`/documents/${id}`);
  await expectStatus(page, 'Approved');
  await expect(page.getByTestId('document-mrz')).toContainText(number);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Print card' }).click(),
  ]);
  const pdf = `${SCREENS}/documents-card.pdf`;
  await download.saveAs(pdf);
  await expectStatus(page, 'Printed');
  const document = (await (await page.request.get(`/api/documents/${id}`)).json()) as { sealPayload: string };
  expect(document.sealPayload).toContain(`|${number}|${holder.surname}|AMINA|`);
  const card = await readCard(pdf);
  for (const png of card.pages) {
    expect(fs.statSync(png).size).toBeGreaterThan(1000);
  }
  expect(card.qr).toBe(document.sealPayload);
  await page.screenshot({ path: `${SCREENS}/documents-03-printed.png`, fullPage: true });

  // Handed over, with the holder's signature drawn as the receipt.
  await page.getByRole('button', { name: 'Hand over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand over' });
  await field(dialog, 'Received by').fill('Amina (the holder)');
  const pad = (await dialog.getByTestId('signature-pad').boundingBox())!;
  await page.mouse.move(pad.x + 30, pad.y + pad.height / 2);
  await page.mouse.down();
  await page.mouse.move(pad.x + 120, pad.y + 25, { steps: 6 });
  await page.mouse.move(pad.x + 220, pad.y + pad.height - 25, { steps: 6 });
  await page.mouse.up();
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await expectStatus(page, 'Handed over');
  await expect(page.getByText(/received by Amina \(the holder\) · signed receipt/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/documents-04-handed-over.png`, fullPage: true });

  // Anyone verifies the seal without signing in: signature in the browser, status in the register.
  const visitor = await newPage(browser, baseURL!);
  await visitor.goto('/verify');
  await expect(visitor.getByRole('heading', { name: 'Verify a document' })).toBeVisible();
  await expect(await verify(visitor, document.sealPayload)).toHaveText('Valid');
  await expect(visitor.getByText('Signature checked in this browser: genuine.')).toBeVisible();
  await expect(visitor.getByRole('table', { name: 'What the barcode carries' })).toContainText(number);
  await visitor.screenshot({ path: `${SCREENS}/documents-05-verify-valid.png`, fullPage: true });

  await visitor.getByRole('button', { name: /English/ }).click();
  await visitor.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(visitor.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(visitor.getByTestId('verify-verdict')).toHaveText('صالحة');
  await expect(await verify(visitor, document.sealPayload)).toHaveText('صالحة');
  await visitor.screenshot({ path: `${SCREENS}/documents-06-verify-arabic.png`, fullPage: true });

  // A changed seal fails the signature check.
  const forged = document.sealPayload.replace('|AMINA|', '|AMINE|');
  await expect(await verify(visitor, forged)).toHaveText('التوقيع غير صالح — قد تكون هذه الوثيقة مزورة');
  await visitor.getByRole('button', { name: /العربية/ }).click();
  await visitor.getByRole('menuitem', { name: 'English' }).click();
  await expect(visitor.getByTestId('verify-verdict')).toHaveText(
    'Signature invalid — this document may be forged',
  );

  // Revoked by the approving officer, after a confirmation; the same seal now reads "Revoked".
  await approver.goto(`/documents/${id}`);
  await approver.getByRole('button', { name: 'Revoke' }).click();
  const revoke = approver.getByRole('dialog', { name: 'Revoke' });
  await expect(revoke.getByText('This cannot be undone.')).toBeVisible();
  await field(revoke, 'Reason').fill('Issued on a forged birth certificate');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expectStatus(approver, 'Revoked');
  await approver.screenshot({ path: `${SCREENS}/documents-07-revoked.png`, fullPage: true });

  await expect(await verify(visitor, document.sealPayload)).toHaveText('Revoked');
  await visitor.screenshot({ path: `${SCREENS}/documents-08-verify-revoked.png`, fullPage: true });
});

test('the register filters and the applications to approve show a new application', async ({
  page,
  baseURL,
}) => {
  const holder = await registerHolder(baseURL!);
  const officer = await userApi(baseURL!, 'document.officer');
  try {
    const { offices } = (await (await officer.api.get('/api/documents/offices')).json()) as {
      offices: { siteId: string; code: string }[];
    };
    const office = offices.find((o) => o.code === 'io-bucuresti')!;
    await officer.send('POST', '/api/documents/applications', {
      personId: holder.id,
      type: 'TID-AS',
      officeId: office.siteId,
      fee: { status: 'none' },
    });
  } finally {
    await officer.dispose();
  }

  await signInToHome(page, 'document.approver');
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page).toHaveURL(/\/documents\/register$/);
  const register = page.getByRole('table', { name: 'Documents', exact: true });
  const row = register.getByRole('row').filter({ hasText: holder.name });
  await choose(page, 'Issuing office', OFFICE_NAME);
  await choose(page, 'Document type', TYPE_NAME);
  await choose(page, 'Status', 'Applied');
  await expect(register.getByText(/^(Revoked|Handed over|Printed|Approved)$/)).toHaveCount(0);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Application (no number yet)');
  await expect(page.getByRole('heading', { name: 'Documents issued per office' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Documents per office and type' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/documents-09-register.png`, fullPage: true });

  await choose(page, 'Status', 'Revoked');
  await expect(row).toHaveCount(0);
  await choose(page, 'Status', 'Applied');
  await field(page, 'Number starts with').fill('TA');
  await expect(row).toHaveCount(0);
  await field(page, 'Number starts with').fill('');
  await expect(row).toHaveCount(1);

  await page.getByRole('tab', { name: 'Applications to approve' }).click();
  const applications = page.getByRole('table', { name: 'Applications to approve' });
  await expect(applications.getByRole('row').filter({ hasText: holder.name })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: `Approve the application of ${holder.surname}` }),
  ).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/documents-10-approvals.png`, fullPage: true });
});
