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
import documentsCommonAr from '../routes/documents/i18n/common.ar.json';
import documentsCommonEn from '../routes/documents/i18n/common.en.json';
import documentsCommonRo from '../routes/documents/i18n/common.ro.json';
import documentsRegisterAr from '../routes/documents/i18n/register.ar.json';
import documentsRegisterEn from '../routes/documents/i18n/register.en.json';
import documentsRegisterRo from '../routes/documents/i18n/register.ro.json';
import documentsApplyAr from '../routes/documents/i18n/apply.ar.json';
import documentsApplyEn from '../routes/documents/i18n/apply.en.json';
import documentsApplyRo from '../routes/documents/i18n/apply.ro.json';
import documentsDocumentAr from '../routes/documents/i18n/document.ar.json';
import documentsDocumentEn from '../routes/documents/i18n/document.en.json';
import documentsDocumentRo from '../routes/documents/i18n/document.ro.json';
import documentsOfficesAr from '../routes/documents/i18n/offices.ar.json';
import documentsOfficesEn from '../routes/documents/i18n/offices.en.json';
import documentsOfficesRo from '../routes/documents/i18n/offices.ro.json';
import documentsTypesAr from '../routes/documents/i18n/types.ar.json';
import documentsTypesEn from '../routes/documents/i18n/types.en.json';
import documentsTypesRo from '../routes/documents/i18n/types.ro.json';
import documentsKeysAr from '../routes/documents/i18n/keys.ar.json';
import documentsKeysEn from '../routes/documents/i18n/keys.en.json';
import documentsKeysRo from '../routes/documents/i18n/keys.ro.json';
import documentsVerifyAr from '../routes/documents/i18n/verify.ar.json';
import documentsVerifyEn from '../routes/documents/i18n/verify.en.json';
import documentsVerifyRo from '../routes/documents/i18n/verify.ro.json';
import ar from './ar.json';
import en from './en.json';
import ro from './ro.json';

export const resources = {
  en: {
    ...en,
    border: { ...borderCommonEn, desk: borderDeskEn, watchlists: borderWatchlistsEn, statistics: borderStatisticsEn },
    documents: {
      ...documentsCommonEn,
      register: documentsRegisterEn,
      apply: documentsApplyEn,
      document: documentsDocumentEn,
      offices: documentsOfficesEn,
      types: documentsTypesEn,
      keys: documentsKeysEn,
      verify: documentsVerifyEn,
    },
  },
  ro: {
    ...ro,
    border: { ...borderCommonRo, desk: borderDeskRo, watchlists: borderWatchlistsRo, statistics: borderStatisticsRo },
    documents: {
      ...documentsCommonRo,
      register: documentsRegisterRo,
      apply: documentsApplyRo,
      document: documentsDocumentRo,
      offices: documentsOfficesRo,
      types: documentsTypesRo,
      keys: documentsKeysRo,
      verify: documentsVerifyRo,
    },
  },
  ar: {
    ...ar,
    border: { ...borderCommonAr, desk: borderDeskAr, watchlists: borderWatchlistsAr, statistics: borderStatisticsAr },
    documents: {
      ...documentsCommonAr,
      register: documentsRegisterAr,
      apply: documentsApplyAr,
      document: documentsDocumentAr,
      offices: documentsOfficesAr,
      types: documentsTypesAr,
      keys: documentsKeysAr,
      verify: documentsVerifyAr,
    },
  },
};
