/** The call log as a streamed export: the call list's period and organisation scope, newest first. */
import { and } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { keysetExport } from '../../platform/export/stream';
import { bounds } from './analytics';
import { callScope } from './calls';
import * as store from './store';
import { knowledgeCalls } from './tables';

type CallLine = Awaited<ReturnType<typeof store.selectCalls>>[number];

/** The calls of a period (the call log's list). */
export function callsExport(ctx: Ctx, period: { from: string; to: string }) {
  requirePermission(ctx, 'calls.log');
  const range = bounds(period);
  const scope = callScope(ctx);
  return keysetExport({
    list: 'knowledge.calls',
    entityType: 'call',
    filter: { from: period.from, to: period.to },
    columns: [
      { header: 'startedAt', value: (c: CallLine) => c.call.startedAt },
      { header: 'durationSeconds', value: (c: CallLine) => c.call.durationSeconds },
      { header: 'callerLanguage', value: (c: CallLine) => c.call.callerLanguage },
      { header: 'outcome', value: (c: CallLine) => c.call.outcome },
      { header: 'escalatedTo', value: (c: CallLine) => c.escalatedToName },
      { header: 'articles', value: (c: CallLine) => c.call.articleIds.length },
      { header: 'agent', value: (c: CallLine) => c.agentName },
      { header: 'note', value: (c: CallLine) => c.call.note },
    ],
    count: () => store.countCalls(ctx.db, range, scope),
    read: async (lastId, limit) =>
      (await store.selectCalls(ctx.db, range, and(scope, rowsAfter(knowledgeCalls, knowledgeCalls.startedAt, knowledgeCalls.id, 'desc', lastId)), limit)).map((c) => ({ ...c, id: c.call.id })),
    present: async (rows) => rows,
  });
}
