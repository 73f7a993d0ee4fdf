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
import knowledgeCommonAr from '../routes/knowledge/i18n/common.ar.json';
import { trainingResources } from '../routes/training/i18n';
import { asylumResources, receptionResources } from '../routes/reception/i18n';
import { interpreterResources } from '../routes/interpreters/i18n';
import { partnerApiResources } from '../routes/admin/api-usage/i18n';
import { casesResources } from '../routes/cases/i18n';
import { privacyResources } from '../routes/privacy/i18n';
import { reportsResources } from '../routes/reports/i18n';
import { syncResources } from '../routes/sync/i18n';
import knowledgeCommonEn from '../routes/knowledge/i18n/common.en.json';
import knowledgeCommonRo from '../routes/knowledge/i18n/common.ro.json';
import knowledgeArticlesAr from '../routes/knowledge/i18n/articles.ar.json';
import knowledgeArticlesEn from '../routes/knowledge/i18n/articles.en.json';
import knowledgeArticlesRo from '../routes/knowledge/i18n/articles.ro.json';
import knowledgeEditorAr from '../routes/knowledge/i18n/editor.ar.json';
import knowledgeEditorEn from '../routes/knowledge/i18n/editor.en.json';
import knowledgeEditorRo from '../routes/knowledge/i18n/editor.ro.json';
import knowledgeReviewAr from '../routes/knowledge/i18n/review.ar.json';
import knowledgeReviewEn from '../routes/knowledge/i18n/review.en.json';
import knowledgeReviewRo from '../routes/knowledge/i18n/review.ro.json';
import knowledgeCallsAr from '../routes/knowledge/i18n/calls.ar.json';
import knowledgeCallsEn from '../routes/knowledge/i18n/calls.en.json';
import knowledgeCallsRo from '../routes/knowledge/i18n/calls.ro.json';
import knowledgeAnalyticsAr from '../routes/knowledge/i18n/analytics.ar.json';
import knowledgeAnalyticsEn from '../routes/knowledge/i18n/analytics.en.json';
import knowledgeAnalyticsRo from '../routes/knowledge/i18n/analytics.ro.json';
import knowledgeCatalogueAr from '../routes/knowledge/i18n/catalogue.ar.json';
import knowledgeCatalogueEn from '../routes/knowledge/i18n/catalogue.en.json';
import knowledgeCatalogueRo from '../routes/knowledge/i18n/catalogue.ro.json';
import knowledgeNoticesAr from '../routes/knowledge/i18n/notices.ar.json';
import knowledgeNoticesEn from '../routes/knowledge/i18n/notices.en.json';
import knowledgeNoticesRo from '../routes/knowledge/i18n/notices.ro.json';
import knowledgeKioskAr from '../routes/knowledge/i18n/kiosk.ar.json';
import knowledgeKioskEn from '../routes/knowledge/i18n/kiosk.en.json';
import knowledgeKioskRo from '../routes/knowledge/i18n/kiosk.ro.json';
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
    knowledge: {
      ...knowledgeCommonEn,
      articles: knowledgeArticlesEn,
      editor: knowledgeEditorEn,
      review: knowledgeReviewEn,
      calls: knowledgeCallsEn,
      analytics: knowledgeAnalyticsEn,
      catalogue: knowledgeCatalogueEn,
      notices: knowledgeNoticesEn,
      kiosk: knowledgeKioskEn,
    },
    training: trainingResources.en,
    reception: receptionResources.en,
    asylum: asylumResources.en,
    interpreters: interpreterResources.en,
    partnerApi: partnerApiResources.en,
    cases: casesResources.en,
    privacy: privacyResources.en,
    reports: reportsResources.en,
    sync: syncResources.en,
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
    knowledge: {
      ...knowledgeCommonRo,
      articles: knowledgeArticlesRo,
      editor: knowledgeEditorRo,
      review: knowledgeReviewRo,
      calls: knowledgeCallsRo,
      analytics: knowledgeAnalyticsRo,
      catalogue: knowledgeCatalogueRo,
      notices: knowledgeNoticesRo,
      kiosk: knowledgeKioskRo,
    },
    training: trainingResources.ro,
    reception: receptionResources.ro,
    asylum: asylumResources.ro,
    interpreters: interpreterResources.ro,
    partnerApi: partnerApiResources.ro,
    cases: casesResources.ro,
    privacy: privacyResources.ro,
    reports: reportsResources.ro,
    sync: syncResources.ro,
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
    knowledge: {
      ...knowledgeCommonAr,
      articles: knowledgeArticlesAr,
      editor: knowledgeEditorAr,
      review: knowledgeReviewAr,
      calls: knowledgeCallsAr,
      analytics: knowledgeAnalyticsAr,
      catalogue: knowledgeCatalogueAr,
      notices: knowledgeNoticesAr,
      kiosk: knowledgeKioskAr,
    },
    training: trainingResources.ar,
    reception: receptionResources.ar,
    asylum: asylumResources.ar,
    interpreters: interpreterResources.ar,
    partnerApi: partnerApiResources.ar,
    cases: casesResources.ar,
    privacy: privacyResources.ar,
    reports: reportsResources.ar,
    sync: syncResources.ar,
  },
};
