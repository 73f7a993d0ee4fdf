/** The `retention` command: the dry-run report, or a purge of every enabled rule (or one) with progress on stderr. */
import { parseArgs } from 'node:util';
import { systemContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { isRecordType, RECORD_TYPES, type RecordType } from './record-types';
import { listRetentionRules, retentionReport, runRetentionPurge, startRetentionPurge } from './retention';

/** Runs `retention [--dry-run] [--type <record type>]`; returns the exit code (1 when a purge did not finish). */
export async function retentionCommand(db: Db, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'dry-run': { type: 'boolean', default: false }, type: { type: 'string' } } });
  if (values.type && !isRecordType(values.type)) {
    throw new Error(`Unknown record type "${values.type}"; one of ${RECORD_TYPES.join(', ')}`);
  }
  const only = values.type as RecordType | undefined;
  const ctx = systemContext(db, 'retention-command');
  if (values['dry-run']) {
    const { report } = await retentionReport(ctx, only);
    for (const line of report) {
      console.log(`${line.recordType.padEnd(28)} ${line.enabled ? 'on ' : 'off'} keep ${String(line.keepMonths).padStart(4)} months from ${line.countedFrom.padEnd(14)} cutoff ${line.cutoff.slice(0, 10)}  would go: ${line.count}${line.oldest ? ` (oldest ${line.oldest.slice(0, 10)})` : ''}`);
    }
    return 0;
  }
  const { rules } = await listRetentionRules(ctx);
  const chosen = rules.filter((r) => (only ? r.recordType === only : r.enabled));
  if (chosen.length === 0) {
    console.log('No retention rule is switched on: nothing to purge.');
  }
  let failed = false;
  for (const rule of chosen) {
    const run = await startRetentionPurge(ctx, rule.recordType, 'command-line');
    const finished = await runRetentionPurge(ctx, run.id, (progress) => process.stderr.write(`\r${rule.recordType}: ${progress.removed} removed in ${progress.batches} batches`));
    process.stderr.write('\n');
    console.log(`${rule.recordType}: ${finished.status}, ${finished.removed} removed (cutoff ${finished.cutoff.slice(0, 10)})${finished.error ? ` — ${finished.error}` : ''}`);
    failed ||= finished.status !== 'finished';
  }
  return failed ? 1 : 0;
}
