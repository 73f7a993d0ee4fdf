/**
 * The demo data as an analyst first sees it: the national indicators of the last 30 days show figures of
 * at least 5 (not hidden) for the border, reception, asylum, documents, the call centre and training;
 * nothing of the history is dated on the seeding day; a second seeding changes nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { systemContext } from '../platform/context';
import { describeOnEachEngine } from '../testing/engines';
import { nationalIndicators, oneIndicator, type PresentedIndicator } from '../modules/reports/service';
import { demoCalendar, demoUser } from './demo-activity';
import { seedDemoData } from './demo';

const SETTINGS = { threshold: 5 };

/** The largest count an indicator's rows show (hidden cells left out), 0 when none. */
function largestShownCount(indicator: PresentedIndicator): number {
  const counts = indicator.columns.filter((c) => c.kind === 'count').map((c) => c.key);
  return Math.max(0, ...indicator.rows.flatMap((row) => counts.map((key) => row.values[key]).filter((v): v is number => typeof v === 'number')));
}

describeOnEachEngine('demo data with its recent history', (database) => {
  let seeded = false;
  beforeAll(async () => {
    seeded = await seedDemoData(database().db);
  }, 600_000);

  it('seeds once', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoData(database().db)).toBe(false);
  });

  it('gives an analyst figures of at least 5 in the last 30 days on every chart with personal data behind it, and on the call centre’s', async () => {
    const analyst = await demoUser(systemContext(database().db, 'test'), 'analyst');
    const report = await nationalIndicators(analyst, {}, SETTINGS);
    const largest = Object.fromEntries(report.indicators.map((i) => [i.key, largestShownCount(i)]));
    for (const key of ['border.crossings', 'border.alerts', 'reception.occupancy', 'asylum.applications', 'documents.issued-by-office', 'knowledge.searches', 'training.people-trained']) {
      expect(largest[key], key).toBeGreaterThanOrEqual(5);
    }
    // Calls hold no personal data (never hidden): spread over topics and languages, a few dozen in all.
    expect(report.indicators.find((i) => i.key === 'knowledge.calls')!.total!.values.calls).toBeGreaterThanOrEqual(20);
    // The analyst holds no record access: small counts are hidden, and some larger ones with them.
    const hidden = report.indicators.flatMap((i) => [...i.rows, ...(i.total ? [i.total] : [])].flatMap((row) => Object.values(row.suppressedAs)));
    expect(new Set(hidden)).toEqual(new Set(['small', 'secondary']));
  });

  it('dates nothing of the history on the seeding day', async () => {
    // As the administrator, who holds record access: no count is hidden.
    const admin = await demoUser(systemContext(database().db, 'test'), 'admin');
    const today = demoCalendar(new Date()).today;
    for (const key of ['border.crossings', 'border.alerts', 'documents.issued-by-office', 'knowledge.searches', 'knowledge.calls', 'asylum.applications']) {
      const [indicator] = (await oneIndicator(admin, key, { from: today, to: today }, SETTINGS)).indicators;
      expect(indicator!.anySuppressed, key).toBe(false);
      expect(largestShownCount(indicator!), key).toBe(0);
    }
  });
});
