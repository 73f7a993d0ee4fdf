/**
 * What every kiosk screen needs: the centre, the reader's language and its direction, the way to move between
 * screens, the search (kept while the reader opens a result and comes back), and the kiosk's own words.
 */
import { createContext, useContext, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../i18n';
import type { PublicLanguage } from '../knowledgeApi';
import type { useSearchBox } from '../search/searchApi';
import type { KioskAction } from './kioskState';

export interface KioskContextValue {
  centre: string;
  /** The reader's language; null on the start screen. */
  language: PublicLanguage | null;
  /** The language the kiosk reads in now: the reader's, or the interface's on the start screen. */
  readingLanguage: string;
  dispatch: Dispatch<KioskAction>;
  search: ReturnType<typeof useSearchBox>;
}

/** Provided by the kiosk page to its screens. */
export const KioskContext = createContext<KioskContextValue | null>(null);

/** The kiosk's shared state; only inside the kiosk page. */
export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) {
    throw new Error('useKiosk() outside the kiosk');
  }
  return value;
}

/**
 * The interface language for the kiosk's own words (buttons, hints): the reader's language when the app is
 * translated into it (Romanian, English, Arabic), else English. The answers themselves are in the reader's language.
 */
export function kioskInterfaceLanguage(language: string): string {
  return LANGUAGES.some((l) => l.code === language) ? language : 'en';
}

/** The translation function of the kiosk's own words, in `kioskInterfaceLanguage` of the reader. */
export function useKioskTranslation() {
  const { readingLanguage } = useKiosk();
  return useTranslation(undefined, { lng: kioskInterfaceLanguage(readingLanguage) });
}
