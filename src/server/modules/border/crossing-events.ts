/**
 * Crossings recorded, for other modules to react to inside the same transaction (e.g. cases confirms an
 * assisted voluntary return's departure on the person's exit). A listener that throws rolls the
 * crossing back, so listeners keep to their own small, certain writes.
 */
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import type { Decision, Direction } from './reference';

/** A crossing just written. */
export interface CrossingRecorded {
  crossingId: string;
  personId: string;
  siteId: string;
  direction: Direction;
  decision: Decision;
  at: Date;
}

export type CrossingListener = (tx: Tx, txCtx: Ctx, event: CrossingRecorded) => Promise<void>;

const listeners = new Set<CrossingListener>();

/** Subscribes a listener (the same function twice counts once); returns the unsubscribe function. */
export function subscribeToCrossings(listener: CrossingListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener about a crossing, inside the transaction that wrote it. */
export async function publishCrossingRecorded(tx: Tx, txCtx: Ctx, event: CrossingRecorded): Promise<void> {
  for (const listener of listeners) {
    await listener(tx, txCtx, event);
  }
}
