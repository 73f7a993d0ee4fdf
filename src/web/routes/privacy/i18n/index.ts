/** Privacy's texts per language, mounted under `privacy`. */
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const privacyResources = { en, ro, ar } satisfies Record<'en' | 'ro' | 'ar', object>;
