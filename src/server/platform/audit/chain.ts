/** The hash chain of the audit trail: each entry's hash covers its content and the previous entry's hash. */
import { createHash } from 'node:crypto';

export interface ChainedFields {
  seq: number;
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

/** The hash of one entry given the previous entry's hash. */
export function chainHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(entry)).digest('hex');
}
