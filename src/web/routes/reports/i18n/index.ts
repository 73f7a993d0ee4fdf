/** The reports texts per language, mounted under `reports` (indicator titles and column names by the keys the API gives). */
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const reportsResources = { en, ro, ar } satisfies Record<'en' | 'ro' | 'ar', object>;
