/**
 * Name matching benchmark: precision and recall on the labelled test set at several thresholds,
 * side by side with the obvious alternative (Jaro–Winkler on the normalised full name), blocking-key
 * coverage, and scoring throughput. Run with `npx tsx bench/names-quality.ts`; a bench runner can
 * call runNameQuality() and write the figures to docs/BENCHMARKS.md.
 */
import { pathToFileURL } from 'node:url';
import { nameBlockingKeys } from '../src/common/names/blocking';
import { jaroWinkler } from '../src/common/names/distance';
import { normaliseName } from '../src/common/names/normalise';
import { clearPreparationCaches, prepareName, type PreparedName } from '../src/common/names/prepare';
import { DEFAULT_MATCH_THRESHOLD, nameSimilarity, scoreNames } from '../src/common/names/score';
import { generateLabelledPairs, type LabelledPair } from '../src/common/names/testset';

/** Throughput the matcher is expected to reach on one core of the project's 2-core machines. */
export const EXPECTED_PAIRS_PER_SECOND = 50_000;

/** Precision and recall at one threshold. */
export interface QualityRow {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Everything runNameQuality measures. */
export interface NameQualityFigures {
  seed: number;
  pairs: number;
  defaultThreshold: number;
  rows: QualityRow[];
  atDefault: QualityRow;
  /** Recall per kind of variant, and the share of lookalikes wrongly matched per kind, at the default threshold. */
  recallByVariant: Record<string, number>;
  falseMatchRateByLookalike: Record<string, number>;
  /** The alternative: Jaro–Winkler on the normalised full name, at its own best threshold. */
  baseline: QualityRow;
  blocking: { sameNameSharingKey: number; keysPerName: number };
  throughput: {
    /** prepareName over the test set's names, the per-word caches warm (a registry's steady state). */
    namesPreparedPerSecond: number;
    microsecondsPerName: number;
    /** The same from empty per-word caches (each run starts cold; names within the run still share words). */
    namesPreparedPerSecondColdCache: number;
    /** nameSimilarity over prepared pairs. */
    pairsPerSecond: number;
    microsecondsPerPair: number;
    /** scoreNames (with the explanation) over prepared pairs. */
    pairsPerSecondWithExplanation: number;
    microsecondsPerExplainedPair: number;
    meetsExpectation: boolean;
  };
}

function row(threshold: number, scored: readonly { same: boolean; score: number }[]): QualityRow {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const match = s.score >= threshold;
    if (match && s.same) {
      tp += 1;
    } else if (match) {
      fp += 1;
    } else if (s.same) {
      fn += 1;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { threshold, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

function rate(pairs: readonly LabelledPair[], scores: readonly number[], same: boolean, threshold: number): Record<string, number> {
  const counts = new Map<string, [number, number]>();
  pairs.forEach((p, i) => {
    if (p.same !== same) {
      return;
    }
    for (const kind of p.kinds) {
      const c = counts.get(kind) ?? [0, 0];
      c[0] += scores[i]! >= threshold ? 1 : 0;
      c[1] += 1;
      counts.set(kind, c);
    }
  });
  return Object.fromEntries([...counts].map(([k, [hit, all]]) => [k, hit / all]));
}

/** Operations per second of the fastest of three runs: the machines are shared and noisy. */
function timeIt(run: () => number, before?: () => void): number {
  let best = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    before?.();
    const started = performance.now();
    const count = run();
    best = Math.max(best, count / ((performance.now() - started) / 1000));
  }
  return best;
}

/** Measures quality and speed on `pairs` labelled pairs generated from `seed`. */
export function runNameQuality(pairs = 10_000, seed = 20_240_611): NameQualityFigures {
  const labelled = generateLabelledPairs(pairs, seed);
  let prepared: (readonly [PreparedName, PreparedName])[] = [];
  const prepareAll = (): number => {
    prepared = labelled.map((p) => [prepareName(p.a), prepareName(p.b)] as const);
    return prepared.length * 2;
  };
  const namesPreparedPerSecondColdCache = timeIt(prepareAll, clearPreparationCaches);
  const namesPreparedPerSecond = timeIt(prepareAll);
  const scores = prepared.map(([a, b]) => nameSimilarity(a, b));
  const scored = labelled.map((p, i) => ({ same: p.same, score: scores[i]! }));
  const rows = [0.6, 0.65, 0.68, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => row(t, scored));

  const baselineScored = labelled.map((p) => ({ same: p.same, score: jaroWinkler(normaliseName(p.a), normaliseName(p.b)) }));
  const baseline = Array.from({ length: 41 }, (_, i) => row(0.6 + i * 0.01, baselineScored)).reduce((best, r) => (r.f1 > best.f1 ? r : best));

  const same = labelled.filter((p) => p.same);
  let keys = 0;
  const sharing = same.filter((p) => {
    const a = nameBlockingKeys(p.a);
    const b = new Set(nameBlockingKeys(p.b));
    keys += a.length + b.size;
    return a.some((k) => b.has(k));
  }).length;

  // Warm up, then time the fast path and the explained path over the same prepared pairs.
  prepared.slice(0, 2000).forEach(([a, b]) => nameSimilarity(a, b));
  const rounds = 5;
  const pairsPerSecond = timeIt(() => {
    let sink = 0;
    for (let r = 0; r < rounds; r++) {
      for (const [a, b] of prepared) {
        sink += nameSimilarity(a, b);
      }
    }
    return sink >= 0 ? rounds * prepared.length : 0;
  });
  const pairsPerSecondWithExplanation = timeIt(() => {
    let sink = 0;
    for (let r = 0; r < rounds; r++) {
      for (const [a, b] of prepared) {
        sink += scoreNames(a, b).score;
      }
    }
    return sink >= 0 ? rounds * prepared.length : 0;
  });

  return {
    seed,
    pairs: labelled.length,
    defaultThreshold: DEFAULT_MATCH_THRESHOLD,
    rows,
    atDefault: row(DEFAULT_MATCH_THRESHOLD, scored),
    recallByVariant: rate(labelled, scores, true, DEFAULT_MATCH_THRESHOLD),
    falseMatchRateByLookalike: rate(labelled, scores, false, DEFAULT_MATCH_THRESHOLD),
    baseline,
    blocking: { sameNameSharingKey: sharing / same.length, keysPerName: keys / (2 * same.length) },
    throughput: {
      namesPreparedPerSecond: Math.round(namesPreparedPerSecond),
      microsecondsPerName: 1e6 / namesPreparedPerSecond,
      namesPreparedPerSecondColdCache: Math.round(namesPreparedPerSecondColdCache),
      pairsPerSecond: Math.round(pairsPerSecond),
      microsecondsPerPair: 1e6 / pairsPerSecond,
      pairsPerSecondWithExplanation: Math.round(pairsPerSecondWithExplanation),
      microsecondsPerExplainedPair: 1e6 / pairsPerSecondWithExplanation,
      meetsExpectation: pairsPerSecond >= EXPECTED_PAIRS_PER_SECOND,
    },
  };
}

function printFigures(f: NameQualityFigures): void {
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
  console.log(`Name matching on ${f.pairs} labelled pairs (seed ${f.seed}; half same person, half lookalikes)\n`);
  console.log('threshold  precision  recall   F1');
  for (const r of f.rows) {
    const mark = r.threshold === f.defaultThreshold ? '  ← default' : '';
    console.log(`   ${r.threshold.toFixed(2)}     ${pct(r.precision)}%  ${pct(r.recall)}%  ${pct(r.f1)}%${mark}`);
  }
  const b = f.baseline;
  console.log(`\nalternative (Jaro–Winkler on the normalised name, best threshold ${b.threshold.toFixed(2)}): precision ${pct(b.precision)}%, recall ${pct(b.recall)}%`);
  console.log(`error rate vs alternative: ${((1 - f.atDefault.f1) / (1 - b.f1)).toFixed(2)}× (1 − F1)`);
  console.log('\nrecall by variant kind:', Object.entries(f.recallByVariant).map(([k, v]) => `${k} ${pct(v).trim()}%`).join(', '));
  console.log('false matches by lookalike kind:', Object.entries(f.falseMatchRateByLookalike).map(([k, v]) => `${k} ${pct(v).trim()}%`).join(', '));
  console.log(`\nblocking keys: ${pct(f.blocking.sameNameSharingKey).trim()}% of same-person pairs share a key; ${f.blocking.keysPerName.toFixed(1)} keys per name`);
  const t = f.throughput;
  const n = (x: number): string => x.toLocaleString('en');
  console.log(`\nthroughput (one core, best of 3):`);
  console.log(`  prepareName:    ${n(t.namesPreparedPerSecond)} names/s (${t.microsecondsPerName.toFixed(1)} µs/name) with warm word caches; ${n(t.namesPreparedPerSecondColdCache)} names/s from empty caches`);
  console.log(`  nameSimilarity: ${n(t.pairsPerSecond)} pairs/s (${t.microsecondsPerPair.toFixed(1)} µs/pair)`);
  console.log(`  scoreNames:     ${n(t.pairsPerSecondWithExplanation)} pairs/s with explanation (${t.microsecondsPerExplainedPair.toFixed(1)} µs/pair)`);
  console.log(`expectation ≥ ${EXPECTED_PAIRS_PER_SECOND.toLocaleString('en')} pairs/s on one core: ${t.meetsExpectation ? 'met' : 'NOT met'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printFigures(runNameQuality());
}
