/**
 * The sync module's listeners on other modules' events, inside their transactions: at an edge, crossings,
 * person changes and alert judgements are queued in the outbox; at headquarters, person changes are fed
 * to the posts. Installed once per process; each event is routed by the side of its database.
 */
import { subscribeToAlertJudgements } from '../border/alert-events';
import { subscribeToCrossings } from '../border/crossing-events';
import { alertReplica, crossingReplica } from '../border/sync-crossings';
import { subscribeToPersonChanges } from '../people/person-events';
import { feedPersonChange } from './hq-feed';
import { enqueueChange, enqueuePersonChange } from './outbox';
import { syncSideOf } from './side';

/** History actions of changes that came from the other side (not sent back). */
const RECEIVED_ACTIONS = new Set(['synchronised']);

let installed = false;

/** Subscribes the listeners (once per process). */
export function installSyncListeners(): void {
  if (installed) {
    return;
  }
  installed = true;
  subscribeToCrossings(async (tx, _ctx, event) => {
    if (syncSideOf(tx)?.side === 'edge') {
      await enqueueChange(tx, 'crossing', event.crossingId, await crossingReplica(tx, event.crossingId));
    }
  });
  subscribeToAlertJudgements(async (tx, _ctx, event) => {
    if (syncSideOf(tx)?.side === 'edge') {
      await enqueueChange(tx, 'alert', event.alertId, await alertReplica(tx, event.alertId));
    }
  });
  subscribeToPersonChanges(async (tx, event) => {
    const side = syncSideOf(tx);
    if (side?.side === 'edge' && !RECEIVED_ACTIONS.has(event.action)) {
      await enqueuePersonChange(tx, event.personId, event.actorLabel);
    } else if (side?.side === 'hq') {
      await feedPersonChange(tx, event.personId);
    }
  });
}
