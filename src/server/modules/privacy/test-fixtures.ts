/**
 * Fixtures for privacy tests: records of every purgeable type written at a chosen date (with the rows
 * that hang on them), persons made old, and helpers to wait for a purge and read a ZIP.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { systemContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { uniqueSuffix } from '../../testing/factories';
import type { Session } from '../../testing/http';
import { asylumApplicationEvents, asylumApplications, asylumInterviews } from '../asylum/tables';
import { alerts, crossings, falsePositives, vehicleCrossings } from '../border/tables';
import { caseEvents, caseNotes, casePersons, cases } from '../cases/tables';
import { registerPerson } from '../people/service';
import { personHistory, persons } from '../people/tables';
import { receptionAbsences, receptionPlacements, receptionServices } from '../reception/tables';

const DAY = 86_400_000;

/** `days` days before (negative) or after `instant`. */
export const shifted = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY);

/** Registers a person (as the system) with a recognisable surname; returns id, surname and registration number. */
export async function person(db: Db, surname = `Retention${uniqueSuffix().replace(/\d/g, 'x')}`, sensitivity: string[] = []) {
  const row = await registerPerson(systemContext(db, 'test'), { givenNames: 'Samira', surname, sex: 'F', dateOfBirth: '1991-05-06', nationalities: ['SYR'], sensitivity });
  return { id: row.id, surname, registrationNumber: row.registrationNumber };
}

/** Makes a person's record (and its history) as old as `at`. */
export async function agePerson(db: Db, personId: string, at: Date): Promise<void> {
  await db.update(persons).set({ createdAt: at, updatedAt: at }).where(eq(persons.id, personId));
  await db.update(personHistory).set({ at }).where(eq(personHistory.personId, personId));
}

/** A crossing at `at` with an alert, a remembered false positive and (optionally) the vehicle it was in. */
export async function crossingAt(db: Db, input: { personId: string; siteId: string; at: Date; vehicle?: boolean }) {
  const ref = uniqueSuffix();
  const [vehicle] = input.vehicle
    ? await db.insert(vehicleCrossings).values({ clientRef: `v-${ref}`, siteId: input.siteId, direction: 'entry', plate: `B ${ref}`, country: 'ROU', vehicleType: 'car', at: input.at }).returning()
    : [undefined];
  const [crossing] = await db
    .insert(crossings)
    .values({ clientRef: `c-${ref}`, siteId: input.siteId, direction: 'entry', at: input.at, personId: input.personId, documentNumber: `N${ref}`, decision: 'admitted', vehicleCrossingId: vehicle?.id ?? null, vehicleRole: vehicle ? 'driver' : null })
    .returning();
  const [alert] = await db
    .insert(alerts)
    .values({ crossingId: crossing!.id, siteId: input.siteId, personId: input.personId, kind: 'watchlist', watchlistEntryId: randomUUID(), score: 0.9, explanation: { note: 'test' }, status: 'false-positive', resolution: 'false-positive', createdAt: input.at })
    .returning();
  await db.insert(falsePositives).values({ personId: input.personId, watchlistEntryId: alert!.watchlistEntryId!, personVersion: 1, entryVersion: 1, alertId: alert!.id, reason: 'Different date of birth' });
  return { crossingId: crossing!.id, alertId: alert!.id, vehicleId: vehicle?.id ?? null };
}

/** A protection (or trafficking) case closed at `closedAt`, with the person, a note and its history. */
export async function closedCaseAt(db: Db, input: { personId: string; organisationId: string; closedAt: Date | null; trafficking?: boolean; title?: string }) {
  const openedAt = shifted(input.closedAt ?? new Date(), -30);
  const [row] = await db
    .insert(cases)
    .values({
      reference: `T-${uniqueSuffix()}`,
      type: input.trafficking ? 'trafficking' : 'protection',
      state: input.closedAt ? 'closed' : 'support',
      title: input.title ?? 'Support for a family',
      labels: input.trafficking ? ['trafficking'] : [],
      ownerOrganisationId: input.organisationId,
      openedAt,
      stateEnteredAt: input.closedAt ?? openedAt,
      closedAt: input.closedAt,
      closureReason: input.closedAt ? 'Goals reached' : null,
    })
    .returning();
  await db.insert(casePersons).values({ caseId: row!.id, personId: input.personId, role: 'principal' });
  await db.insert(caseNotes).values({ caseId: row!.id, body: 'Met at the centre; needs legal advice.', authorLabel: 'caseworker', createdAt: openedAt });
  await db.insert(caseEvents).values({ caseId: row!.id, at: openedAt, kind: 'opened', toState: 'open', actorLabel: 'caseworker' });
  return { caseId: row!.id, reference: row!.reference };
}

/** A placement that ended at `checkedOutAt` (or an active one when null), with an absence and a service. */
export async function placementEndedAt(db: Db, input: { personId: string; siteId: string; checkedOutAt: Date | null }) {
  const checkedInAt = shifted(input.checkedOutAt ?? new Date(), -60);
  const [row] = await db
    .insert(receptionPlacements)
    .values({ personId: input.personId, siteId: input.siteId, status: input.checkedOutAt ? 'ended' : 'active', checkedInAt, checkedOutAt: input.checkedOutAt, checkoutReason: input.checkedOutAt ? 'moved-out' : null })
    .returning();
  await db.insert(receptionAbsences).values({ placementId: row!.id, fromAt: shifted(checkedInAt, 5), toAt: shifted(checkedInAt, 6), reason: 'Hospital' });
  await db.insert(receptionServices).values({ placementId: row!.id, personId: input.personId, siteId: input.siteId, kind: 'legal', givenAt: shifted(checkedInAt, 2) });
  return row!.id;
}

/** An asylum application closed on `closedOn`'s day (or an open one when null), with an interview and its history. */
export async function applicationClosedOn(db: Db, input: { personId: string; siteId: string; organisationId: string; closedOn: Date | null }) {
  const lodged = shifted(input.closedOn ?? new Date(), -200).toISOString().slice(0, 10);
  const [row] = await db
    .insert(asylumApplications)
    .values({
      number: `AS-T-${uniqueSuffix()}`,
      personId: input.personId,
      siteId: input.siteId,
      organisationId: input.organisationId,
      status: input.closedOn ? 'closed' : 'lodged',
      lodgedOn: lodged,
      decisionDueOn: lodged,
      closedOn: input.closedOn ? input.closedOn.toISOString().slice(0, 10) : null,
    })
    .returning();
  await db.insert(asylumInterviews).values({ applicationId: row!.id, heldOn: lodged, interviewer: 'Officer Popa' });
  await db.insert(asylumApplicationEvents).values({ applicationId: row!.id, action: 'lodge', toStatus: 'lodged', actorLabel: 'clerk' });
  return { applicationId: row!.id, number: row!.number };
}

/** The ids among `ids` still in `table` (by its `id` column). */
export async function remaining(db: Db, table: typeof crossings | typeof cases | typeof receptionPlacements | typeof asylumApplications | typeof persons | typeof alerts | typeof vehicleCrossings, ids: string[]): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  return rows.map((r) => r.id).sort();
}

export interface RunView {
  error?: string | null;
  id: string;
  status: string;
  removed: number;
  deleted: Record<string, number>;
  batches: number;
  recordType: string;
}

/** Starts a purge over HTTP and waits for it to end; returns the finished run. */
export async function purgeAndWait(session: Session, recordType: string): Promise<RunView> {
  const started = await session.post(`/api/privacy/retention/rules/${recordType}/purge`);
  expect(started.statusCode, started.body).toBe(202);
  let run = started.json<RunView>();
  for (let attempt = 0; attempt < 200 && run.status === 'running'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    run = (await session.get(`/api/privacy/retention/runs/${run.id}`)).json<RunView>();
  }
  expect(run.status, run.error ?? '').toBe('finished');
  return run;
}

/** Reads a ZIP answer: file names and a reader for each file's text or bytes. */
export async function readZip(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  return {
    names: Object.keys(zip.files).filter((name) => !zip.files[name]!.dir).sort(),
    text: (name: string) => zip.file(name)!.async('string'),
    bytes: (name: string) => zip.file(name)!.async('uint8array'),
  };
}
