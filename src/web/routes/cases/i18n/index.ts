/**
 * The case management texts per language, in the shape the app's resources mount under `cases`: the screens'
 * texts and the labels of the codes cases use (types, states, HTCDS fields and value names…), side by side.
 */
import referenceAr from './reference.ar.json';
import referenceEn from './reference.en.json';
import referenceRo from './reference.ro.json';
import screensAr from './screens.ar.json';
import screensEn from './screens.en.json';
import screensRo from './screens.ro.json';

export const casesResources = {
  en: { ...screensEn, ...referenceEn },
  ro: { ...screensRo, ...referenceRo },
  ar: { ...screensAr, ...referenceAr },
} satisfies Record<'en' | 'ro' | 'ar', object>;
