/** The interpreter pool's texts per language, mounted under `interpreters`. */
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const interpreterResources = { en, ro, ar } satisfies Record<'en' | 'ro' | 'ar', object>;
