/**
 * Mass influx: the administrator activates a contingency plan; a clerk pre-registers a family of four with the
 * keyboard only; the whole family goes to one centre with a wristband each; the live board counts them.
 */
import { expect, test, type Page } from '@playwright/test';
import { SCREENS, signInToHome, signOut, userApi } from './helpers';
import { addBeds, centres, createPlan, suffix } from './reception-helpers';

const FAMILY = [
  { name: 'Ahmad Haddad', sex: 'M', age: '41', triage: [] as string[] },
  { name: 'Rania Haddad', sex: 'F', age: '37', triage: ['vulnerable'] },
  { name: 'Omar Haddad', sex: 'M', age: '9', triage: ['medical'] },
  { name: 'Lina Haddad', sex: 'F', age: '4', triage: [] },
];

/** Fills one member's fields from the name field onward, with Tab, typing and Space only. */
async function typeMember(page: Page, member: (typeof FAMILY)[number], index: number) {
  const name = page.getByRole('group', { name: `Member ${index + 1}` }).getByLabel(/^Name as given/);
  await expect(name).toBeFocused();
  await page.keyboard.type(member.name);
  await page.keyboard.press('Tab');
  // A focused native select picks the option whose label starts with the typed letter.
  await page.keyboard.type(member.sex === 'M' ? 'Male' : 'Female');
  await page.keyboard.press('Tab');
  await page.keyboard.type(member.age);
  await page.keyboard.press('Tab');
  // The nationality field: the family's stays from the previous member; type it for the first only.
  if (index === 0) {
    await page.keyboard.type('SYR');
  }
  await page.keyboard.press('Tab'); // medical urgency
  if (member.triage.includes('medical')) {
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab'); // child (follows the age)
  await page.keyboard.press('Tab'); // vulnerable
  if (member.triage.includes('vulnerable')) {
    await page.keyboard.press('Space');
  }
}

test('a clerk pre-registers a family of four with the keyboard during an activated influx; one centre, the board counts them', async ({
  page,
  baseURL,
}) => {
  const run = suffix();
  const admin = await userApi(baseURL!, 'admin');
  const all = await centres(admin);
  const radauti = all.find((c) => c.code === 'cc-radauti')!;
  const timisoara = all.find((c) => c.code === 'rc-timisoara')!;
  await addBeds(admin, radauti.id, 6, `E2E-${run}`);
  await addBeds(admin, timisoara.id, 2, `E2E-${run}`);
  const planName = `Exercise-free plan ${run}`;
  const planId = await createPlan(admin, radauti.id, [timisoara.id, radauti.id], planName);
  await admin.dispose();

  // The administrator activates the plan.
  await signInToHome(page, 'admin');
  await page.goto(`/reception/influx?plan=${planId}`);
  await expect(page.getByText('Not active.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Activate the plan' }).click();
  const activate = page.getByRole('dialog', { name: `Activate ${planName}` });
  await activate.getByRole('button', { name: 'Activate the plan' }).click();
  await expect(page.locator('[data-plan-status="active"]')).toBeVisible();
  await signOut(page, /Ana Administrator/);

  // The clerk looks at the board first.
  await signInToHome(page, 'clerk');
  await page.goto(`/reception/board?plan=${planId}`);
  await expect(page.getByTestId('board-total')).toHaveText('0');
  const placesBefore = Number((await page.getByTestId('board-places-left').textContent())!.replace(/\D/g, ''));

  // Pre-registration with the keyboard only: the first name has the focus.
  await page.goto(`/reception/influx?plan=${planId}`);
  await expect(page.getByRole('heading', { name: 'Pre-register a group' })).toBeVisible();
  for (const [index, member] of FAMILY.entries()) {
    await typeMember(page, member, index);
    if (index < FAMILY.length - 1) {
      await page.keyboard.press('Tab'); // Remove
      await page.keyboard.press('Tab'); // Add member
      await expect(page.getByRole('button', { name: 'Add member' })).toBeFocused();
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.getByRole('group', { name: 'Member 3' }).getByLabel('Child')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Member 1' }).getByLabel('Child')).not.toBeChecked();
  await expect(page.getByRole('group', { name: 'Member 4' }).getByLabel(/^Nationality/)).toHaveValue('SYR');
  await page.keyboard.press('Shift+Tab'); // back to a text field of the last member
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  // One centre for the whole family, a wristband with a QR code each; the focus is on "Print".
  const allocation = page.getByTestId('allocation');
  await expect(allocation.getByRole('status')).toContainText('(4 people) goes to');
  await expect(page.getByRole('button', { name: 'Print wristbands' })).toBeFocused();
  const bands = allocation.locator('[data-wristband]');
  await expect(bands).toHaveCount(4);
  const centreLines = await bands.getByText(/^Centre: /).allTextContents();
  expect(new Set(centreLines.map((line) => line.split(' · ')[0])).size).toBe(1);
  // Radauti had 6 free beds of this run (and maybe more): the family fits there or in Timișoara together.
  for (const band of await bands.all()) {
    expect(await band.getAttribute('data-wristband')).toMatch(/^WB-\d{7}[A-Z]$/);
    const qr = band.getByRole('img', { name: /^QR code of wristband WB-/ });
    await expect(qr).toBeVisible();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await expect(bands.filter({ hasText: 'Omar Haddad' }).getByText('Medical urgency')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/reception-influx-wristbands.png`, fullPage: true });
  const ahmad = (await bands.filter({ hasText: 'Ahmad Haddad' }).getAttribute('data-wristband'))!;

  // The next group starts from an empty form, the focus in the first name.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next group' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Member 1' }).getByLabel(/^Name as given/)).toBeFocused();

  // A wristband read back (as a scanner types it) finds the person and where they were sent.
  await page.getByRole('textbox', { name: 'Wristband number' }).fill(ahmad.toLowerCase());
  await page.keyboard.press('Enter');
  const found = page.getByTestId('wristband-found');
  await expect(found).toContainText('Ahmad Haddad');
  await expect(found).toContainText(centreLines[0]!.split(' · ')[0]!);

  // The board counts the family and their triage flags; places left went down by four.
  await page.goto(`/reception/board?plan=${planId}`);
  await expect(page.getByTestId('board-total')).toHaveText('4');
  await expect(page.getByTestId('board-child')).toHaveText('2');
  await expect(page.getByTestId('board-medicalUrgency')).toHaveText('1');
  await expect(page.getByTestId('board-vulnerable')).toHaveText('1');
  await expect(page.getByTestId('board-groups')).toHaveText('1');
  await expect(page.getByTestId('board-places-left')).toHaveText((placesBefore - 4).toLocaleString('en'));
  await expect(page.getByRole('table', { name: 'Arrivals per hour' })).toContainText('4');
  await page.screenshot({ path: `${SCREENS}/reception-influx-board.png`, fullPage: true });
});
