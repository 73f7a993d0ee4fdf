/**
 * The reception and asylum texts per language, in the shape the app's resources mount: `reception` (centres,
 * placements, mass influx, exercises) and `asylum` (applications, screening, follow-ups, minors).
 */
import asylumAr from './asylum.ar.json';
import asylumEn from './asylum.en.json';
import asylumRo from './asylum.ro.json';
import receptionAr from './reception.ar.json';
import receptionEn from './reception.en.json';
import receptionRo from './reception.ro.json';

export const receptionResources = {
  en: receptionEn,
  ro: receptionRo,
  ar: receptionAr,
} satisfies Record<'en' | 'ro' | 'ar', object>;

export const asylumResources = {
  en: asylumEn,
  ro: asylumRo,
  ar: asylumAr,
} satisfies Record<'en' | 'ro' | 'ar', object>;
