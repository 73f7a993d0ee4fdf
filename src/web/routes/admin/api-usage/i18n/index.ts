/** The partner API administration texts per language (usage pages, key limits), mounted under `partnerApi`. */
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const partnerApiResources = { en, ro, ar } satisfies Record<'en' | 'ro' | 'ar', object>;
