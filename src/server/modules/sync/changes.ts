/**
 * What travels between a post and headquarters: changes going up (each with its stable id and the post's
 * sequence number) and their acknowledgements, as Zod schemas (HQ checks everything a post sends) and types.
 */
import { z } from 'zod';
import type { DocumentReplica, PersonFields, PersonReplica } from '../people/replica';

export const CHANGE_KINDS = ['person', 'crossing', 'alert'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A change as the post queued it. */
export interface Change {
  changeId: string;
  seq: number;
  kind: ChangeKind;
  entityId: string;
  createdAt: string;
  payload: unknown;
}

/** A person change: the record as the post holds it, the values it started from, and who changed it at the post. */
export interface PersonChangePayload {
  replica: PersonReplica;
  base: { fields: Record<string, unknown>; hqVersion: number | null } | null;
  /** The username (or system label) of whoever changed the person at the post; absent from older posts. */
  changedBy?: string | null;
}

/** What happened to a change at headquarters. */
export const ACK_OUTCOMES = ['applied', 'duplicate', 'conflict', 'rejected'] as const;
export type AckOutcome = (typeof ACK_OUTCOMES)[number];

export interface Ack {
  changeId: string;
  outcome: AckOutcome;
  message?: string | null;
}

const json = z.record(z.string(), z.unknown());

export const changeSchema = z.object({
  changeId: z.uuid(),
  seq: z.number().int().positive(),
  kind: z.enum(CHANGE_KINDS),
  entityId: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  payload: json,
});

/** What the post reports of itself with every request. */
export const reportSchema = z.object({
  queueLength: z.number().int().min(0),
  oldestUnsentAt: z.iso.datetime({ offset: true }).nullable(),
  versions: z.record(z.string(), z.number().int().min(0)),
});
export type PostReport = z.infer<typeof reportSchema>;

export const uploadSchema = z.object({
  changes: z.array(changeSchema).max(1000),
  report: reportSchema,
});

const documentSchema = z.looseObject({ id: z.uuid(), number: z.string().min(1), issuingState: z.string().min(1), kind: z.string(), createdAt: z.string() });

/** A person replica as a post sends it (fields checked by name; their values are the registry's). */
export const personChangeSchema = z.object({
  replica: z.object({
    id: z.uuid(),
    registrationNumber: z.string().min(1),
    version: z.number().int().min(1),
    mergedInto: z.uuid().nullable(),
    exercise: z.boolean(),
    fields: z.looseObject({ givenNames: z.string(), surname: z.string(), sex: z.string() }),
    documents: z.array(documentSchema),
  }),
  base: z.object({ fields: json, hqVersion: z.number().int().nullable() }).nullable(),
  changedBy: z.string().max(200).nullable().optional(),
});

export const crossingChangeSchema = z.object({
  crossing: z.looseObject({ id: z.uuid(), siteId: z.uuid(), personId: z.uuid(), clientRef: z.string().min(1) }),
  vehicle: json.nullable(),
  alerts: z.array(z.looseObject({ id: z.uuid() })),
});

export const alertChangeSchema = z.object({ alert: z.looseObject({ id: z.uuid(), siteId: z.uuid().nullable(), status: z.string() }) });

/** The parsed person payload, typed as the registry's replica. */
export function asPersonPayload(payload: z.infer<typeof personChangeSchema>): Required<PersonChangePayload> {
  const replica = { ...payload.replica, fields: payload.replica.fields as unknown as PersonFields, documents: payload.replica.documents as unknown as DocumentReplica[] };
  return { replica, base: payload.base, changedBy: payload.changedBy ?? null };
}
