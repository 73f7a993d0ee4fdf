/**
 * Retention rules and purges. A rule per record type says how long its records are kept; a dry run
 * reports what would go; a purge deletes exactly the expired records through the owning modules, in
 * batches (each batch one transaction with its audit entry: counts and the rule, never personal data).
 * One purge per record type at a time across all processes (a lease on the rule's row).
 */
import { randomUUID } from 'node:crypto';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit, recordAuditNow } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, notFound, ruleViolated } from '../../platform/errors';
import { actorIds } from '../people/service';
import { RECORD_TYPE_DEFINITIONS, RECORD_TYPES, retentionCutoff, type RecordType } from './record-types';
import * as store from './store';
import type { RuleRow, RunRow } from './store';

/** Records deleted per transaction. */
export const PURGE_BATCH_SIZE = 1000;
/** How long a purge holds its rule without renewing (each batch renews it). */
const LEASE_MS = 10 * 60_000;

export type PurgeTrigger = 'schedule' | 'request' | 'command-line';

/** Creates the rules of record types that have none yet: disabled, with the proposed period. */
export async function ensureRetentionRules(ctx: Ctx): Promise<void> {
  await store.insertMissingRules(
    ctx.db,
    RECORD_TYPES.map((code) => ({ recordType: code, keepMonths: RECORD_TYPE_DEFINITIONS[code].defaultKeepMonths, countedFrom: RECORD_TYPE_DEFINITIONS[code].countedFrom })),
  );
}

function presentRun(run: RunRow, names: Map<string, string>) {
  return {
    id: run.id,
    recordType: run.recordType,
    trigger: run.trigger,
    status: run.status,
    keepMonths: run.keepMonths,
    countedFrom: run.countedFrom,
    cutoff: run.cutoff.toISOString(),
    removed: run.removed,
    deleted: run.deleted,
    batches: run.batches,
    error: run.error,
    startedBy: run.startedBy ? (names.get(run.startedBy) ?? null) : null,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** A run as the API shows it. */
export type PresentedRun = ReturnType<typeof presentRun>;

/** The rules in record-type order, each with its cutoff today, whether a purge holds it, and its latest run. */
export async function listRetentionRules(ctx: Ctx) {
  requirePermission(ctx, 'privacy.retention.manage');
  await ensureRetentionRules(ctx);
  const rules = await store.selectRules(ctx.db);
  const latest = await store.selectRuns(ctx.db, undefined, 200);
  const names = await store.selectUserNames(ctx.db, [...rules.map((r) => r.updatedBy), ...latest.map((r) => r.startedBy)]);
  const now = ctx.now();
  return {
    rules: RECORD_TYPES.flatMap((code) => {
      const rule = rules.find((r) => r.recordType === code);
      if (!rule) {
        return [];
      }
      const lastRun = latest.find((r) => r.recordType === code);
      return [
        {
          recordType: code,
          keepMonths: rule.keepMonths,
          countedFrom: rule.countedFrom,
          enabled: rule.enabled,
          note: rule.note,
          version: rule.version,
          cutoff: retentionCutoff(now, rule.keepMonths).toISOString(),
          updatedAt: rule.updatedAt.toISOString(),
          updatedBy: rule.updatedBy ? (names.get(rule.updatedBy) ?? null) : null,
          running: !!rule.leaseUntil && rule.leaseUntil > now,
          scheduledOn: rule.scheduledOn,
          lastRun: lastRun ? presentRun(lastRun, names) : null,
        },
      ];
    }),
  };
}

async function ruleOf(ctx: Ctx, recordType: RecordType): Promise<RuleRow> {
  await ensureRetentionRules(ctx);
  const rule = await store.selectRule(ctx.db, recordType);
  if (!rule) {
    throw notFound('Retention rule');
  }
  return rule;
}

/** Changes a rule's period, switch or note (the version read must still be current); audited with before and after. */
export async function updateRetentionRule(ctx: Ctx, recordType: RecordType, input: { version: number; keepMonths?: number; enabled?: boolean; note?: string | null }) {
  requirePermission(ctx, 'privacy.retention.manage');
  const before = await ruleOf(ctx, recordType);
  await inTransaction(ctx, async (tx, txCtx) => {
    const patch = {
      ...(input.keepMonths !== undefined ? { keepMonths: input.keepMonths } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
      updatedBy: actorIds(ctx).userId,
    };
    const row = await store.updateRuleVersioned(tx, recordType, input.version, patch, txCtx.now());
    if (!row) {
      throw conflict('Someone changed this rule since you opened it: reload it and make your change again');
    }
    await recordAudit(tx, ctx, {
      action: 'privacy.retention.rule.update',
      entityType: 'retention-rule',
      entityId: recordType,
      fields: Object.keys(patch).filter((f) => f !== 'updatedBy'),
      detail: { keepMonths: { from: before.keepMonths, to: row.keepMonths }, enabled: { from: before.enabled, to: row.enabled }, countedFrom: row.countedFrom },
    });
  });
  return listRetentionRules(ctx);
}

/** The dry run: per rule (or one), the cutoff, how many records would go and the oldest; changes nothing but its audit entry. */
export async function retentionReport(ctx: Ctx, recordType?: RecordType) {
  requirePermission(ctx, 'privacy.retention.manage');
  await ensureRetentionRules(ctx);
  const rules = await store.selectRules(ctx.db);
  const now = ctx.now();
  const report = [];
  for (const code of RECORD_TYPES.filter((c) => !recordType || c === recordType)) {
    const rule = rules.find((r) => r.recordType === code)!;
    const cutoff = retentionCutoff(now, rule.keepMonths);
    const survey = await RECORD_TYPE_DEFINITIONS[code].survey(ctx, cutoff);
    report.push({ recordType: code, enabled: rule.enabled, keepMonths: rule.keepMonths, countedFrom: rule.countedFrom, cutoff: cutoff.toISOString(), count: survey.count, oldest: survey.oldest });
  }
  await recordAuditNow(ctx, {
    action: 'privacy.retention.dry-run',
    entityType: 'retention-rule',
    entityId: recordType,
    detail: { expired: Object.fromEntries(report.map((r) => [r.recordType, r.count])) },
  });
  return { at: now.toISOString(), report };
}

/** Takes the rule for a new run and records the run; 409 when a purge of the type is running, 422 when the rule is off. */
async function startRun(ctx: Ctx, recordType: RecordType, trigger: PurgeTrigger, scheduledOn?: string): Promise<RunRow | undefined> {
  const rule = await ruleOf(ctx, recordType);
  const runId = randomUUID();
  return inTransaction(ctx, async (tx, txCtx) => {
    const now = txCtx.now();
    const claimed = await store.claimRule(tx, recordType, runId, now, new Date(now.getTime() + LEASE_MS), scheduledOn);
    if (!claimed) {
      if (scheduledOn) {
        return undefined;
      }
      if (!rule.enabled) {
        throw ruleViolated('This retention rule is switched off: switch it on before purging under it', [{ field: 'enabled', message: 'The rule is off' }]);
      }
      throw conflict('A purge of this record type is already running: wait for it to finish');
    }
    await store.markInterrupted(tx, recordType, runId, now);
    return store.insertRun(tx, {
      id: runId,
      recordType,
      trigger,
      keepMonths: claimed.keepMonths,
      countedFrom: claimed.countedFrom,
      cutoff: retentionCutoff(now, claimed.keepMonths),
      startedBy: actorIds(ctx).userId,
      startedAt: now,
    });
  });
}

/** Starts a purge under an enabled rule (the run's batches then go with `runRetentionPurge`). */
export async function startRetentionPurge(ctx: Ctx, recordType: RecordType, trigger: Exclude<PurgeTrigger, 'schedule'>): Promise<PresentedRun> {
  requirePermission(ctx, 'privacy.retention.manage');
  const run = (await startRun(ctx, recordType, trigger))!;
  return presentRun(run, await store.selectUserNames(ctx.db, [run.startedBy]));
}

/**
 * Deletes the run's expired records batch after batch until none is left, each batch in a transaction
 * that renews the lease, adds its counts to the run and writes its audit entry; ends the run (finished,
 * failed or interrupted when the lease was lost) with a summary entry. Never throws: the run says how it ended.
 */
export async function runRetentionPurge(ctx: Ctx, runId: string, onBatch?: (run: RunRow) => void): Promise<PresentedRun> {
  const run = await store.selectRun(ctx.db, runId);
  if (!run) {
    throw notFound('Purge');
  }
  const definition = RECORD_TYPE_DEFINITIONS[run.recordType as RecordType];
  let cursor: string | null = null;
  let status: 'finished' | 'failed' | 'interrupted' = 'finished';
  let error: string | null = null;
  try {
    for (;;) {
      const step = await inTransaction(ctx, async (tx, txCtx) => {
        if (!(await store.renewLease(tx, run.recordType, runId, new Date(txCtx.now().getTime() + LEASE_MS)))) {
          return null;
        }
        const batch = await definition.purgeBatch(txCtx, run.cutoff, PURGE_BATCH_SIZE, cursor);
        const updated = await store.addBatch(tx, runId, batch.removed, batch.deleted);
        if (batch.removed > 0) {
          await recordAudit(tx, ctx, {
            action: 'privacy.retention.purge-batch',
            entityType: 'retention-run',
            entityId: runId,
            detail: { recordType: run.recordType, keepMonths: run.keepMonths, countedFrom: run.countedFrom, cutoff: run.cutoff.toISOString(), batch: updated.batches, removed: batch.removed, deleted: batch.deleted },
          });
        }
        return { cursor: batch.cursor, updated };
      });
      if (!step) {
        status = 'interrupted';
        error = 'Another process took over this record type after this purge stopped renewing its claim';
        break;
      }
      onBatch?.(step.updated);
      cursor = step.cursor;
      if (cursor === null) {
        break;
      }
    }
  } catch (failure) {
    status = 'failed';
    error = failure instanceof Error ? failure.message.slice(0, 500) : 'The purge failed';
  }
  const finished = await inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.finishRun(tx, runId, status, txCtx.now(), error);
    await store.releaseLease(tx, run.recordType, runId);
    await recordAudit(tx, ctx, {
      action: 'privacy.retention.purge',
      entityType: 'retention-run',
      entityId: runId,
      outcome: status === 'finished' ? 'success' : 'failure',
      detail: { recordType: row.recordType, trigger: row.trigger, keepMonths: row.keepMonths, countedFrom: row.countedFrom, cutoff: row.cutoff.toISOString(), status, removed: row.removed, deleted: row.deleted, batches: row.batches },
    });
    return row;
  });
  return presentRun(finished, await store.selectUserNames(ctx.db, [finished.startedBy]));
}

/** The daily purge: every enabled rule not yet run today (by any process), in record-type order (persons last). */
export async function runScheduledRetention(ctx: Ctx): Promise<PresentedRun[]> {
  await ensureRetentionRules(ctx);
  const today = ctx.now().toISOString().slice(0, 10);
  const runs: PresentedRun[] = [];
  for (const code of RECORD_TYPES) {
    const run = await startRun(ctx, code, 'schedule', today);
    if (run) {
      runs.push(await runRetentionPurge(ctx, run.id));
    }
  }
  return runs;
}

/** Purge runs newest first (one type or all). */
export async function listRetentionRuns(ctx: Ctx, query: { recordType?: RecordType; limit?: number }) {
  requirePermission(ctx, 'privacy.retention.manage');
  const runs = await store.selectRuns(ctx.db, query.recordType, query.limit ?? 50);
  const names = await store.selectUserNames(ctx.db, runs.map((r) => r.startedBy));
  return { runs: runs.map((r) => presentRun(r, names)) };
}

/** One purge run (its progress while it runs). */
export async function getRetentionRun(ctx: Ctx, id: string): Promise<PresentedRun> {
  requirePermission(ctx, 'privacy.retention.manage');
  const run = await store.selectRun(ctx.db, id);
  if (!run) {
    throw notFound('Purge');
  }
  return presentRun(run, await store.selectUserNames(ctx.db, [run.startedBy]));
}
