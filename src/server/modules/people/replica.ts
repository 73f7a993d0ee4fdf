/**
 * Copies of person records between headquarters and remote border posts. A replica is the record as one
 * side holds it (fields, version, documents), keyed by the same id on both sides. Writing one registers
 * the person when absent (a person registered at a post reaching headquarters, or a person coming down
 * to a post) and always adds the documents the other side lacks; history and audit say where it came from.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor, Tx } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { notFound } from '../../platform/errors';
import { parsePartialDate } from '../../../common/dates/partial-date';
import { indexPersonNames } from './name-index';
import { PERSON_FIELDS, type PersonField } from './reference';
import * as store from './store';
import type { DocumentRow, PersonRow } from './store';
import { identityDocuments, personNumberSeq, persons } from './tables';

/** The fields of a person a post and headquarters may both change, as one side holds them. */
export type PersonFields = Pick<PersonRow, PersonField>;

/** An identity document as stored, dates as text. */
export type DocumentReplica = Omit<DocumentRow, 'createdAt'> & { createdAt: string };

export interface PersonReplica {
  id: string;
  registrationNumber: string;
  version: number;
  mergedInto: string | null;
  exercise: boolean;
  fields: PersonFields;
  documents: DocumentReplica[];
}

/** The fields of a row, in the replica's shape. */
export function fieldsOf(row: PersonRow): PersonFields {
  return Object.fromEntries(PERSON_FIELDS.map((field) => [field, row[field]])) as PersonFields;
}

/** True when two values of a field are the same (arrays and objects compared by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** True when this side holds the person (merged or not). */
export async function personExists(db: Executor, personId: string): Promise<boolean> {
  const [row] = await db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
  return row !== undefined;
}

/** The record of a person as this side holds it, or null (no scope: for synchronisation only). */
export async function personReplica(db: Executor, personId: string): Promise<PersonReplica | null> {
  const row = await store.selectPerson(db, personId, undefined);
  if (!row) {
    return null;
  }
  const documents = await store.selectDocuments(db, [personId]);
  return {
    id: row.id,
    registrationNumber: row.registrationNumber,
    version: row.version,
    mergedInto: row.mergedInto,
    exercise: row.exercise,
    fields: fieldsOf(row),
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
  };
}

/** Columns derived from the fields: the date of birth's range and the name keys. */
function derivedColumns(fields: PersonFields) {
  const names = indexPersonNames(fields);
  let birth: { birthFrom: string | null; birthTo: string | null } = { birthFrom: null, birthTo: null };
  if (fields.dateOfBirth) {
    const parsed = parsePartialDate(fields.dateOfBirth, { estimated: fields.dateOfBirthEstimated });
    birth = parsed.ok ? { birthFrom: parsed.range.from, birthTo: parsed.range.to } : birth;
  }
  return { ...birth, nameKeys: names.keys, searchText: names.searchText };
}

/** Adds the documents this side lacks (by id, or by number and issuing state); returns how many. */
async function addMissingDocuments(tx: Tx, personId: string, documents: readonly DocumentReplica[]): Promise<number> {
  const held = await store.selectDocuments(tx, [personId]);
  const ids = new Set(held.map((d) => d.id));
  const numbers = new Set(held.map((d) => `${d.number}|${d.issuingState}`));
  let added = 0;
  for (const document of documents) {
    if (ids.has(document.id) || numbers.has(`${document.number}|${document.issuingState}`)) {
      continue;
    }
    await tx
      .insert(identityDocuments)
      .values({ ...document, personId, createdAt: new Date(document.createdAt) })
      .onConflictDoNothing();
    numbers.add(`${document.number}|${document.issuingState}`);
    added += 1;
  }
  return added;
}

async function freeRegistrationNumber(tx: Tx, wanted: string): Promise<string> {
  const [taken] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.registrationNumber, wanted));
  return taken ? store.nextRegistrationNumber(tx, new Date().getUTCFullYear()) : wanted;
}

/**
 * Writes a replica received from the other side. Absent here: registered with the same id (the
 * registration number kept unless taken here, then a new one). Present: `overwrite` takes the replica's
 * fields and version (a post following headquarters); otherwise only missing documents are added.
 * `action` names the history entry (e.g. `registered-at-post`, `synchronised`).
 */
export async function writePersonReplica(ctx: Ctx, replica: PersonReplica, options: { overwrite: boolean; action: string }) {
  return inTransaction(ctx, async (tx) => {
    const current = await store.selectPerson(tx, replica.id, undefined);
    const label = ctx.actor.kind === 'system' ? `system:${ctx.actor.label}` : 'sync';
    if (!current) {
      const registrationNumber = await freeRegistrationNumber(tx, replica.registrationNumber);
      await tx.insert(persons).values({
        id: replica.id,
        registrationNumber,
        ...replica.fields,
        ...derivedColumns(replica.fields),
        version: replica.version,
        mergedInto: replica.mergedInto,
        exercise: replica.exercise,
      });
      await addMissingDocuments(tx, replica.id, replica.documents);
      await store.insertHistory(tx, { personId: replica.id, actorLabel: label, action: options.action, detail: { registrationNumber: replica.registrationNumber } });
      await recordAudit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: replica.id, fields: [...PERSON_FIELDS, 'documents'], detail: { via: options.action } });
      return { created: true, registrationNumber, version: replica.version };
    }
    const changed = options.overwrite ? PERSON_FIELDS.filter((f) => !sameValue(current[f], replica.fields[f])) : [];
    const moved = options.overwrite && (current.mergedInto !== replica.mergedInto || current.registrationNumber !== replica.registrationNumber);
    if (changed.length > 0 || moved || (options.overwrite && current.version !== replica.version)) {
      await tx
        .update(persons)
        .set({ ...replica.fields, ...derivedColumns(replica.fields), registrationNumber: await keepOrFree(tx, current, replica), mergedInto: replica.mergedInto, version: replica.version, updatedAt: new Date() })
        .where(eq(persons.id, replica.id));
    }
    const documents = await addMissingDocuments(tx, replica.id, replica.documents);
    if (changed.length > 0 || moved || documents > 0) {
      await store.insertHistory(tx, { personId: replica.id, actorLabel: label, action: options.action, changes: Object.fromEntries(changed.map((f) => [f, { from: current[f], to: replica.fields[f] }])), detail: { documents } });
      await recordAudit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: replica.id, fields: [...changed, ...(documents > 0 ? ['documents'] : [])], detail: { via: options.action } });
    }
    return { created: false, registrationNumber: current.registrationNumber, version: options.overwrite ? replica.version : current.version };
  });
}

async function keepOrFree(tx: Tx, current: PersonRow, replica: PersonReplica): Promise<string> {
  return current.registrationNumber === replica.registrationNumber ? current.registrationNumber : freeRegistrationNumber(tx, replica.registrationNumber);
}

/**
 * Applies fields and documents a post changed to headquarters' record (the caller decided which fields
 * may be taken): a new version, a history entry naming the post, an audit entry. Returns the record after.
 */
export async function applyChangesFromPost(ctx: Ctx, personId: string, patch: Partial<PersonFields>, documents: readonly DocumentReplica[], action: string) {
  return inTransaction(ctx, async (tx) => {
    const current = await store.selectPerson(tx, personId, undefined);
    if (!current) {
      throw notFound('Person');
    }
    const fields = Object.keys(patch) as PersonField[];
    let row = current;
    if (fields.length > 0) {
      const merged: PersonFields = { ...fieldsOf(current), ...patch };
      row = (await store.updatePersonVersioned(tx, personId, current.version, { ...patch, ...derivedColumns(merged) }))!;
    }
    const added = await addMissingDocuments(tx, personId, documents);
    if (fields.length > 0 || added > 0) {
      const label = ctx.actor.kind === 'system' ? `system:${ctx.actor.label}` : 'sync';
      await store.insertHistory(tx, { personId, actorLabel: label, action, changes: Object.fromEntries(fields.map((f) => [f, { from: current[f], to: patch[f] }])), detail: { documents: added } });
      await recordAudit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: personId, fields: [...fields, ...(added > 0 ? ['documents'] : [])], detail: { via: action } });
    }
    return { version: row.version, fields: fieldsOf(row) };
  });
}

/**
 * Moves the registration-number sequence into the block [`floor`, `ceiling`) and above every number of
 * that block already held (a post gives numbers from a block of its own, so they never collide with
 * headquarters' numbers, which are allocated from the bottom, nor with those of a post it replaces).
 */
export async function reserveRegistrationNumbers(db: Executor, floor: number, ceiling: number): Promise<void> {
  await queryRows(
    db,
    sql`select setval(${personNumberSeq.seqName}, greatest(${floor}, (select last_value from person_number_seq),
          (select max(substring(registration_number from '^P-[0-9]{4}-([0-9]+)$')::bigint) from persons
            where registration_number ~ '^P-[0-9]{4}-[0-9]+$'
              and substring(registration_number from '^P-[0-9]{4}-([0-9]+)$')::bigint between ${floor} and ${ceiling - 1})))`,
  );
}
