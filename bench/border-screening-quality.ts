/**
 * What a list's threshold buys at a million entries: recall of planted travellers and alerts on the others
 * for thresholds from 0.80 to 0.90, on the screening index alone (the same candidates and scores as the
 * screening service, without its transaction and audit), so that an administrator can set a list's
 * threshold knowing the trade. Uses the border-screening benchmark's list and travellers.
 */
import { parsePartialDate } from '../src/common/dates/partial-date';
import { INDEX_LIMITS, SCREENING_STEP } from '../src/server/modules/border/name-screening';
import { screenNamesOnIndex } from '../src/server/modules/border/screening-index/index-lookup';
import { awaitScreeningIndex, screeningIndex } from '../src/server/modules/border/screening-index/live-index';
import { localDay } from '../src/server/modules/border/travel-days';
import { selectAllSources, selectEntries } from '../src/server/modules/border/watchlist-store';
import { benchWatchlist, onlyListedNamesakes, travellers, type Traveller } from './border-screening';
import { fixed, machineLine, percentile, writeSection } from './lib/report';

const THRESHOLDS = (process.env.BENCH_THRESHOLDS ?? '0.8,0.82,0.86,0.9').split(',').map(Number);

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
    const today = localDay(new Date());
    // One pass per threshold: which candidates are compared depends on it (those whose dates of birth
    // keep them under it are not), so scores read at a lower threshold would misstate a higher one.
    const screen = (lowered: ReadonlyMap<string, (typeof sources)[number]>, traveller: Traveller) => {
      const birth = parsePartialDate(traveller.dateOfBirth, { today: new Date() });
      const bornYears = birth.ok ? { from: Number(birth.range.from.slice(0, 4)), to: Number(birth.range.to.slice(0, 4)) } : null;
      return screenNamesOnIndex(live.entries, lowered, { names: [traveller.name], dateOfBirth: traveller.dateOfBirth, dateOfBirthEstimated: false, nationalities: [traveller.nationality], bornYears, today }, { breadth: SCREENING_STEP, ...INDEX_LIMITS });
    };
    let plantedScores: number[] = [];
    const rows: string[] = [];
    for (const threshold of THRESHOLDS) {
      const atThreshold = new Map(sources.map((s) => [s.id, { ...s, threshold }]));
      const scores = planted.map((t) => Math.max(0, ...screen(atThreshold, t).filter((h) => h.entryId === t.listed).map((h) => h.score)));
      plantedScores = threshold === THRESHOLDS[0] ? scores : plantedScores;
      const found = scores.filter((s) => s >= threshold).length;
      let alerted = 0;
      let namesakes = 0;
      for (const traveller of others) {
        const hits = screen(atThreshold, traveller);
        if (hits.length > 0) {
          alerted += 1;
          const listed = await selectEntries(database.db, hits.map((h) => h.entryId));
          namesakes += onlyListedNamesakes(traveller.name, listed.map(({ entry }) => ({ names: entry.names.map((n) => n.name) }))) ? 1 : 0;
        }
      }
      const share = (n: number) => `${fixed((100 * n) / others.length, 2)} % (${n}/${others.length})`;
      rows.push(`| ${threshold.toFixed(2)} | ${fixed(found / planted.length, 3)} (${found}/${planted.length}) | ${share(alerted)} | ${share(alerted - namesakes)} |`);
    }
    writeSection(
      'border-screening-quality',
      `## Border screening: recall and false alerts by list threshold (${size.toLocaleString('en')} entries)

Command: \`BENCH_REUSE=1 npm run bench -- border-screening-quality\` (\`BENCH_PLANTED\`, \`BENCH_OTHERS\`; the list and travellers of the border-screening benchmark above, loaded by it or now).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. Each traveller screened once per threshold (lists set to it) on the screening index with the service's limits; the planted traveller counts as found when their listed entry scores at or above the threshold, another traveller as alerted when any entry does; a listed namesake is an entry listing the traveller's own name (the same words, in any order) under a compatible date of birth, which no screening can tell from the listed person. Median score of the planted at the lowest threshold: ${fixed(percentile(plantedScores, 50), 3)}.

| list threshold | recall of planted | alerts on the others | of which not on a listed namesake |
|---:|---:|---:|---:|
${rows.join('\n')}`,
    );
  } finally {
    await database.close();
  }
}
