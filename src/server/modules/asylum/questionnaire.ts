/** The vulnerability questionnaire as data: the standard version 1, reading a version, publishing the next. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { conflict, invalid, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import { CATEGORY_LABELS, VULNERABILITY_CATEGORIES, type VulnerabilityCategory } from './reference';
import * as store from './screening-store';
import type { ScreeningQuestion } from './tables';

/** The standard questions (version 1): at least one per category of the Reception Conditions Directive. */
export const STANDARD_QUESTIONS: ScreeningQuestion[] = [
  { code: 'under-18', category: 'minor', text: 'Is the person under 18 (stated, documented or apparent)?' },
  { code: 'unaccompanied', category: 'unaccompanied-minor', text: 'Is the child here without a parent or an adult responsible for them by law or custom?' },
  { code: 'disability', category: 'disabled', text: 'Does the person have a physical, sensory or intellectual disability?' },
  { code: 'needs-assistance', category: 'disabled', text: 'Does the person need help to move, see, hear or communicate?' },
  { code: 'elderly', category: 'elderly', text: 'Is the person 65 or older, or frail because of age?' },
  { code: 'pregnant', category: 'pregnant', text: 'Is the person pregnant?' },
  { code: 'single-parent', category: 'single-parent', text: 'Is the person the only adult caring for one or more children under 18?' },
  { code: 'forced-work', category: 'trafficking', text: 'Was the person made to work or provide services (including sexual services) against their will, before or during the journey?' },
  { code: 'debt-documents', category: 'trafficking', text: 'Does someone else keep the person’s identity documents, or does the person owe a debt to whoever organised the journey?' },
  { code: 'controlled', category: 'trafficking', text: 'Is the person controlled or threatened by someone, or not free to leave?' },
  { code: 'serious-illness', category: 'serious-illness', text: 'Does the person have a serious or chronic illness, or need regular medication or treatment?' },
  { code: 'mental-health', category: 'mental-disorder', text: 'Does the person show or report signs of a mental disorder (severe distress, confusion, self-harm, thoughts of suicide)?' },
  { code: 'torture', category: 'torture-violence', text: 'Has the person been tortured?' },
  { code: 'sexual-violence', category: 'torture-violence', text: 'Has the person suffered rape or other sexual violence (including female genital mutilation)?' },
  { code: 'serious-violence', category: 'torture-violence', text: 'Has the person suffered other serious physical or psychological violence?' },
];

/** Stores version 1 when no version exists yet (idempotent, safe from two processes at once). */
export async function ensureStandardQuestionnaire(db: Executor): Promise<void> {
  await store.insertQuestionnaireIfMissing(db, { version: 1, questions: STANDARD_QUESTIONS });
}

function present(row: { version: number; questions: ScreeningQuestion[]; createdAt: Date }) {
  return {
    version: row.version,
    createdAt: row.createdAt,
    categories: VULNERABILITY_CATEGORIES.map((code) => ({ code, labels: CATEGORY_LABELS[code] })),
    questions: row.questions,
  };
}

/** A version of the questionnaire (the latest by default). */
export async function getQuestionnaire(ctx: Ctx, version?: number) {
  requirePermission(ctx, 'reception.read');
  await ensureStandardQuestionnaire(ctx.db);
  const row = version === undefined ? await store.selectLatestQuestionnaire(ctx.db) : await store.selectQuestionnaire(ctx.db, version);
  if (!row) {
    throw notFound('Questionnaire version');
  }
  return present(row);
}

/** Publishes the next version; earlier versions stay for the screenings that used them. */
export async function publishQuestionnaire(ctx: Ctx, questions: ScreeningQuestion[]) {
  requirePermission(ctx, 'asylum.decide');
  const codes = new Set<string>();
  questions.forEach((q, index) => {
    if (!(VULNERABILITY_CATEGORIES as readonly string[]).includes(q.category)) {
      throw invalid(`Unknown category "${q.category}"`, [{ field: `questions.${index}.category`, message: `One of ${VULNERABILITY_CATEGORIES.join(', ')}` }]);
    }
    if (codes.has(q.code)) {
      throw invalid(`The code "${q.code}" is used twice`, [{ field: `questions.${index}.code`, message: 'Duplicate code' }]);
    }
    codes.add(q.code);
  });
  await ensureStandardQuestionnaire(ctx.db);
  return inTransaction(ctx, async (tx) => {
    const latest = await store.selectLatestQuestionnaire(tx);
    const row = await store.insertQuestionnaireIfMissing(tx, { version: (latest?.version ?? 0) + 1, questions, createdBy: actorIds(ctx).userId });
    if (!row) {
      throw conflict('Someone published a version at the same moment; reload and try again');
    }
    await recordAudit(tx, ctx, { action: 'asylum.questionnaire.publish', entityType: 'asylum-questionnaire', entityId: String(row.version), detail: { questions: questions.length } });
    return present(row);
  });
}

/** The categories flagged by a set of answers: any question of a category answered yes. */
export function flaggedCategories(questions: readonly ScreeningQuestion[], answers: Readonly<Record<string, boolean>>): VulnerabilityCategory[] {
  const flagged = new Set(questions.filter((q) => answers[q.code] === true).map((q) => q.category as VulnerabilityCategory));
  return VULNERABILITY_CATEGORIES.filter((c) => flagged.has(c));
}
