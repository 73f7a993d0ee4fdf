/** The synchronisation texts per language, mounted under `sync`: the desk's link status, the posts page and conflicts. */
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const syncResources = { en, ro, ar } satisfies Record<'en' | 'ro' | 'ar', object>;
