/**
 * Vulnerability screening: answers to a questionnaire version, the categories they flag, a follow-up
 * per flagged category. A screening carries the labels of what it flags; without every one of them a
 * caller does not see it at all.
 */
import { clearancesOf, recordScope, requirePermission } from '../../platform/access/policy';
import { requirePurpose } from '../../platform/access/purpose';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import { requireDateWithin, visiblePerson } from './applications';
import { addDays } from './deadlines';
import { followUpScope, presentFollowUps } from './follow-ups';
import type { PersonSummary } from './presenter';
import { ensureStandardQuestionnaire, flaggedCategories } from './questionnaire';
import { CATEGORY_LABELS, labelsOf } from './reference';
import { asylumToday, currentSettings } from './settings';
import * as screeningStore from './screening-store';
import type { ScreeningRow } from './screening-store';
import * as store from './store';
import { asylumScreenings, asylumVulnerabilityFlags } from './tables';

/** Screenings the caller may see: own organisation's (all for national callers), holding every label. */
export const screeningScope = (ctx: Ctx) => recordScope(ctx, { organisation: asylumScreenings.organisationId, labels: asylumScreenings.labels });
/** Flags the caller may see, each by its own category's label. */
export const flagScope = (ctx: Ctx) => recordScope(ctx, { organisation: asylumVulnerabilityFlags.organisationId, labels: asylumVulnerabilityFlags.labels });

export interface ScreeningInput {
  personId: string;
  version: number;
  screenedOn: string;
  answers: Record<string, boolean>;
  note?: string | null;
}

async function describeScreening(ctx: Ctx, row: ScreeningRow, person: PersonSummary) {
  const names = await store.selectUserNames(ctx.db, [row.screenedBy]);
  const followUps = await screeningStore.selectFollowUps(ctx.db, { status: '', screeningId: row.id }, followUpScope(ctx));
  return {
    id: row.id,
    screenedOn: row.screenedOn,
    version: row.version,
    flagged: row.flagged,
    person,
    answers: row.answers,
    note: row.note,
    labels: row.labels,
    screenedBy: { id: row.screenedBy, name: row.screenedBy ? (names.get(row.screenedBy) ?? '') : '' },
    followUps: await presentFollowUps(ctx, followUps, new Map([[person.id, person]])),
  };
}

/** Records a screening (every question answered), its flags and a follow-up per flagged category. */
export async function recordScreening(ctx: Ctx, input: ScreeningInput) {
  requirePermission(ctx, 'reception.manage');
  requireDateWithin('screenedOn', input.screenedOn, asylumToday(ctx));
  await ensureStandardQuestionnaire(ctx.db);
  const questionnaire = await screeningStore.selectQuestionnaire(ctx.db, input.version);
  if (!questionnaire) {
    throw invalid(`There is no questionnaire version ${input.version}`, [{ field: 'version', message: 'Unknown version' }]);
  }
  const codes = new Set(questionnaire.questions.map((q) => q.code));
  const unknown = Object.keys(input.answers).filter((code) => !codes.has(code));
  if (unknown.length > 0) {
    throw invalid(`Answers to questions not in version ${input.version}: ${unknown.join(', ')}`, unknown.map((code) => ({ field: `answers.${code}`, message: 'Unknown question' })));
  }
  const missing = questionnaire.questions.filter((q) => input.answers[q.code] === undefined);
  if (missing.length > 0) {
    throw invalid(`Answer every question; missing: ${missing.map((q) => q.code).join(', ')}`, missing.map((q) => ({ field: `answers.${q.code}`, message: 'Not answered' })));
  }
  const flagged = flaggedCategories(questionnaire.questions, input.answers);
  const labels = labelsOf(flagged);
  const actor = actorIds(ctx);
  const organisationId = actorOrganisationId(ctx.actor);
  if (!organisationId) {
    throw invalid('Screenings are recorded by a person of an organisation');
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const person = await visiblePerson(txCtx, input.personId);
    const settings = await currentSettings(tx);
    const row = await screeningStore.insertScreening(tx, { personId: input.personId, version: input.version, screenedOn: input.screenedOn, answers: input.answers, flagged, labels, note: input.note ?? null, organisationId, screenedBy: actor.userId });
    await screeningStore.insertFlags(tx, flagged.map((category) => ({ screeningId: row.id, personId: input.personId, category, labels: CATEGORY_LABELS[category], organisationId, screenedOn: input.screenedOn })));
    await screeningStore.insertFollowUps(
      tx,
      flagged.map((category) => ({ personId: input.personId, screeningId: row.id, category, labels: CATEGORY_LABELS[category], dueOn: addDays(input.screenedOn, settings.followUpDueDays), assigneeOrganisationId: organisationId, createdBy: actor.userId })),
    );
    await recordAudit(tx, ctx, { action: 'asylum.screening.record', entityType: 'asylum-screening', entityId: row.id, fields: ['answers', 'flagged'], detail: { personId: input.personId, version: input.version, flagged: flagged.length } });
    const held = new Set(clearancesOf(ctx));
    if (!labels.every((label) => held.has(label))) {
      // Recorded, but what it flags is restricted: the clerk sees only the categories they are cleared for.
      return { id: row.id, restricted: true as const, flagged: flagged.filter((c) => CATEGORY_LABELS[c].every((label) => held.has(label))) };
    }
    return describeScreening(txCtx, row, person);
  });
}

/** One screening with its answers; 404 without every label it carries or when the person is hidden. Audited. */
export async function getScreening(ctx: Ctx, id: string) {
  requirePermission(ctx, 'reception.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await screeningStore.selectScreening(tx, id, screeningScope(ctx));
    if (!row) {
      throw notFound('Screening');
    }
    const person = await visiblePerson(txCtx, row.personId).catch(() => {
      throw notFound('Screening');
    });
    // A screening that flagged health or trafficking categories is a vulnerable person's sensitive record.
    if (row.labels.length > 0) {
      requirePurpose(ctx, 'a vulnerability screening with sensitive results');
    }
    await recordAudit(tx, ctx, { action: 'asylum.screening.read', entityType: 'asylum-screening', entityId: id, fields: ['answers', 'flagged'] });
    return describeScreening(txCtx, row, person);
  });
}
