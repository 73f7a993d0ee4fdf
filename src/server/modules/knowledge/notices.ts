/**
 * Centre notices for the information kiosks (opening hours, services, house rules): written and
 * published by the centre's staff for their own centre, shown only on that centre's kiosk while valid.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { unsafeLinks } from '../../../common/markdown';
import { localDay } from '../border/travel-days';
import { actorIds } from '../people/service';
import { activeLanguageCodes } from './catalogue';
import type { NoticeKind } from './reference';
import * as store from './store';
import type { NoticeTranslation } from './tables';

export interface NoticeInput {
  kind: NoticeKind;
  translations: Record<string, NoticeTranslation>;
  validFrom: string;
  validTo?: string | null;
}

/** A centre the caller works at (posted there, or national), or 404. */
async function staffCentre(ctx: Ctx, siteId: string) {
  const centre = await store.selectCentre(ctx.db, siteId, recordScope(ctx, { site: sites.id }));
  if (!centre) {
    throw notFound('Centre');
  }
  return centre;
}

async function checkNotice(ctx: Ctx, input: NoticeInput) {
  const languages = await activeLanguageCodes(ctx);
  const codes = Object.keys(input.translations);
  if (codes.length === 0 || codes.some((c) => !languages.includes(c))) {
    throw invalid('Write the notice in at least one of the configured languages', [{ field: 'translations', message: 'Unknown or missing language' }]);
  }
  if (input.validTo && input.validTo < input.validFrom) {
    throw invalid('The notice cannot end before it starts', [{ field: 'validTo', message: 'Before validFrom' }]);
  }
  const bad = Object.values(input.translations).flatMap((t) => unsafeLinks(t.body));
  if (bad.length > 0) {
    throw invalid(`Links may point to web pages, e-mail or telephone numbers only: ${bad.join(', ')}`, [{ field: 'translations', message: 'Unsafe link' }]);
  }
}

/** The centres whose notices the caller may write. */
export async function listCentres(ctx: Ctx) {
  requirePermission(ctx, 'reception.manage');
  return { centres: await store.selectCentres(ctx.db, recordScope(ctx, { site: sites.id })) };
}

/** A centre's notices, every status (for its staff). */
export async function listNotices(ctx: Ctx, siteId: string) {
  requirePermission(ctx, 'reception.manage');
  const centre = await staffCentre(ctx, siteId);
  return { centre, notices: await store.selectNotices(ctx.db, centre.id) };
}

/** Writes a notice as a draft. */
export async function createNotice(ctx: Ctx, siteId: string, input: NoticeInput) {
  requirePermission(ctx, 'reception.manage');
  const centre = await staffCentre(ctx, siteId);
  await checkNotice(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertNotice(tx, { siteId: centre.id, kind: input.kind, translations: input.translations, validFrom: input.validFrom, validTo: input.validTo ?? null, createdBy: actorIds(ctx).userId });
    await recordAudit(tx, ctx, { action: 'knowledge.notice.create', entityType: 'knowledge-notice', entityId: row.id, detail: { site: centre.code } });
    return row;
  });
}

/** Changes a notice, or publishes / archives it. */
export async function updateNotice(ctx: Ctx, id: string, input: NoticeInput & { status: 'draft' | 'published' | 'archived' }) {
  requirePermission(ctx, 'reception.manage');
  const notice = await store.selectNotice(ctx.db, id);
  if (!notice) {
    throw notFound('Notice');
  }
  await staffCentre(ctx, notice.siteId);
  await checkNotice(ctx, input);
  if (notice.status === 'archived' && input.status !== 'archived') {
    throw conflict('An archived notice stays archived; write a new one');
  }
  return inTransaction(ctx, async (tx) => {
    const publishing = input.status === 'published' && notice.status !== 'published';
    const row = await store.updateNotice(tx, id, {
      kind: input.kind,
      translations: input.translations,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      status: input.status,
      ...(publishing ? { publishedBy: actorIds(ctx).userId, publishedAt: ctx.now() } : {}),
    });
    await recordAudit(tx, ctx, { action: `knowledge.notice.${input.status === notice.status ? 'update' : input.status}`, entityType: 'knowledge-notice', entityId: id });
    return row;
  });
}

/** The notices a centre's kiosk shows today, in the reader's language where written (public). */
export async function kioskNotices(ctx: Ctx, centreCode: string, language: string) {
  const centre = await store.selectCentre(ctx.db, centreCode, undefined);
  if (!centre) {
    throw notFound('Centre');
  }
  const rows = await store.selectLiveNotices(ctx.db, centre.id, localDay(ctx.now()));
  return {
    centre: { code: centre.code, name: centre.name },
    notices: rows.map((n) => {
      const code = n.translations[language] ? language : (Object.keys(n.translations).find((c) => c === 'en' || c === 'ro') ?? Object.keys(n.translations)[0]!);
      return { id: n.id, kind: n.kind, language: code, fallbackUsed: code !== language, ...n.translations[code]! };
    }),
  };
}
