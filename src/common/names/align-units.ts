/** Candidate part matches of an alignment and the choice among them (see align.ts). */
import type { MatchKind } from './compare';
import type { PreparedPart } from './prepare';

/** A candidate match: query parts q..q+qLen-1 against candidate parts c..c+cLen-1. */
export interface Unit {
  q: number;
  qLen: number;
  c: number;
  cLen: number;
  score: number;
  how: MatchKind;
  note?: string;
  qText: string;
  cText: string;
}

/** Orders equal-score candidates by their text, not their position, so the result does not depend on argument order. */
function tieOrder(a: Unit, b: Unit): number {
  const aLo = a.qText < a.cText ? a.qText : a.cText;
  const aHi = a.qText < a.cText ? a.cText : a.qText;
  const bLo = b.qText < b.cText ? b.qText : b.cText;
  const bHi = b.qText < b.cText ? b.cText : b.qText;
  return aLo < bLo ? -1 : aLo > bLo ? 1 : aHi < bHi ? -1 : aHi > bHi ? 1 : 0;
}

/** Strongest first; at equal scores single parts before joins, then by text. */
export function byStrength(a: Unit, b: Unit): number {
  return b.score - a.score || a.qLen + a.cLen - (b.qLen + b.cLen) || tieOrder(a, b);
}

/** The weight a match carries: the mean of both sides' part weights. */
export function unitWeight(u: Unit, qp: readonly PreparedPart[], cp: readonly PreparedPart[]): number {
  let wq = 0;
  for (let k = u.q; k < u.q + u.qLen; k++) {
    wq += qp[k]!.weight;
  }
  let wc = 0;
  for (let k = u.c; k < u.c + u.cLen; k++) {
    wc += cp[k]!.weight;
  }
  return (wq + wc) / 2;
}

/** Enough to search every alignment of real names; pathological inputs keep the greedy one. */
const SEARCH_BUDGET = 5000;

/**
 * Picks the non-overlapping part matches with the most matched weight. Greedy by score is usually
 * right, but not always (Abdirahman Said Abdi / Abdi Rahman Said Cabdi: the best single match, Abdi =
 * Abdi, blocks the join), so a small branch-and-bound search improves on it.
 */
export function chooseUnits(units: readonly Unit[], qp: readonly PreparedPart[], cp: readonly PreparedPart[]): Unit[] {
  const n = units.length;
  if (maskQ.length < n) {
    const size = n * 2;
    maskQ = new Int32Array(size);
    maskC = new Int32Array(size);
    values = new Float64Array(size);
    remaining = new Float64Array(size + 1);
    chosen = new Int32Array(size);
    best = new Int32Array(size);
  }
  bestCount = 0;
  bestValue = 0;
  let usedQ = 0;
  let usedC = 0;
  for (let k = 0; k < n; k++) {
    const u = units[k]!;
    const mq = ((1 << u.qLen) - 1) << u.q;
    const mc = ((1 << u.cLen) - 1) << u.c;
    maskQ[k] = mq;
    maskC[k] = mc;
    values[k] = unitWeight(u, qp, cp) * u.score;
    if ((usedQ & mq) === 0 && (usedC & mc) === 0) {
      usedQ |= mq;
      usedC |= mc;
      best[bestCount++] = k;
      bestValue += values[k]!;
    }
  }
  if (n > 2) {
    // Summed from k onwards in order, as the bound has always been computed.
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let l = k; l < n; l++) {
        sum += values[l]!;
      }
      remaining[k] = sum;
    }
    unitCount = n;
    chosenCount = 0;
    budget = SEARCH_BUDGET;
    search(0, 0, 0, 0);
  }
  const out: Unit[] = [];
  for (let k = 0; k < bestCount; k++) {
    out.push(units[best[k]!]!);
  }
  return out;
}

// Scratch state of the search, reused between calls (scoring must not allocate per candidate).
let maskQ = new Int32Array(64);
let maskC = new Int32Array(64);
let values = new Float64Array(64);
let remaining = new Float64Array(65);
let chosen = new Int32Array(64);
let best = new Int32Array(64);
let bestCount = 0;
let bestValue = 0;
let chosenCount = 0;
let unitCount = 0;
let budget = 0;

function search(k: number, q: number, c: number, value: number): void {
  budget -= 1;
  if (value > bestValue + 1e-9) {
    bestValue = value;
    for (let l = 0; l < chosenCount; l++) {
      best[l] = chosen[l]!;
    }
    bestCount = chosenCount;
  }
  if (budget <= 0 || k === unitCount || value + remaining[k]! <= bestValue + 1e-9) {
    return;
  }
  const mq = maskQ[k]!;
  const mc = maskC[k]!;
  if ((q & mq) === 0 && (c & mc) === 0) {
    chosen[chosenCount++] = k;
    search(k + 1, q | mq, c | mc, value + values[k]!);
    chosenCount -= 1;
  }
  search(k + 1, q, c, value);
}
