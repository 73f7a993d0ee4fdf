/**
 * Name matching for person search, duplicate detection and watchlist screening: pure functions,
 * no I/O. See README.md for the algorithm, the score, the explanation and the blocking keys.
 */
export { foldToAscii, normaliseName, tokeniseName, type NameToken, type Script } from './normalise';
export { transliterateArabicWord } from './arabic-script';
export { transliterateCyrillic, transliterateGreek } from './cyrillic-greek';
export { consonantSkeleton, encodeLatin, phoneticKey } from './phonetic';
export { editDistance, jaroWinkler } from './distance';
export { nameVariantsOf, variantSpellings } from './variants';
export { MAX_NAME_TOKENS, phoneticKeysOf, prepareName, type PreparedName, type PreparedPart } from './prepare';
export type { MatchKind } from './compare';
export {
  DEFAULT_MATCH_THRESHOLD,
  nameSimilarity,
  scoreNames,
  type NameInput,
  type NameScore,
  type PartMatch,
} from './score';
export { closeBirthDates, birthDateNumber, parseBirthDate, relateBirthDates, type BirthDate, type BirthDateRelation } from './birth-date';
export {
  adjustForDateOfBirth,
  adjustForNationality,
  identityCeiling,
  identitySimilarity,
  OTHER_DAY_CEILING,
  scoreIdentity,
  type IdentityScore,
  type PersonToMatch,
  type ScoreAdjustment,
} from './identity';
export { BLOCKING_KEY_VERSION, nameBlockingKeyGroups, nameBlockingKeys, type BlockingKeyOptions } from './blocking';
