/** Interface languages: Romanian, English and Arabic (right-to-left); the choice persists in localStorage. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = [
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'crossroads.language';

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

function storedLanguage(): LanguageCode | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function browserLanguage(): LanguageCode | undefined {
  const short = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(short) ? short : undefined;
}

/** Writing direction of a language. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';
}

/** The active interface language. */
export function currentLanguage(): LanguageCode {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Switches the interface language, remembers it and turns the page right-to-left for Arabic. */
export async function changeLanguage(language: LanguageCode): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

const initial = storedLanguage() ?? browserLanguage() ?? 'en';
applyToDocument(initial);
i18n.on('languageChanged', applyToDocument);

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: resources.en },
    ro: { translation: resources.ro },
    ar: { translation: resources.ar },
  },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: LANGUAGES.map((l) => l.code),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
