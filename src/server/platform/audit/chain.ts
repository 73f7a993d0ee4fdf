/** The hash chain of the audit trail: each entry's hash covers its content and the previous entry's hash. */
import { createHash } from 'node:crypto';

export interface ChainedFields {
  at: string;
  actorUserId: string | null;
  actorLabel: string | null;
  actorOrganisationId: string | null;
  apiKeyId: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[] | null;
  detail: Record<string, unknown> | null;
  purpose: string | null;
  outcome: string;
}

/** JSON with object keys sorted at every level, so jsonb's own key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The text of an entry that its hash covers (everything but the sequence number and the hashes). */
export function entryPayload(entry: ChainedFields): string {
  return canonicalJson(entry);
}

/**
 * The hash of entry `seq`: sha256(prevHash ‖ "\n" ‖ seq ‖ "\n" ‖ payload). The database computes the same
 * expression when appending (see `recordAudit`), so the append is one statement.
 */
export function chainHash(prevHash: string, seq: number, payload: string): string {
  return createHash('sha256').update(`${prevHash}\n${seq}\n${payload}`).digest('hex');
}
