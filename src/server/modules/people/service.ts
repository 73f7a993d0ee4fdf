/**
 * People registry use cases: register, read, change, legal statuses, photos and history.
 * Every read and change of a person is audited; sensitivity labels decide who can see a person at all.
 */
import { randomUUID } from 'node:crypto';
import { clearancesOf, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { parsePartialDate } from '../../../common/dates/partial-date';
import { checkDocument, documentAdded, documentAddedAudit, type DocumentInput } from './document-check';
import { indexPersonNames } from './name-index';
import { describePerson, summarisePerson } from './presenter';
import { PERSON_FIELDS, type LegalStatus, type Sex } from './reference';
import * as store from './store';
import { persons, type Address, type Contact, type OtherName } from './tables';

export interface PersonInput {
  givenNames: string;
  surname: string;
  originalName?: string | null;
  originalScript?: string | null;
  otherNames?: OtherName[];
  sex: Sex;
  dateOfBirth?: string | null;
  dateOfBirthEstimated?: boolean;
  placeOfBirth?: string | null;
  nationalities?: string[];
  languages?: string[];
  contacts?: Contact[];
  addresses?: Address[];
  legalStatus?: LegalStatus | null;
  sensitivity?: string[];
}

/** Who is recording, for history rows. */
export function actorIds(ctx: Ctx): { userId: string | null; label: string } {
  switch (ctx.actor.kind) {
    case 'user':
      return { userId: ctx.actor.userId, label: ctx.actor.username };
    case 'apiKey':
      return { userId: null, label: `api-key:${ctx.actor.apiKeyId}` };
    case 'system':
      return { userId: null, label: `system:${ctx.actor.label}` };
    case 'anonymous':
      return { userId: null, label: 'anonymous' };
  }
}

/** The scope condition on persons for this caller: sensitivity labels they hold. */
export function personScope(ctx: Ctx) {
  return recordScope(ctx, { labels: persons.sensitivity });
}

function birthColumns(input: Pick<PersonInput, 'dateOfBirth' | 'dateOfBirthEstimated'>, today: Date) {
  if (!input.dateOfBirth) {
    return { dateOfBirth: null, dateOfBirthEstimated: input.dateOfBirthEstimated ?? false, birthFrom: null, birthTo: null };
  }
  const parsed = parsePartialDate(input.dateOfBirth, { estimated: input.dateOfBirthEstimated, today });
  if (!parsed.ok) {
    throw invalid(`Date of birth: ${parsed.message}`, [{ field: 'dateOfBirth', message: parsed.message }]);
  }
  return { dateOfBirth: parsed.date.value, dateOfBirthEstimated: parsed.date.estimated, birthFrom: parsed.range.from, birthTo: parsed.range.to };
}

/** A caller may put on a person only the sensitivity labels they hold (else they would lock themselves out). */
function requireLabelsHeld(ctx: Ctx, labels: readonly string[] | undefined): void {
  const held = new Set(clearancesOf(ctx));
  const missing = (labels ?? []).filter((label) => !held.has(label));
  if (missing.length > 0) {
    const message = `You are not cleared for ${missing.join(', ')}: only a user cleared for a label can set it`;
    throw new AppError('forbidden', 403, message, [{ field: 'sensitivity', message }]);
  }
}

function requireSomeName(input: Pick<PersonInput, 'givenNames' | 'surname' | 'originalName'>): void {
  if (!input.givenNames.trim() && !input.surname.trim() && !input.originalName?.trim()) {
    throw invalid('A person needs at least one name', [{ field: 'surname', message: 'Give a surname, a given name or the name in the original script' }]);
  }
}

/** Registers a new person. `registration` records which candidates the clerk saw before confirming "new person". */
export async function registerPerson(
  ctx: Ctx,
  input: PersonInput,
  registration: { candidatesShown: number; confirmedNew: boolean; exercise?: boolean; documents?: DocumentInput[] } = { candidatesShown: 0, confirmedNew: true },
) {
  requirePermission(ctx, 'people.write');
  requireSomeName(input);
  requireLabelsHeld(ctx, input.sensitivity);
  const now = ctx.now();
  const birth = birthColumns(input, now);
  const names = indexPersonNames(input);
  const actor = actorIds(ctx);
  // Documents read at registration (a border desk's passport) are checked before anything is written.
  const documents = (registration.documents ?? []).map((document) => checkDocument(ctx, document));
  return inTransaction(ctx, async (tx, txCtx) => {
    const personId = randomUUID();
    const documentIds = documents.map(() => randomUUID());
    const row = await store.insertPersonWithRecords(
      tx,
      {
        id: personId,
        givenNames: input.givenNames.trim(),
        surname: input.surname.trim(),
        originalName: input.originalName?.trim() || null,
        originalScript: input.originalScript ?? null,
        otherNames: input.otherNames ?? [],
        sex: input.sex,
        ...birth,
        placeOfBirth: input.placeOfBirth ?? null,
        nationalities: input.nationalities ?? [],
        languages: input.languages ?? [],
        contacts: input.contacts ?? [],
        addresses: input.addresses ?? [],
        legalStatus: input.legalStatus ?? null,
        sensitivity: input.sensitivity ?? [],
        nameKeys: names.keys,
        searchText: names.searchText,
        registeredBy: actor.userId,
        registeredByOrganisationId: ctx.actor.kind === 'user' ? ctx.actor.organisationId : null,
        exercise: registration.exercise ?? false,
      },
      now.getUTCFullYear(),
      {
        documents: documents.map((document, i) => ({ ...document.row, id: documentIds[i]!, personId, recordedBy: actor.userId })),
        history: [
          {
            personId,
            actorUserId: actor.userId,
            actorLabel: actor.label,
            action: 'registered',
            detail: { candidatesShown: registration.candidatesShown, confirmedNew: registration.confirmedNew },
          },
          ...documents.map((document, i) => documentAdded(personId, documentIds[i]!, document.flags, actor)),
        ],
      },
    );
    if (input.legalStatus) {
      await store.insertLegalStatus(tx, { personId: row.id, status: input.legalStatus, validFrom: now.toISOString().slice(0, 10), recordedBy: actor.userId, source: 'registration' });
    }
    await recordAudit(tx, ctx, {
      action: 'person.create',
      entityType: 'person',
      entityId: row.id,
      fields: Object.keys(input),
      detail: { candidatesShown: registration.candidatesShown, confirmedNew: registration.confirmedNew },
    });
    for (const document of documents) {
      await recordAudit(tx, ctx, documentAddedAudit(row.id, document.flags));
    }
    return describePerson(txCtx, row);
  });
}

/** Reads one person with documents, statuses and family; audited. A person the caller may not see is not found. */
export async function getPerson(ctx: Ctx, id: string) {
  requirePermission(ctx, 'people.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectPerson(tx, id, personScope(ctx));
    if (!row) {
      throw notFound('Person');
    }
    const described = await describePerson(txCtx, row, { full: true });
    await recordAudit(tx, ctx, { action: 'person.read', entityType: 'person', entityId: id, fields: ['names', 'dateOfBirth', 'nationalities', 'documents', 'family', 'contacts', 'addresses'] });
    return described;
  });
}

/** One person's summary (names, birth, sex, nationalities, legal status, photo flag) for another module; audited. */
export async function personSummary(ctx: Ctx, id: string) {
  requirePermission(ctx, 'people.read');
  return inTransaction(ctx, async (tx) => {
    const row = await store.selectPerson(tx, id, personScope(ctx));
    if (!row || row.mergedInto) {
      throw notFound('Person');
    }
    await recordAudit(tx, ctx, { action: 'person.read', entityType: 'person', entityId: id, fields: ['names', 'dateOfBirth', 'nationalities', 'legalStatus'] });
    return summarisePerson(row, ctx.now().toISOString().slice(0, 10));
  });
}

/**
 * Summaries of the persons among `ids` the caller may see (merged records left out), for another
 * module's lists; that module audits its list read.
 */
export async function visiblePersonSummaries(ctx: Ctx, ids: readonly string[]) {
  const rows = await store.selectPersons(ctx.db, [...new Set(ids)], personScope(ctx));
  const today = ctx.now().toISOString().slice(0, 10);
  return new Map(rows.map((row) => [row.id, summarisePerson(row, today)]));
}

/** Changes a person; `version` must be the one the caller read (two clerks editing at once do not overwrite each other). */
export async function updatePerson(ctx: Ctx, id: string, version: number, patch: Partial<PersonInput>) {
  requirePermission(ctx, 'people.write');
  requireLabelsHeld(ctx, patch.sensitivity);
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const current = await store.selectPerson(tx, id, personScope(ctx));
    if (!current || current.mergedInto) {
      throw notFound('Person');
    }
    const merged: PersonInput = {
      givenNames: patch.givenNames ?? current.givenNames,
      surname: patch.surname ?? current.surname,
      originalName: patch.originalName === undefined ? current.originalName : patch.originalName,
      otherNames: patch.otherNames ?? current.otherNames,
      sex: (patch.sex ?? current.sex) as Sex,
      dateOfBirth: patch.dateOfBirth === undefined ? current.dateOfBirth : patch.dateOfBirth,
      dateOfBirthEstimated: patch.dateOfBirthEstimated ?? current.dateOfBirthEstimated,
    };
    requireSomeName(merged);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of PERSON_FIELDS) {
      const next = patch[field];
      if (next !== undefined && JSON.stringify(next) !== JSON.stringify(current[field])) {
        changes[field] = { from: current[field], to: next };
      }
    }
    if (Object.keys(changes).length === 0) {
      return describePerson(txCtx, current, { full: true });
    }
    const birth = patch.dateOfBirth !== undefined || patch.dateOfBirthEstimated !== undefined ? birthColumns(merged, ctx.now()) : {};
    const names = indexPersonNames(merged);
    const updated = await store.updatePersonVersioned(tx, id, version, {
      ...patch,
      ...birth,
      nameKeys: names.keys,
      searchText: names.searchText,
    });
    if (!updated) {
      throw conflict('Someone else changed this person since you opened it; reload to see their changes');
    }
    if (patch.legalStatus && patch.legalStatus !== current.legalStatus) {
      await store.insertLegalStatus(tx, { personId: id, status: patch.legalStatus, validFrom: ctx.now().toISOString().slice(0, 10), recordedBy: actor.userId, source: 'edit' });
    }
    await store.insertHistory(tx, { personId: id, actorUserId: actor.userId, actorLabel: actor.label, action: 'changed', changes });
    await recordAudit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: id, fields: Object.keys(changes) });
    return describePerson(txCtx, updated, { full: true });
  });
}

/**
 * Records a legal status (e.g. from an asylum decision), which becomes the current one if it is the latest.
 * `becomeCurrent` (for a procedure's step that supersedes whatever is recorded) moves its start to the
 * current status's start when that is later (a status recorded at registration today, a lodging dated
 * yesterday), so that it does become the current one; the note keeps the event's own date.
 */
export async function recordLegalStatus(
  ctx: Ctx,
  personId: string,
  input: { status: LegalStatus; validFrom: string; validTo?: string | null; note?: string | null; source?: string; becomeCurrent?: boolean },
) {
  requirePermission(ctx, 'people.write');
  if (input.validTo && input.validTo < input.validFrom) {
    throw invalid('The status cannot end before it starts', [{ field: 'validTo', message: 'Before the start date' }]);
  }
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx) => {
    const person = await lockVisiblePerson(tx, ctx, personId);
    const latestStart = (await store.selectLegalStatuses(tx, personId)).at(-1)?.validFrom;
    const validFrom = input.becomeCurrent && latestStart && latestStart > input.validFrom ? latestStart : input.validFrom;
    const row = await store.insertLegalStatus(tx, { personId, status: input.status, validFrom, validTo: input.validTo ?? null, note: input.note ?? null, source: input.source ?? 'manual', recordedBy: actor.userId });
    const statuses = await store.selectLegalStatuses(tx, personId);
    const latest = statuses.at(-1)!;
    if (latest.status !== person.legalStatus && !(await store.updatePersonVersioned(tx, personId, person.version, { legalStatus: latest.status }))) {
      throw conflict('Someone else changed this person at the same moment; record the status again');
    }
    await store.insertHistory(tx, { personId, actorUserId: actor.userId, actorLabel: actor.label, action: 'legal-status', changes: { legalStatus: { from: person.legalStatus, to: latest.status } } });
    await recordAudit(tx, ctx, { action: 'person.legal-status', entityType: 'person', entityId: personId, fields: ['legalStatus'] });
    return row;
  });
}

/** A visible, not merged person inside a transaction, or 404. */
export async function lockVisiblePerson(tx: Tx, ctx: Ctx, personId: string) {
  const person = await store.selectPerson(tx, personId, personScope(ctx));
  if (!person || person.mergedInto) {
    throw notFound('Person');
  }
  return person;
}

/** A person's own edit history (audited as a read). */
export async function personHistoryOf(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'people.read');
  return inTransaction(ctx, async (tx) => {
    const person = await store.selectPerson(tx, personId, personScope(ctx));
    if (!person) {
      throw notFound('Person');
    }
    await recordAudit(tx, ctx, { action: 'person.history.read', entityType: 'person', entityId: personId, fields: ['history'] });
    return store.selectHistory(tx, personId);
  });
}
