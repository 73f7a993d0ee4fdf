/** The call log: what a call-centre agent records after each call (no caller identity), and the list of calls. */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { actorIds } from '../people/service';
import { bounds } from './analytics';
import { activeLanguageCodes } from './catalogue';
import type { CallOutcome } from './reference';
import * as store from './store';
import { knowledgeCalls } from './tables';

/** The calls the caller may see: their organisation's unless national. */
export function callScope(ctx: Ctx) {
  return recordScope(ctx, { organisation: knowledgeCalls.organisationId });
}

export interface CallInput {
  startedAt: string;
  durationSeconds: number;
  callerLanguage: string;
  categoryId?: string | null;
  articleIds?: string[];
  outcome: CallOutcome;
  escalatedTo?: string | null;
  note?: string | null;
}

/** Logs a call. Escalated calls name the organisation they went to. */
export async function logCall(ctx: Ctx, input: CallInput) {
  requirePermission(ctx, 'calls.log');
  const actor = ctx.actor;
  if (actor.kind !== 'user') {
    throw invalid('Calls are logged by agents');
  }
  const startedAt = new Date(input.startedAt);
  if (startedAt.getTime() > ctx.now().getTime() + 60_000) {
    throw invalid('The call cannot start in the future', [{ field: 'startedAt', message: 'In the future' }]);
  }
  if (!(await activeLanguageCodes(ctx)).includes(input.callerLanguage)) {
    throw invalid(`"${input.callerLanguage}" is not a language of the call centre`, [{ field: 'callerLanguage', message: 'Unknown language' }]);
  }
  if (input.outcome === 'escalated' && !input.escalatedTo) {
    throw invalid('Say which organisation the call was escalated to', [{ field: 'escalatedTo', message: 'Required when escalated' }]);
  }
  if (input.outcome === 'resolved' && input.escalatedTo) {
    throw invalid('A resolved call is not escalated', [{ field: 'escalatedTo', message: 'Only for escalated calls' }]);
  }
  if (input.escalatedTo && !(await store.organisationExists(ctx.db, input.escalatedTo))) {
    throw invalid('The organisation does not exist', [{ field: 'escalatedTo', message: 'Unknown organisation' }]);
  }
  if (input.categoryId && !(await store.selectCategory(ctx.db, input.categoryId))) {
    throw invalid('The topic does not exist', [{ field: 'categoryId', message: 'Unknown category' }]);
  }
  const articleIds = [...new Set(input.articleIds ?? [])];
  for (const id of articleIds) {
    if (!(await store.selectArticle(ctx.db, id))) {
      throw invalid('One of the articles used does not exist', [{ field: 'articleIds', message: `Unknown article ${id}` }]);
    }
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertCall(tx, {
      agentId: actorIds(ctx).userId!,
      organisationId: actor.organisationId,
      startedAt,
      durationSeconds: input.durationSeconds,
      callerLanguage: input.callerLanguage,
      categoryId: input.categoryId ?? null,
      articleIds,
      outcome: input.outcome,
      escalatedTo: input.escalatedTo ?? null,
      note: input.note ?? null,
    });
    await recordAudit(tx, ctx, { action: 'knowledge.call.log', entityType: 'knowledge-call', entityId: row.id, detail: { outcome: input.outcome } });
    return row;
  });
}

/** Calls of a period of local days (the caller's organisation unless national), newest first. */
export async function listCalls(ctx: Ctx, period: { from: string; to: string }, limit = 200) {
  requirePermission(ctx, 'calls.log');
  const rows = await store.selectCalls(ctx.db, bounds(period), callScope(ctx), limit);
  return { calls: rows.map((r) => ({ ...r.call, agentName: r.agentName, escalatedToName: r.escalatedToName })) };
}

/** The organisations a call can be escalated to. */
export async function escalationTargets(ctx: Ctx) {
  requirePermission(ctx, 'calls.log');
  return { organisations: await store.selectActiveOrganisations(ctx.db) };
}
