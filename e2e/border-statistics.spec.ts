/**
 * Border statistics: a supervisor records crossings at an airport BCP, then opens the statistics for those
 * days and finds them in the charts and their tables, in English and in Arabic (right-to-left).
 */
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { formatTd3 } from '../src/common/mrz';
import { DEMO_PASSWORD, SCREENS, signInToHome } from './helpers';

const BCP_CODE = 'bcp-otopeni';
const BCP_NAME = 'Henri Coandă airport';
// Days long past, which no other journey records crossings on; the period ends on an empty day.
const FIRST_DAY = '2025-09-15';
const SECOND_DAY = '2025-09-16';
const LAST_DAY = '2025-09-17';

interface BcpCounts {
  siteId: string;
  entry: number;
  exit: number;
  transit: number;
  total: number;
}

interface Supervisor {
  api: APIRequestContext;
  csrf: string;
  bcpId: string;
}

/** An API session of the demo border supervisor, with the airport BCP's id. */
async function supervisorApi(baseURL: string): Promise<Supervisor> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', {
    data: { username: 'border.supervisor', password: DEMO_PASSWORD },
  });
  expect(login.ok(), await login.text()).toBeTruthy();
  const me = (await (await api.get('/api/auth/me')).json()) as { csrfToken: string };
  const sites = (await (await api.get('/api/admin/sites?type=bcp')).json()) as { id: string; code: string }[];
  const bcp = sites.find((site) => site.code === BCP_CODE);
  if (!bcp) {
    throw new Error(`No BCP ${BCP_CODE}`);
  }
  return { api, csrf: me.csrfToken, bcpId: bcp.id };
}

/** The airport's counts and refusals over the period, as the API reports them (zeros on a fresh database). */
async function airportCounts(supervisor: Supervisor): Promise<BcpCounts & { refused: number }> {
  const response = await supervisor.api.get(
    `/api/border/statistics?from=${FIRST_DAY}&to=${LAST_DAY}&siteId=${supervisor.bcpId}`,
  );
  expect(response.status(), await response.text()).toBe(200);
  const report = (await response.json()) as { bcps: BcpCounts[]; decisions: { refused: number } };
  return {
    ...report.bcps.find((bcp) => bcp.siteId === supervisor.bcpId)!,
    refused: report.decisions.refused,
  };
}

/** A unique passport number: letters and digits, nine at most. */
function passportNumber(index: number): string {
  return `S${index}${Date.now().toString(36).toUpperCase()}`.slice(0, 9);
}

/** Records one crossing at the airport through the API, the way the desk sends it. */
async function recordCrossing(
  supervisor: Supervisor,
  index: number,
  crossing: {
    direction: 'entry' | 'exit';
    at: string;
    decision: string;
    refusalReason?: string;
    nationality: string;
  },
) {
  const mrz = formatTd3({
    issuingState: crossing.nationality,
    documentNumber: passportNumber(index),
    surname: 'STATISTICA',
    givenNames: ['ILEANA', 'MIRCEA', 'DORU'][index] ?? 'ION',
    dateOfBirth: '1979-05-02',
    sex: 'F',
    expiryDate: '2033-05-01',
    nationality: crossing.nationality,
  }).join('\n');
  const firstScanAt = new Date(new Date(crossing.at).getTime() - 40_000).toISOString();
  const response = await supervisor.api.post('/api/border/crossings', {
    headers: { 'X-CSRF-Token': supervisor.csrf },
    data: {
      clientRef: `e2e-stats-${Date.now()}-${index}`,
      siteId: supervisor.bcpId,
      lane: crossing.direction === 'entry' ? 'E1' : 'X1',
      direction: crossing.direction,
      at: crossing.at,
      firstScanAt,
      document: { mrz },
      purpose: 'tourism',
      decision: crossing.decision,
      refusalReason: crossing.refusalReason ?? null,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test('a supervisor reads the crossings of an airport in the statistics, as charts with their tables, also in Arabic', async ({
  page,
  baseURL,
}) => {
  const supervisor = await supervisorApi(baseURL!);
  const before = await airportCounts(supervisor);
  await recordCrossing(supervisor, 0, {
    direction: 'entry',
    at: `${FIRST_DAY}T09:00:00Z`,
    decision: 'admitted',
    nationality: 'SYR',
  });
  await recordCrossing(supervisor, 1, {
    direction: 'entry',
    at: `${FIRST_DAY}T10:00:00Z`,
    decision: 'refused',
    refusalReason: 'C',
    nationality: 'UKR',
  });
  await recordCrossing(supervisor, 2, {
    direction: 'exit',
    at: `${SECOND_DAY}T08:00:00Z`,
    decision: 'admitted',
    nationality: 'SYR',
  });
  await supervisor.api.dispose();

  await signInToHome(page, 'border.supervisor');
  await page.goto('/border/statistics');
  const filter = page.getByRole('form', { name: 'Report filter' });
  await filter.getByRole('textbox', { name: 'From', exact: true }).fill(FIRST_DAY);
  await filter.getByRole('textbox', { name: 'To', exact: true }).fill(LAST_DAY);
  await filter.getByRole('combobox', { name: 'BCP', exact: true }).click();
  await page.getByRole('option', { name: BCP_NAME }).click();
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText(/^From .* to .* \(days: 3\)/)).toBeVisible();

  const perBcp = page.getByRole('region', { name: 'Crossings per BCP' });
  await expect(
    perBcp.getByRole('img', { name: /^Chart: Crossings per BCP/ }).locator('svg.recharts-surface'),
  ).toBeVisible();
  const airport = perBcp
    .getByRole('table', { name: 'Crossings per BCP' })
    .getByRole('row', { name: new RegExp(BCP_NAME) });
  await expect(airport.getByRole('cell')).toHaveText([
    String(before.entry + 2),
    String(before.exit + 1),
    String(before.transit),
    String(before.total + 3),
  ]);
  await expect(page.getByRole('group', { name: 'Crossings', exact: true })).toContainText(
    String(before.total + 3),
  );

  const perDay = page.getByRole('region', { name: 'Crossings per day by direction' });
  await expect(perDay.getByRole('img').locator('svg.recharts-surface')).toBeVisible();
  await expect(perDay.getByRole('table').getByRole('row')).toHaveCount(1 + 3 + 1);
  const decisions = page.getByRole('region', { name: 'Decisions' });
  await expect(decisions.getByRole('row', { name: /^Refused/ }).getByRole('cell')).toHaveText(
    String(before.refused + 1),
  );
  await page.screenshot({ path: `${SCREENS}/border-statistics.png`, fullPage: true });

  await page.getByRole('button', { name: /English/ }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const perBcpArabic = page.getByRole('region', { name: 'حالات العبور حسب نقطة العبور' });
  await expect(perBcpArabic.getByRole('row', { name: new RegExp(BCP_NAME) })).toBeVisible();
  // Mirrored for right-to-left reading: the value axis of the daily chart stands on the right.
  const dailyChart = page.getByRole('region', { name: 'حالات العبور يوميًا حسب الاتجاه' }).getByRole('img');
  const chartBox = (await dailyChart.boundingBox())!;
  const axisBox = (await dailyChart.locator('.recharts-yAxis').first().boundingBox())!;
  expect(axisBox.x).toBeGreaterThan(chartBox.x + chartBox.width / 2);
  await page.screenshot({ path: `${SCREENS}/border-statistics-rtl.png`, fullPage: true });
});
