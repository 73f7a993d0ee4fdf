/**
 * What a list's threshold buys at a million entries: recall of planted travellers and alerts on the others
 * for thresholds from 0.80 to 0.92, on the screening index alone (the same candidates and scores as the
 * screening service, without its transaction and audit), so that an administrator can set a list's
 * threshold knowing the trade. Uses the border-screening benchmark's list and travellers.
 */
import { parsePartialDate } from '../src/common/dates/partial-date';
import { INDEX_LIMITS, SCREENING_STEP } from '../src/server/modules/border/name-screening';
import { screenNamesOnIndex } from '../src/server/modules/border/screening-index/index-lookup';
import { awaitScreeningIndex, screeningIndex } from '../src/server/modules/border/screening-index/live-index';
import { localDay } from '../src/server/modules/border/travel-days';
import { selectAllSources } from '../src/server/modules/border/watchlist-store';
import { benchWatchlist, travellers, type Traveller } from './border-screening';
import { fixed, machineLine, percentile, writeSection } from './lib/report';

const THRESHOLDS = [0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92];
/** Scores at and above this are kept, so that every threshold of the table can be read from one pass. */
const LOWEST = 0.7;

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runBorderScreeningQualityBenchmark(): Promise<void> {
  const size = Number(process.env.BENCH_WATCHLIST ?? 1_000_000);
  const plantedCount = Number(process.env.BENCH_PLANTED ?? 1000);
  const othersCount = Number(process.env.BENCH_OTHERS ?? 5000);
  const { database, sample } = await benchWatchlist(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', size);
  try {
    const all = travellers(100 * plantedCount, sample, 31);
    const planted = all.filter((t) => t.listed).slice(0, plantedCount);
    const others = all.filter((t) => !t.listed).slice(0, othersCount);
    await awaitScreeningIndex(database.db);
    const sources = await selectAllSources(database.db);
    const live = (await screeningIndex(database.db, database.db, sources))!;
    const lowered = new Map(sources.map((s) => [s.id, { ...s, threshold: LOWEST }]));
    const today = localDay(new Date());
    const best = (traveller: Traveller, only?: string) => {
      const birth = parsePartialDate(traveller.dateOfBirth, { today: new Date() });
      const bornYears = birth.ok ? { from: Number(birth.range.from.slice(0, 4)), to: Number(birth.range.to.slice(0, 4)) } : null;
      const hits = screenNamesOnIndex(live.entries, lowered, { names: [traveller.name], dateOfBirth: traveller.dateOfBirth, dateOfBirthEstimated: false, nationalities: [traveller.nationality], bornYears, today }, { breadth: SCREENING_STEP, ...INDEX_LIMITS });
      return Math.max(0, ...hits.filter((h) => only === undefined || h.entryId === only).map((h) => h.score));
    };
    const plantedScores = planted.map((t) => best(t, t.listed!));
    const otherScores = others.map((t) => best(t));
    const rows = THRESHOLDS.map((threshold) => {
      const found = plantedScores.filter((s) => s >= threshold).length;
      const alerted = otherScores.filter((s) => s >= threshold).length;
      return `| ${threshold.toFixed(2)} | ${fixed(found / planted.length, 3)} (${found}/${planted.length}) | ${fixed((100 * alerted) / others.length, 2)} % (${alerted}/${others.length}) |`;
    });
    writeSection(
      'border-screening-quality',
      `## Border screening: recall and false alerts by list threshold (${size.toLocaleString('en')} entries)

Command: \`BENCH_REUSE=1 npm run bench -- border-screening-quality\` (\`BENCH_PLANTED\`, \`BENCH_OTHERS\`; the list and travellers of the border-screening benchmark above, loaded by it or now).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. Each traveller screened once on the screening index with the service's limits; the planted traveller counts as found when their listed entry scores at or above the threshold, another traveller as alerted when any entry does. Median score of the planted: ${fixed(percentile(plantedScores, 50), 3)}; their 1st percentile: ${fixed(percentile(plantedScores, 1), 3)}.

| list threshold | recall of planted | alerts on the others |
|---:|---:|---:|
${rows.join('\n')}`,
    );
  } finally {
    await database.close();
  }
}
