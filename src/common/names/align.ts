/**
 * Scoring two whole names: align their parts (any order, one part against two written as one),
 * then combine the part scores.
 *
 * score = Σ w·s over matched parts / (Σ w·(1 + 1.5·max(0, 0.75 − s)) over matched parts
 *         + Σ w over mismatched pairs + 0.3 · Σ w over parts only one side has)
 * A part present on both sides that disagrees (Ali Hassan / Ali Karimi) counts fully against the
 * match; a part one side simply lacks (a dropped middle name) counts less; a doubtful part match
 * (two slips in a short name, Kravchenko/Shevchenko) counts as half a mismatch, and disagreeing first
 * parts (usually the given names, where siblings differ) count 1.6 times. Particles weigh 0.15 and
 * initials 0.5. The score is symmetric: swapping the names gives the same number.
 */
import { byStrength, chooseUnits, unitWeight, type Unit } from './align-units';
import { compareParts, compareSpellingsAtLeast, type MatchKind } from './compare';
import type { PreparedName, PreparedPart } from './prepare';
import { sameParticle } from './variants';

/** One line of a score's explanation: which parts met and how, or which part had no counterpart. */
export interface PartMatch {
  /** The query's part(s) as written; '' when the candidate has a part the query lacks. */
  query: string;
  /** The candidate's part(s) as written; '' when the query's part is missing from the candidate. */
  candidate: string;
  /** Positions of the query's parts in its prepared name (for highlighting); empty when extra. */
  queryParts: number[];
  /** Positions of the candidate's parts; empty when missing. */
  candidateParts: number[];
  how: MatchKind;
  /** The part score in [0, 1] (0 for missing, extra and mismatched parts). */
  score: number;
  /** How much the line counts in the name score. */
  weight: number;
  note?: string;
}

/** Below this a part pair is not a match. */
const MIN_PART_MATCH = 0.5;
/** Joined-versus-split pairs must be close: gluing words invents lookalikes easily. */
const MIN_JOIN_MATCH = 0.8;
/** The share of its weight a part counts against the match when the other name simply lacks it. */
const MISSING_PENALTY = 0.3;
/** Below this a matched part is doubtful, and its shortfall counts extra against the name. */
const DOUBTFUL_PART = 0.75;
const DOUBT_WEIGHT = 1.5;
/**
 * Two different first parts (usually the given names) weigh more than other disagreements: siblings
 * share their father's, grandfather's and family names and differ exactly there.
 */
const FIRST_PART_MISMATCH_WEIGHT = 1.6;

function joinUnits(joined: PreparedName, single: PreparedName, joinedIsQuery: boolean, out: Unit[], explain: boolean): void {
  for (const join of joined.joins) {
    for (let j = 0; j < single.parts.length; j++) {
      const part = single.parts[j]!;
      if (part.role !== 'name') {
        continue;
      }
      // A glued pair is as long as the single word it could be (give or take a slip).
      const whole = part.whole;
      const first = join.keys[0]!;
      const plausible =
        first.abjad === whole.abjad
          ? Math.abs(first.text.length - whole.text.length) <= 3 || (first.variant >= 0 && first.variant === whole.variant)
          : Math.abs(first.skeleton.length - whole.skeleton.length) <= 2;
      if (!plausible) {
        continue;
      }
      let best = 0;
      let how = '';
      for (const keys of join.keys) {
        const r = compareSpellingsAtLeast(keys, part.whole, MIN_JOIN_MATCH);
        if (r.score > best) {
          best = r.score;
          how = r.how;
        }
      }
      if (best >= MIN_JOIN_MATCH) {
        const jText = join.text;
        const unit: Unit = joinedIsQuery
          ? { q: join.from, qLen: 2, c: j, cLen: 1, score: best * 0.97, how: 'compound', qText: jText, cText: part.whole.text }
          : { q: j, qLen: 1, c: join.from, cLen: 2, score: best * 0.97, how: 'compound', qText: part.whole.text, cText: jText };
        if (explain) {
          unit.note = `written joined/split; ${how}`;
        }
        out.push(unit);
      }
    }
  }
}

function originals(parts: readonly PreparedPart[], from: number, length: number): string {
  return parts
    .slice(from, from + length)
    .map((p) => p.original)
    .join(' ');
}

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, k) => from + k);
}

// Scratch space for part-pair scores, reused between calls.
let rawScores = new Float64Array(64);

/**
 * Orders two part pairs by their texts, the smaller text of each pair first: the same order as comparing
 * "lo hi" strings (texts are letters, which sort after the space), without building them.
 */
function pairTextBefore(a: PreparedPart, b: PreparedPart, c: PreparedPart, d: PreparedPart): boolean {
  const x = a.whole.text;
  const y = b.whole.text;
  const u = c.whole.text;
  const v = d.whole.text;
  const lo1 = x < y ? x : y;
  const hi1 = x < y ? y : x;
  const lo2 = u < v ? u : v;
  const hi2 = u < v ? v : u;
  return lo1 < lo2 || (lo1 === lo2 && hi1 < hi2);
}

/** Aligns two prepared names and returns the score; fills `explanation` when given. */
export function alignNames(q: PreparedName, c: PreparedName, explanation: PartMatch[] | undefined): number {
  const qp = q.parts;
  const cp = c.parts;
  if (qp.length === 0 || cp.length === 0) {
    return 0;
  }
  const explain = explanation !== undefined;
  const units: Unit[] = [];
  if (rawScores.length < qp.length * cp.length) {
    rawScores = new Float64Array(qp.length * cp.length * 2);
  }
  const raw = rawScores;
  raw.fill(0, 0, qp.length * cp.length);
  for (let i = 0; i < qp.length; i++) {
    if (qp[i]!.role === 'particle') {
      continue;
    }
    for (let j = 0; j < cp.length; j++) {
      if (cp[j]!.role === 'particle') {
        continue;
      }
      const r = compareParts(qp[i]!, cp[j]!, explain);
      raw[i * cp.length + j] = r.score;
      if (r.score >= MIN_PART_MATCH) {
        units.push({ q: i, qLen: 1, c: j, cLen: 1, score: r.score, how: r.how, note: r.note, qText: qp[i]!.whole.text, cText: cp[j]!.whole.text });
      }
    }
  }
  joinUnits(q, c, true, units, explain);
  joinUnits(c, q, false, units, explain);
  units.sort(byStrength);

  let usedQ = 0;
  let usedC = 0;
  let numerator = 0;
  let denominator = 0;
  for (const u of chooseUnits(units, qp, cp)) {
    usedQ |= ((1 << u.qLen) - 1) << u.q;
    usedC |= ((1 << u.cLen) - 1) << u.c;
    const weight = unitWeight(u, qp, cp);
    numerator += weight * u.score;
    denominator += weight * (1 + DOUBT_WEIGHT * Math.max(0, DOUBTFUL_PART - u.score));
    explanation?.push({
      query: originals(qp, u.q, u.qLen),
      candidate: originals(cp, u.c, u.cLen),
      queryParts: range(u.q, u.qLen),
      candidateParts: range(u.c, u.cLen),
      how: u.how,
      score: u.score,
      weight,
      note: u.note,
    });
  }

  // Particles meet particles (bin = ibn); the rest of both sides is either mismatched or missing.
  for (let i = 0; i < qp.length; i++) {
    const part = qp[i]!;
    if (part.role !== 'particle' || usedQ & (1 << i)) {
      continue;
    }
    for (let j = 0; j < cp.length; j++) {
      if (cp[j]!.role === 'particle' && !(usedC & (1 << j)) && sameParticle(part.core.text, cp[j]!.core.text)) {
        usedQ |= 1 << i;
        usedC |= 1 << j;
        const weight = (part.weight + cp[j]!.weight) / 2;
        numerator += weight;
        denominator += weight;
        const how = part.core.text === cp[j]!.core.text ? 'exact' : 'variant';
        explanation?.push({ query: part.original, candidate: cp[j]!.original, queryParts: [i], candidateParts: [j], how, score: 1, weight });
        break;
      }
    }
  }
  // Names left on both sides disagree: pair them, the first parts together when both are left (the given
  // names, where siblings differ), then the closest first.
  for (;;) {
    let bestI = -1;
    let bestJ = -1;
    let best = -1;
    if (!(usedQ & 1) && !(usedC & 1) && qp[0]!.role !== 'particle' && cp[0]!.role !== 'particle') {
      bestI = 0;
      bestJ = 0;
    } else {
      for (let i = 0; i < qp.length; i++) {
        if (usedQ & (1 << i) || qp[i]!.role === 'particle') {
          continue;
        }
        for (let j = 0; j < cp.length; j++) {
          if (usedC & (1 << j) || cp[j]!.role === 'particle') {
            continue;
          }
          const r = raw[i * cp.length + j]!;
          if (r > best || (r === best && pairTextBefore(qp[i]!, cp[j]!, qp[bestI]!, cp[bestJ]!))) {
            best = r;
            bestI = i;
            bestJ = j;
          }
        }
      }
    }
    if (bestI < 0) {
      break;
    }
    usedQ |= 1 << bestI;
    usedC |= 1 << bestJ;
    const first = bestI === 0 && bestJ === 0;
    const weight = ((qp[bestI]!.weight + cp[bestJ]!.weight) / 2) * (first ? FIRST_PART_MISMATCH_WEIGHT : 1);
    denominator += weight;
    explanation?.push({
      query: qp[bestI]!.original,
      candidate: cp[bestJ]!.original,
      queryParts: [bestI],
      candidateParts: [bestJ],
      how: 'mismatch',
      score: 0,
      weight,
    });
  }
  for (let i = 0; i < qp.length; i++) {
    if (!(usedQ & (1 << i))) {
      const weight = MISSING_PENALTY * qp[i]!.weight;
      denominator += weight;
      explanation?.push({ query: qp[i]!.original, candidate: '', queryParts: [i], candidateParts: [], how: 'missing', score: 0, weight });
    }
  }
  for (let j = 0; j < cp.length; j++) {
    if (!(usedC & (1 << j))) {
      const weight = MISSING_PENALTY * cp[j]!.weight;
      denominator += weight;
      explanation?.push({ query: '', candidate: cp[j]!.original, queryParts: [], candidateParts: [j], how: 'extra', score: 0, weight });
    }
  }
  return denominator > 0 ? Math.min(1, Math.max(0, numerator / denominator)) : 0;
}

