/**
 * Alerts judged (resolved by an officer, closed by a supervisor), for other modules to react to inside the
 * same transaction (e.g. a remote border post queues the judgement for headquarters). Alerts raised with
 * a crossing travel with the crossing's own event.
 */
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';

/** An alert whose status just changed. */
export interface AlertJudged {
  alertId: string;
  status: string;
}

export type AlertListener = (tx: Tx, txCtx: Ctx, event: AlertJudged) => Promise<void>;

const listeners = new Set<AlertListener>();

/** Subscribes a listener (the same function twice counts once); returns the unsubscribe function. */
export function subscribeToAlertJudgements(listener: AlertListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener about a judgement, inside the transaction that wrote it. */
export async function publishAlertJudged(tx: Tx, txCtx: Ctx, event: AlertJudged): Promise<void> {
  for (const listener of listeners) {
    await listener(tx, txCtx, event);
  }
}
