/**
 * Matching quality on the labelled test set: 4,000 pairs (half the same person under a variant
 * spelling, half a different person with a similar name) from a seed that was not used for tuning.
 */
import { describe, expect, it } from 'vitest';
import { prepareName } from './prepare';
import { DEFAULT_MATCH_THRESHOLD, nameSimilarity } from './score';
import { generateLabelledPairs } from './testset';

const SEED = 20_240_611;
const PAIRS = 4000;

describe('name matching quality', () => {
  it(`reaches precision and recall of 0.95 at the default threshold (${DEFAULT_MATCH_THRESHOLD})`, () => {
    const pairs = generateLabelledPairs(PAIRS, SEED);
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const pair of pairs) {
      const match = nameSimilarity(prepareName(pair.a), prepareName(pair.b)) >= DEFAULT_MATCH_THRESHOLD;
      if (match && pair.same) {
        truePositives += 1;
      } else if (match) {
        falsePositives += 1;
      } else if (pair.same) {
        falseNegatives += 1;
      }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(`name matching on ${pairs.length} labelled pairs (seed ${SEED}, threshold ${DEFAULT_MATCH_THRESHOLD}): precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`);
    expect(pairs.length).toBeGreaterThanOrEqual(2000);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
