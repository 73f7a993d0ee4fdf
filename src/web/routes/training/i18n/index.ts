/**
 * The training texts per language, in the shape the app's resources mount under `training`: each area file
 * (`<area>.<lang>.json`) holds its own top-level keys (courses, sessions, take, …), spread side by side.
 */
import commonAr from './common.ar.json';
import commonEn from './common.en.json';
import commonRo from './common.ro.json';
import coursesAr from './courses.ar.json';
import coursesEn from './courses.en.json';
import coursesRo from './courses.ro.json';
import elearningAr from './elearning.ar.json';
import elearningEn from './elearning.en.json';
import elearningRo from './elearning.ro.json';
import learningAr from './learning.ar.json';
import learningEn from './learning.en.json';
import learningRo from './learning.ro.json';
import reportsAr from './reports.ar.json';
import reportsEn from './reports.en.json';
import reportsRo from './reports.ro.json';
import sessionsAr from './sessions.ar.json';
import sessionsEn from './sessions.en.json';
import sessionsRo from './sessions.ro.json';
import takeAr from './take.ar.json';
import takeEn from './take.en.json';
import takeRo from './take.ro.json';

export const trainingResources = {
  en: { ...commonEn, ...coursesEn, ...sessionsEn, ...takeEn, ...elearningEn, ...learningEn, ...reportsEn },
  ro: { ...commonRo, ...coursesRo, ...sessionsRo, ...takeRo, ...elearningRo, ...learningRo, ...reportsRo },
  ar: { ...commonAr, ...coursesAr, ...sessionsAr, ...takeAr, ...elearningAr, ...learningAr, ...reportsAr },
} satisfies Record<'en' | 'ro' | 'ar', object>;
