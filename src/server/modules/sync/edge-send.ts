/**
 * The edge sends its outbox up in order, a batch at a time, and marks what headquarters acknowledged.
 * A batch whose answer is lost is simply sent again (headquarters knows every change id it applied);
 * an answer covering only part of a batch leaves the rest waiting for the next batch.
 */
import type { Db } from '../../platform/db/client';
import type { Ack, PostReport } from './changes';
import { markAcknowledged, markAttempted, waitingChanges } from './outbox';
import type { SyncTransport } from './transport';

/** Sends batches until the outbox is empty (or `maxBatches` were sent); returns how many changes were acknowledged. */
export async function pushToHq(db: Db, transport: SyncTransport, options: { batchSize: number; maxBatches?: number; report: () => Promise<PostReport> }): Promise<number> {
  let acknowledged = 0;
  for (let batch = 0; batch < (options.maxBatches ?? Number.POSITIVE_INFINITY); batch += 1) {
    const changes = await waitingChanges(db, options.batchSize);
    if (changes.length === 0) {
      break;
    }
    await markAttempted(db, changes.map((c) => c.changeId), new Date());
    const answer = await transport.send<{ acks: Ack[] }>({ method: 'POST', path: '/api/sync/changes', body: { changes, report: await options.report() } });
    const sent = new Set(changes.map((c) => c.changeId));
    const acks = answer.acks.filter((a) => sent.has(a.changeId));
    await markAcknowledged(db, acks, new Date());
    acknowledged += acks.length;
    if (acks.length === 0) {
      // Nothing of the batch was taken (cut short before its first change): try again next cycle.
      break;
    }
  }
  return acknowledged;
}
