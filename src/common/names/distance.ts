/** String distances for typo tolerance: optimal-string-alignment Damerau–Levenshtein and Jaro–Winkler. */

// Scratch rows reused between calls: scoring runs millions of times and must not allocate.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

function ensureRows(length: number): void {
  if (rowA.length < length) {
    rowA = new Int32Array(length * 2);
    rowB = new Int32Array(length * 2);
    rowC = new Int32Array(length * 2);
  }
}

/**
 * Edit distance counting insertions, deletions, substitutions and adjacent transpositions as one edit
 * each (optimal string alignment). Returns `limit + 1` as soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  if (a === b) {
    return 0;
  }
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) {
    return limit + 1;
  }
  if (n === 0 || m === 0) {
    return Math.max(n, m);
  }
  ensureRows(m + 1);
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let best = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (del < best) {
        best = del;
      }
      if (ins < best) {
        best = ins;
      }
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const tr = prev2[j - 2]! + 1;
        if (tr < best) {
          best = tr;
        }
      }
      cur[j] = best;
      if (best < rowMin) {
        rowMin = best;
      }
    }
    if (rowMin > limit) {
      return limit + 1;
    }
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m]!;
}

/** Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) {
    return a.length === 0 ? 0 : 1;
  }
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return 0;
  }
  const window = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  const matchedA: boolean[] = new Array<boolean>(n).fill(false);
  const matchedB: boolean[] = new Array<boolean>(m).fill(false);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(m - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!matchedB[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        matchedA[i] = true;
        matchedB[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) {
    return 0;
  }
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (matchedA[i]) {
      while (!matchedB[k]) {
        k += 1;
      }
      if (a.charCodeAt(i) !== b.charCodeAt(k)) {
        transpositions += 1;
      }
      k += 1;
    }
  }
  const jaro = (matches / n + matches / m + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < n && prefix < m && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix += 1;
  }
  return jaro + prefix * 0.1 * (1 - jaro);
}
