/**
 * National indicators: crossings are recorded at an airport on days long past; an analyst opens the
 * indicators page, filters it by those days, sees the crossings chart and its table change, shares the
 * view by its address, downloads the chart's data as CSV (whose numbers match the table), finds the same
 * indicator on the border dashboard, and reads the page right-to-left in Arabic.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { SCREENS, signInToHome, userApi, type UserApi } from './helpers';

const BCP_CODE = 'bcp-otopeni';
const BCP_NAME = 'Henri Coandă airport';
// Days no other journey records crossings on.
const FROM = '2025-10-20';
const TO = '2025-10-22';
const ENTRIES = 6;
const TITLE = 'Crossings processed';

interface CrossingsRow {
  values: Record<string, string | number | null>;
}

/** The airport's row of border.crossings for the period, as someone with record access reads it (nothing hidden). */
async function airportRow(admin: UserApi): Promise<Record<string, number>> {
  const response = await admin.api.get(`/api/reports/indicators/border.crossings?from=${FROM}&to=${TO}`);
  expect(response.status(), await response.text()).toBe(200);
  const report = (await response.json()) as { indicators: { rows: CrossingsRow[] }[] };
  const row = report.indicators[0]!.rows.find((r) => r.values.bcp === BCP_NAME)!;
  return { entry: Number(row.values.entry), exit: Number(row.values.exit), transit: Number(row.values.transit) };
}

/** Records `count` admitted entries at the airport through the API, the way the officer desk sends them. */
async function recordEntries(supervisor: UserApi, count: number) {
  const sites = (await (await supervisor.api.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string }[];
  const bcp = sites.find((site) => site.code === BCP_CODE)!;
  for (let index = 0; index < count; index += 1) {
    const at = `${index % 2 === 0 ? FROM : '2025-10-21'}T${String(8 + index).padStart(2, '0')}:00:00Z`;
    const mrz = formatTd3({
      issuingState: 'MDA',
      documentNumber: `R${index}${Date.now().toString(36).toUpperCase()}`.slice(0, 9),
      surname: 'INDICATOR',
      givenNames: ['ANA', 'BORIS', 'CEZAR', 'DORINA', 'EMIL', 'FLORA'][index] ?? 'ION',
      dateOfBirth: '1984-03-09',
      sex: index % 2 === 0 ? 'F' : 'M',
      expiryDate: '2034-03-08',
      nationality: 'MDA',
    }).join('\n');
    await supervisor.send('POST', '/api/border/crossings', {
      clientRef: `e2e-reports-${Date.now()}-${index}`,
      siteId: bcp.id,
      lane: 'E1',
      direction: 'entry',
      at,
      firstScanAt: new Date(new Date(at).getTime() - 40_000).toISOString(),
      document: { mrz },
      purpose: 'tourism',
      decision: 'admitted',
      refusalReason: null,
    });
  }
}

test('an analyst filters the national indicators by a period and downloads a chart’s data; Arabic reads right-to-left', async ({
  page,
  baseURL,
}) => {
  const admin = await userApi(baseURL!, 'admin');
  const before = await airportRow(admin);
  await admin.dispose();
  const supervisor = await userApi(baseURL!, 'border.supervisor');
  await recordEntries(supervisor, ENTRIES);
  await supervisor.dispose();
  const expected = {
    entry: before.entry + ENTRIES,
    exit: before.exit,
    transit: before.transit,
    total: before.entry + ENTRIES + before.exit + before.transit,
  };

  // The analyst opens Reports from the home page's module card and lands on the national indicators.
  await signInToHome(page, 'analyst');
  await page.getByRole('link', { name: /^Reports/ }).last().click();
  await expect(page).toHaveURL(/\/reports\/indicators$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'National indicators' })).toHaveAttribute('aria-selected', 'true');
  const crossings = page.getByRole('region', { name: TITLE });
  const table = crossings.getByRole('table', { name: TITLE });
  const airport = table.getByRole('row', { name: new RegExp(BCP_NAME) });
  await expect(airport).toBeVisible();
  const defaultPeriod = await page.getByTestId('report-period').textContent();
  const cellsBefore = await airport.getByRole('cell').allTextContents();

  // Filter by the days of the crossings: the address keeps the filter, the chart and its table change.
  const filter = page.getByRole('form', { name: 'Report filter' });
  await filter.getByRole('textbox', { name: 'From', exact: true }).fill(FROM);
  await filter.getByRole('textbox', { name: 'To', exact: true }).fill(TO);
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/indicators\\?from=${FROM}&to=${TO}$`));
  await expect(page.getByTestId('report-period')).not.toHaveText(defaultPeriod!);
  await expect(page.getByTestId('report-period')).toContainText('Oct 20, 2025');
  const expectedCells = [expected.entry, expected.exit, expected.transit, expected.total].map(String);
  await expect(airport.getByRole('cell')).toHaveText([...expectedCells, /\d+ s$/]);
  expect(cellsBefore.slice(0, 4)).not.toEqual(expectedCells);
  await expect(crossings.getByRole('img', { name: `Chart: ${TITLE}` }).locator('svg.recharts-surface')).toBeVisible();
  await expect(crossings.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/reports-indicators-filtered.png`, fullPage: true });

  // A shared link opens the same view.
  await page.reload();
  await expect(airport.getByRole('cell').first()).toHaveText(String(expected.entry));

  // The chart's data as CSV: its heading, and the airport's numbers as the table shows them.
  await expect(crossings.getByRole('link', { name: `Download ${TITLE} as XLSX` })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    crossings.getByRole('link', { name: `Download ${TITLE} as CSV` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`border.crossings_${FROM}_${TO}.csv`);
  const lines = fs
    .readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  expect(lines[0]).toBe('bcp,entry,exit,transit,total,medianSeconds');
  const line = lines.find((l) => l.startsWith(`${BCP_NAME},`));
  expect(line?.split(',').slice(1, 5)).toEqual(expectedCells);
  expect(lines.some((l) => l.startsWith('total,'))).toBe(true);

  // The same indicator on the border dashboard, with the filter carried over.
  await page.getByRole('tab', { name: 'Border' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/dashboards/border\\?from=${FROM}&to=${TO}$`));
  await expect(page.getByRole('region', { name: 'Alerts and outcomes' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: TITLE }).getByRole('row', { name: new RegExp(BCP_NAME) }).getByRole('cell').first(),
  ).toHaveText(String(expected.entry));

  // In Arabic the page reads right-to-left; the indicator keeps its numbers.
  await page.getByRole('tab', { name: 'National indicators' }).click();
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = page.getByRole('region', { name: 'حالات العبور المعالَجة' });
  await expect(arabic.getByRole('columnheader', { name: 'نقطة العبور' })).toBeVisible();
  // Numbers as the browser writes them in Arabic.
  const arabicEntries = await page.evaluate((n) => new Intl.NumberFormat('ar').format(n), expected.entry);
  await expect(arabic.getByRole('row', { name: new RegExp(BCP_NAME) }).getByRole('cell').first()).toHaveText(
    arabicEntries,
  );
  await expect(arabic.getByRole('link', { name: 'تنزيل حالات العبور المعالَجة بصيغة CSV' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/reports-indicators-rtl.png`, fullPage: true });
});
