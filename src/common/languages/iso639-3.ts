/**
 * ISO 639-3 language codes, checked against the published code table (the `iso-639-3` package), so that
 * rare languages (Dari prs, Tigrinya tir, Northern Kurdish kmr…) are accepted and made-up codes are not.
 * Only living and constructed languages count: nobody books an interpreter for an extinct one.
 */
import { iso6393 } from 'iso-639-3';

export interface LanguageEntry {
  code: string;
  /** The English reference name of the code table. */
  name: string;
  scope: 'individual' | 'macrolanguage';
}

const LANGUAGES: readonly LanguageEntry[] = iso6393
  .filter((l) => (l.type === 'living' || l.type === 'constructed') && (l.scope === 'individual' || l.scope === 'macrolanguage'))
  .map((l) => ({ code: l.iso6393, name: l.name, scope: l.scope as LanguageEntry['scope'] }));
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));

/** True when `code` is a living (or constructed) ISO 639-3 language code. */
export function isLanguageCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** The code table's entry for `code`, if it is a known language. */
export function languageEntry(code: string): LanguageEntry | undefined {
  return BY_CODE.get(code);
}

/** Languages whose code or English name matches `query` (code first, then names starting with it, then containing it). */
export function searchLanguages(query: string, limit = 20): LanguageEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) {
    return [];
  }
  const exact = BY_CODE.get(q);
  const starts: LanguageEntry[] = [];
  const contains: LanguageEntry[] = [];
  for (const l of LANGUAGES) {
    if (l === exact) {
      continue;
    }
    const name = l.name.toLowerCase();
    if (name.startsWith(q)) {
      starts.push(l);
    } else if (name.includes(q)) {
      contains.push(l);
    }
  }
  return [...(exact ? [exact] : []), ...starts, ...contains].slice(0, limit);
}
