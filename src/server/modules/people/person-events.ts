/**
 * Persons changed, for other modules to react to inside the same transaction (e.g. a remote border post
 * queues the change for headquarters). Published wherever a change is written to the person's own
 * history, so no kind of change is missed. A listener that throws rolls the change back.
 */
import type { Executor } from '../../platform/db/client';

/** A person just registered or changed (the history row's action: registered, changed, document-added…). */
export interface PersonChanged {
  personId: string;
  action: string;
  /** Who made the change, as the history row names them (a username, `system:…`), or null. */
  actorLabel: string | null;
}

export type PersonListener = (tx: Executor, event: PersonChanged) => Promise<void>;

const listeners = new Set<PersonListener>();

/** Subscribes a listener (the same function twice counts once); returns the unsubscribe function. */
export function subscribeToPersonChanges(listener: PersonListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener about a change, inside the transaction that wrote it. */
export async function publishPersonChanged(tx: Executor, event: PersonChanged): Promise<void> {
  for (const listener of listeners) {
    await listener(tx, event);
  }
}
