/** Zod schemas of the knowledge-base API. */
import { z } from 'zod';
import { REPORTS } from './analytics';
import { CALL_OUTCOMES, NOTICE_KINDS } from './reference';

export const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'A language code such as ro, en, fa-AF');
const isoDate = z.iso.date();
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and hyphens, e.g. asylum-how-to-apply')
  .max(80);

const translation = z.object({
  question: z.string().trim().min(5, 'The question is too short').max(300),
  answer: z.string().trim().min(10, 'The answer is too short').max(20_000),
});
export const draftBody = z.object({ categoryId: z.uuid(), translations: z.record(languageCode, translation) });
export const createArticleBody = draftBody.extend({ key });
export const reviewBody = z.object({ decision: z.enum(['publish', 'return']), note: z.string().trim().max(1000).nullish() });
export const archiveBody = z.object({ reason: z.string().trim().min(3).max(500) });
export const editorListQuery = z.object({ status: z.string().max(20).optional(), category: z.uuid().optional(), missing: languageCode.optional(), lang: languageCode.optional() });

export const categoryBody = z.object({
  key,
  parentId: z.uuid().nullable(),
  position: z.number().int().min(0).max(10_000),
  names: z.record(languageCode, z.string().trim().min(2).max(120)),
  active: z.boolean(),
});
export const categoryUpdateBody = categoryBody.omit({ key: true });
export const languageBody = z.object({
  nativeName: z.string().trim().min(2).max(60),
  englishName: z.string().trim().min(2).max(60),
  rtl: z.boolean(),
  position: z.number().int().min(0).max(1000),
  active: z.boolean(),
});

export const publicLanguageQuery = z.object({ lang: languageCode, fallback: languageCode.optional() });
export const searchQuery = z.object({
  q: z.string().max(200, 'A search of at most 200 characters'),
  lang: languageCode,
  all: z.enum(['0', '1', 'true', 'false']).optional(),
  category: z.uuid().optional(),
  typing: z.enum(['0', '1', 'true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  channel: z.enum(['public', 'kiosk']).optional(),
});
export const feedbackBody = z.object({ language: languageCode, helpful: z.boolean(), channel: z.enum(['public', 'kiosk', 'agent']).default('public') });

export const callBody = z.object({
  startedAt: z.iso.datetime({ offset: true }),
  durationSeconds: z.number().int().min(0).max(6 * 3600),
  callerLanguage: languageCode,
  categoryId: z.uuid().nullish(),
  articleIds: z.array(z.uuid()).max(20).optional(),
  outcome: z.enum(CALL_OUTCOMES),
  escalatedTo: z.uuid().nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export const periodQuery = z.object({ from: isoDate, to: isoDate, lang: languageCode.optional() });
export const reportParams = z.object({ report: z.enum(REPORTS) });

const noticeTranslation = z.object({ title: z.string().trim().min(2).max(120), body: z.string().trim().min(2).max(5000) });
export const noticeBody = z.object({
  kind: z.enum(NOTICE_KINDS),
  translations: z.record(languageCode, noticeTranslation),
  validFrom: isoDate,
  validTo: isoDate.nullish(),
});
export const noticeUpdateBody = noticeBody.extend({ status: z.enum(['draft', 'published', 'archived']) });

/** '1' / 'true' → true. */
export const flag = (value: string | undefined) => value === '1' || value === 'true';
