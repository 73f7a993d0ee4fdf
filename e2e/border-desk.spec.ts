/**
 * The border officer's desk: a passport scanned as a reader types it, the screening hit of a listed name
 * in another spelling resolved as a false positive, a vehicle with its driver and two passengers, the
 * crossings list, and a confirmed match reaching the supervisor's queue. The desk in Arabic, right to left.
 */
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { DEMO_PASSWORD, SCREENS, signInToHome, signOut } from './helpers';

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const run = `${LETTERS[Math.floor(Math.random() * LETTERS.length)]}${Date.now() % 100000}`;
const LIST_NAME = `Desk list ${run}`;
const OFFICER = 'Bogdan Border-Officer';

let documents = 0;
/** A TD3 passport MRZ with a document number of its own. */
function passport(surname: string, givenNames: string, dateOfBirth: string, nationality = 'SYR'): string[] {
  documents += 1;
  return formatTd3({
    issuingState: nationality,
    documentNumber: `${run}${documents}`.slice(0, 9),
    surname,
    givenNames,
    dateOfBirth,
    sex: 'M',
    expiryDate: '2033-06-30',
    nationality,
  });
}

// Listed as "Mohammed Abdullah"; the passport says MUHAMMAD ABDALLA, same date of birth.
const VARIANT = passport('ABDALLA', 'MUHAMMAD', '1985-03-12');
const LISTED = passport('RASHIDI', 'YOUSSEF', '1979-11-02', 'IRQ');

/** Types the MRZ lines as a keyboard-wedge reader does: each line, then Enter. */
async function scan(page: Page, lines: string[]) {
  for (const line of lines) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
}

async function supervisorApi(
  baseURL: string,
): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', {
    data: { username: 'border.supervisor', password: DEMO_PASSWORD },
  });
  expect(login.ok(), await login.text()).toBeTruthy();
  const me = (await (await api.get('/api/auth/me')).json()) as { csrfToken: string };
  return { api, headers: { 'X-CSRF-Token': me.csrfToken } };
}

test.describe.configure({ mode: 'serial' });

test.beforeAll('a watchlist with two names, imported by a supervisor', async ({ baseURL }) => {
  const { api, headers } = await supervisorApi(baseURL!);
  const created = await api.post('/api/border/watchlists', {
    headers,
    data: { code: `desk-${run.toLowerCase()}`, name: LIST_NAME, kind: 'national' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const source = (await created.json()) as { id: string };
  const csv = [
    'external_ref,name,aliases,date_of_birth,nationalities,document_numbers,action,valid_from,valid_to,note',
    'DESK-1,Mohammed Abdullah,,1985-03-12,SYR,,notify,,,',
    'DESK-2,Youssef Rashidi,,1979-11-02,IRQ,,refuse-entry,,,Entry ban',
  ].join('\n');
  const upload = await api.post(`/api/border/watchlists/${source.id}/imports`, {
    headers,
    multipart: { file: { name: 'desk.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const job = (await upload.json()) as { id: string };
  await expect
    .poll(
      async () =>
        ((await (await api.get(`/api/border/watchlist-imports/${job.id}`)).json()) as { status: string })
          .status,
    )
    .toBe('done');
  const screened = await api.post('/api/border/screen', {
    headers,
    data: { names: ['MUHAMMAD ABDALLA'], dateOfBirth: '1985-03-12', nationalities: ['SYR'] },
  });
  expect(screened.ok(), await screened.text()).toBeTruthy();
  const { hits } = (await screened.json()) as { hits: { source: { name: string } | null }[] };
  expect(hits.map((hit) => hit.source?.name)).toContain(LIST_NAME);
  await api.dispose();
});

test('records an entry from a scanned passport and resolves the watchlist hit as a false positive', async ({
  page,
}) => {
  await signInToHome(page, 'border.officer');
  await page.goto('/border/desk');
  await expect(page.getByRole('combobox', { name: 'Border crossing point' })).toHaveValue(
    'Nădlac II road crossing',
  );
  await expect(page.getByRole('radio', { name: 'Entry' })).toBeChecked();
  const mrz = page.getByLabel('Document MRZ');
  await expect(mrz).toBeFocused();

  // A misread check digit is named, nothing can be decided, and the rescan replaces the reading.
  const misread = `${VARIANT[1]!.slice(0, 9)}${(Number(VARIANT[1]![9]) + 1) % 10}${VARIANT[1]!.slice(10)}`;
  await scan(page, [VARIANT[0]!, misread]);
  await expect(page.getByText(/Check digit of the document number is wrong/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Admit/ })).toHaveCount(0);
  await scan(page, VARIANT);
  await expect(page.getByTestId('traveller-name')).toHaveText('ABDALLA, MUHAMMAD');
  const hit = page.getByRole('alert', { name: new RegExp(`Alert: ${LIST_NAME}`) });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Mohammed Abdullah');
  await expect(page.getByRole('group', { name: 'Registry' })).toContainText('Not in the registry');
  await page.screenshot({ path: `${SCREENS}/border-desk-01-hit.png`, fullPage: true });

  await page.keyboard.press('F2');
  const outcome = page.getByRole('status', { name: 'Crossing recorded' });
  await expect(outcome).toContainText('Admitted');
  await expect(outcome).toContainText(/Processing time: \d/);
  await expect(mrz).toBeFocused();
  const alert = page.getByRole('region', { name: new RegExp(`^${LIST_NAME}: MUHAMMAD ABDALLA`) });
  await alert.getByRole('radio', { name: 'False positive' }).check();
  await alert
    .getByLabel('Reason')
    .fill('Other person: place of birth and father’s name differ on the passport page');
  await alert.getByRole('button', { name: 'Resolve' }).click();
  await expect(alert).toContainText('Resolved because');
  await expect(alert.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/border-desk-02-false-positive.png`, fullPage: true });

  const personHref = await outcome.getByRole('link').getAttribute('href');
  await page.keyboard.press('Escape');
  await expect(outcome).toHaveCount(0);
  await expect(mrz).toBeFocused();
  await expect(mrz).toHaveValue('');

  // The person page shows the crossing and the stay under "Travel".
  await page.goto(personHref!);
  await page.getByRole('tab', { name: 'Travel' }).click();
  await expect(page.getByRole('group', { name: /^Stay/ })).toContainText('Days used');
  const travels = page.getByRole('table', { name: 'Crossings of the traveller' });
  await expect(travels.getByRole('row')).toHaveCount(2);
  await expect(travels).toContainText('Nădlac II road crossing');
  await expect(travels).toContainText('Admitted');
});

test('records a vehicle with its driver and two passengers as one crossing', async ({ page }) => {
  await signInToHome(page, 'border.officer');
  await page.goto('/border/desk');
  await page.getByRole('switch', { name: 'Vehicle' }).check();
  const plate = page.getByLabel('Plate');
  await expect(plate).toBeFocused();
  await page.keyboard.type('AR 12 DSK');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ROU');
  await page.getByLabel("Driver's document MRZ").focus();
  const occupants = page.getByRole('table', { name: 'Occupants' });
  const travellers = [
    passport('POPESCU', 'ION', '1970-05-01', 'ROU'),
    passport('POPESCU', 'MARIA', '1972-08-15', 'ROU'),
    passport('POPESCU', 'ANDREI', '2001-02-20', 'ROU'),
  ];
  for (const [index, lines] of travellers.entries()) {
    await scan(page, lines);
    await expect(page.getByRole('button', { name: /^Admit/ })).toBeEnabled();
    await page.keyboard.press(index === 2 ? 'F4' : 'F2');
    await expect(occupants.getByRole('row')).toHaveCount(index + 2);
  }
  await expect(occupants).toContainText('Driver');
  await expect(occupants).toContainText('Referred to second line');
  await page.screenshot({ path: `${SCREENS}/border-desk-03-vehicle.png`, fullPage: true });

  await page.keyboard.press('F8');
  await expect(page.getByText('Vehicle AR12DSK recorded with 3 occupants')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Driver: POPESCU, ION' })).toContainText('Admitted');
  await expect(page.getByRole('status', { name: 'Passenger: POPESCU, ANDREI' })).toContainText(
    'Referred to second line',
  );
  await page.screenshot({ path: `${SCREENS}/border-desk-04-vehicle-recorded.png`, fullPage: true });
});

test('refuses a listed traveller, confirms the alert, and the supervisor closes the match', async ({
  page,
}) => {
  await signInToHome(page, 'border.officer');
  await page.goto('/border/desk');
  await expect(page.getByLabel('Document MRZ')).toBeFocused();
  await scan(page, LISTED);
  await expect(page.getByRole('alert', { name: new RegExp(`Alert: ${LIST_NAME}`) })).toContainText(
    'Refuse entry',
  );
  await page.keyboard.press('F3');
  await expect(page.getByRole('group', { name: 'Ground of refusal' })).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.getByRole('status', { name: 'Crossing recorded' })).toContainText('Refused (H)');

  // The officer resolves it from the Alerts tab this time.
  await page.getByRole('tab', { name: 'Alerts' }).click();
  const alert = page.getByRole('region', { name: new RegExp(`^${LIST_NAME}: YOUSSEF RASHIDI`) });
  await alert.getByRole('radio', { name: 'Confirmed match' }).check();
  await alert.getByLabel('Reason').fill('Same person: photo and date of birth match the listing');
  await alert.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText('Confirmed: the match goes to a supervisor')).toBeVisible();
  await expect(alert).toHaveCount(0);

  // The crossings of the day at Nădlac, and the refusal with its alert.
  await page.getByRole('tab', { name: 'Crossings' }).click();
  await page.getByRole('combobox', { name: 'Border crossing point' }).click();
  await page.getByRole('option', { name: 'Nădlac II road crossing' }).click();
  const table = page.getByRole('table', { name: 'Crossings' });
  const refusal = table.getByRole('row').filter({ hasText: 'Refused (H)' });
  await expect(refusal).toHaveCount(1);
  await refusal.getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: 'Crossing' });
  await expect(dialog).toContainText('an alert has been issued to refuse entry');
  await expect(dialog).toContainText('Bogdan Border-Officer');
  await expect(dialog.getByRole('region', { name: new RegExp(`^${LIST_NAME}`) })).toContainText(
    'Confirmed match',
  );
  await page.screenshot({ path: `${SCREENS}/border-desk-05-crossing.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await signOut(page, OFFICER);

  await signInToHome(page, 'border.supervisor');
  await page.goto('/border/supervision');
  const match = page.getByRole('region', { name: new RegExp(`^${LIST_NAME}: YOUSSEF RASHIDI`) });
  await expect(match).toContainText('Same person: photo and date of birth match the listing');
  await page.screenshot({ path: `${SCREENS}/border-desk-06-supervision.png`, fullPage: true });
  await match.getByLabel("Supervisor's note").fill('Handed over to the border police investigators');
  await match.getByRole('button', { name: 'Close the alert' }).click();
  await expect(page.getByText('Alert closed')).toBeVisible();
  await expect(match).toHaveCount(0);
});

test('the desk in Arabic runs right to left, with the MRZ and document numbers left to right', async ({
  page,
}) => {
  await signInToHome(page, 'border.officer');
  // The language menu stores the choice in the browser; the desk then opens in Arabic.
  await page.evaluate(() => window.localStorage.setItem('crossroads.language', 'ar'));
  await page.goto('/border/desk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const mrz = page.getByLabel('المنطقة المقروءة آليًا للوثيقة');
  await expect(mrz).toBeFocused();
  await expect(mrz).toHaveCSS('direction', 'ltr');
  await scan(page, passport('HADDAD', 'SAMI', '1990-01-15'));
  await expect(page.getByRole('button', { name: /^قبول/ })).toBeEnabled();
  await expect(
    page.getByRole('group', { name: 'وثيقة السفر' }).locator('span[dir="ltr"]').first(),
  ).toHaveText(`${run}${documents}`.slice(0, 9));
  await page.screenshot({ path: `${SCREENS}/border-desk-07-arabic.png`, fullPage: true });
});
