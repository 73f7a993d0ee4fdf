/**
 * The interface texts per language: the shared file of each language plus the files of the larger modules,
 * kept beside their screens (`routes/<module>/i18n/<area>.<lang>.json`) and mounted under the module's key.
 */
import borderCommonAr from '../routes/border/i18n/common.ar.json';
import borderCommonEn from '../routes/border/i18n/common.en.json';
import borderCommonRo from '../routes/border/i18n/common.ro.json';
import borderDeskAr from '../routes/border/i18n/desk.ar.json';
import borderDeskEn from '../routes/border/i18n/desk.en.json';
import borderDeskRo from '../routes/border/i18n/desk.ro.json';
import borderStatisticsAr from '../routes/border/i18n/statistics.ar.json';
import borderStatisticsEn from '../routes/border/i18n/statistics.en.json';
import borderStatisticsRo from '../routes/border/i18n/statistics.ro.json';
import borderWatchlistsAr from '../routes/border/i18n/watchlists.ar.json';
import borderWatchlistsEn from '../routes/border/i18n/watchlists.en.json';
import borderWatchlistsRo from '../routes/border/i18n/watchlists.ro.json';
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const resources = {
  en: { ...en, border: { ...borderCommonEn, desk: borderDeskEn, watchlists: borderWatchlistsEn, statistics: borderStatisticsEn } },
  ro: { ...ro, border: { ...borderCommonRo, desk: borderDeskRo, watchlists: borderWatchlistsRo, statistics: borderStatisticsRo } },
  ar: { ...ar, border: { ...borderCommonAr, desk: borderDeskAr, watchlists: borderWatchlistsAr, statistics: borderStatisticsAr } },
};
