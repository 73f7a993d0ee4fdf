/**
 * Blocking keys: short strings a database indexes so that a search only scores the few stored names
 * that share at least one key with the query, instead of every name in the registry.
 *
 * Keys per name part (and per two parts written as one word):
 *   k:<phonetic key>   Latin-script spellings (Mohammed → k:muhamid, Muhamad → k:muhamad)
 *   s:<skeleton>       consonants only, every script (محمد, Mohammed, Mehmet → s:mhmd), and for
 *                      skeletons of three or more the skeleton with each one consonant left out
 *                      (s:hmd, s:mmd→s:md, s:mhd, s:mhm), so one slipped or extra consonant still meets
 *   v:<variant class>  the variant table's class (Youssef, Joseph, Iosif → v:yusuf)
 *
 * How a store uses them: keep a table (person_id, key) with an index on key, written whenever a
 * person's names or aliases change. To search, compute the query's keys, fetch the persons sharing
 * the most keys (GROUP BY person_id ORDER BY count(*) DESC, with a limit, optionally narrowed by
 * birth year), then score those candidates with scoreIdentity and keep those above the threshold.
 * Very common keys (s:mhmd, v:muhammad) match a large share of the registry: rank by shared keys
 * rather than dropping them. Rebuild the key table when BLOCKING_KEY_VERSION changes.
 */
import type { PartKeys } from './prepare';
import { asPreparedName, type NameInput } from './score';
import { variantName } from './variants';

/** Bump when the keys a name yields change (algorithm or variant table): stored keys must be rebuilt. */
export const BLOCKING_KEY_VERSION = 1;

export interface BlockingKeyOptions {
  /**
   * Also the skeletons with one consonant left out (default true). Searches want them (one slipped
   * consonant still meets); a pass that pairs every person with every other sharing a key does not:
   * they are shared by too many.
   */
  deletions?: boolean;
}

function addKeys(keys: Set<string>, spelling: PartKeys, deletions: boolean): void {
  if (!spelling.abjad && spelling.key.length > 0) {
    keys.add(`k:${spelling.key}`);
  }
  const skeleton = spelling.skeleton;
  if (skeleton.length > 0) {
    keys.add(`s:${skeleton}`);
  }
  if (deletions && skeleton.length >= 3) {
    for (let i = 0; i < skeleton.length; i++) {
      keys.add(`s:${(skeleton.slice(0, i) + skeleton.slice(i + 1)).replace(/(.)\1+/g, '$1')}`);
    }
  }
  if (spelling.variant >= 0) {
    keys.add(`v:${variantName(spelling.variant).toLowerCase().replace(/[^a-z]/g, '')}`);
  }
  for (const variant of spelling.abjadVariants) {
    keys.add(`v:${variantName(variant).toLowerCase().replace(/[^a-z]/g, '')}`);
  }
}

/**
 * The blocking keys of a name grouped by what they stand for: one group per name part (particles
 * such as "al" and "bin" have none), then one per pair of neighbouring parts written as one word.
 * A search can ask for persons matching keys of two different groups — two parts of the name —
 * which is far more selective than any one key of a common name.
 */
export function nameBlockingKeyGroups(name: NameInput, options: BlockingKeyOptions = {}): string[][] {
  const prepared = asPreparedName(name);
  const deletions = options.deletions ?? true;
  const groups: string[][] = [];
  for (const part of prepared.parts) {
    if (part.role !== 'name') {
      continue;
    }
    const keys = new Set<string>();
    for (const spelling of [part.core, part.whole, part.alt, part.reading]) {
      if (spelling) {
        addKeys(keys, spelling, deletions);
      }
    }
    groups.push([...keys].sort());
  }
  for (const join of prepared.joins) {
    const keys = new Set<string>();
    for (const spelling of join.keys) {
      addKeys(keys, spelling, deletions);
    }
    groups.push([...keys].sort());
  }
  return groups.filter((g) => g.length > 0);
}

/** The blocking keys of a name (any script), sorted and without duplicates. */
export function nameBlockingKeys(name: NameInput, options: BlockingKeyOptions = {}): string[] {
  return [...new Set(nameBlockingKeyGroups(name, options).flat())].sort();
}
