/** Fixtures for case tests: persons, cases put straight into a state with what it requires, HTTP helpers. */
import { expect } from 'vitest';
import { systemContext, inTransaction } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { uniqueSuffix } from '../../testing/factories';
import type { Session } from '../../testing/http';
import { registerPerson } from '../people/service';
import { definitionOf, stateOf, type CaseType, type Requirement } from './definitions';
import * as parts from './parts-store';
import { openCase } from './service';
import * as store from './store';

/** Registers a person (as the system) and returns the id; `minor` makes a ten-year-old. */
export async function createPerson(
  db: Db,
  options: { minor?: boolean; sensitivity?: string[]; surname?: string } = {},
): Promise<string> {
  const year = new Date().getUTCFullYear() - (options.minor ? 10 : 30);
  const person = await registerPerson(systemContext(db, 'test'), {
    givenNames: 'Amina',
    surname: options.surname ?? `Test${uniqueSuffix()}`,
    sex: 'F',
    dateOfBirth: `${year}-03-04`,
    nationalities: ['NGA'],
    sensitivity: options.sensitivity ?? [],
  });
  return person.id;
}

/** A value satisfying a field requirement. */
function satisfying(requirement: Extract<Requirement, { field: string }>): unknown {
  if (requirement.values) {
    return requirement.values[0];
  }
  switch (requirement.field) {
    case 'foreignVictim':
      return true;
    case 'supportNeeds':
      return ['legal'];
    case 'countryOfReturn':
    case 'destinationCountry':
      return 'NGA';
    case 'departureDate':
      return '2026-01-15';
    case 'vic_TraffickingStatusDecisionMakingOrg':
      return 'NonPoliceGovernmentalOrganization';
    default:
      return 'given';
  }
}

/** The data, checklist and assessment that satisfy every requirement of entering `to` from the case's state. */
export async function satisfyRequirements(
  db: Db,
  caseId: string,
  type: CaseType,
  from: string,
  to: string,
): Promise<void> {
  const definition = definitionOf(type);
  const transition = definition.transitions.find((t) => t.from === from && t.to === to)!;
  const requirements = [...(stateOf(definition, to).requires ?? []), ...(transition.requires ?? [])];
  const [row] = (
    await store.selectCases(
      db,
      {
        everything: true,
        organisationId: null,
        userId: null,
        read: true,
        write: true,
        trafficking: true,
        clearances: [],
      },
      { includeClosed: true },
      { limit: 100_000, offset: 0 },
    )
  ).rows.filter((r) => r.row.id === caseId);
  const data = { ...row!.row.data };
  for (const requirement of requirements) {
    if ('field' in requirement) {
      data[requirement.field] = satisfying(requirement);
    }
    if ('checklist' in requirement) {
      for (const item of requirement.checklist === 'all' ? definition.checklist : requirement.checklist) {
        await parts.updateChecklistItem(db, caseId, item, {
          status: 'done',
          note: null,
          updatedBy: null,
          updatedAt: new Date(),
        });
      }
    }
    if ('fact' in requirement) {
      await parts.insertAssessment(db, {
        caseId,
        kind: 'risk-needs',
        individualRisk: 'high',
        householdRisk: 'low',
        communityRisk: 'medium',
        specialNeeds: [],
        recordedAt: new Date(),
      });
    }
  }
  await store.updateCase(db, caseId, { data });
}

/** Opens a case of `type` owned by `organisationId` and puts it straight into `state` (as the system). */
export async function caseInState(
  db: Db,
  options: { type: CaseType; organisationId: string; state?: string; personId: string },
): Promise<string> {
  const ctx = systemContext(db, 'test');
  const row = await inTransaction(ctx, (tx, txCtx) =>
    openCase(
      tx,
      txCtx,
      {
        type: options.type,
        title: `Test ${options.type} case`,
        persons: [{ personId: options.personId, role: 'principal' }],
      },
      { organisationId: options.organisationId, userId: null },
    ),
  );
  if (options.state && options.state !== row.state) {
    await store.updateCase(db, row.id, { state: options.state });
  }
  return row.id;
}

/** Posts and expects a status; returns the JSON. */
export async function expectPost<T>(session: Session, url: string, body: unknown, status = 201): Promise<T> {
  const response = await session.post(url, body);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
  return response.json<T>();
}

/** The purpose a test states when it opens a trafficking case (required for those, see platform/access/purpose.ts). */
export const PURPOSE = { 'x-purpose': 'Case work in a test' };

/** Gets and expects a status; returns the JSON. */
export async function expectGet<T>(session: Session, url: string, status = 200, headers?: Record<string, string>): Promise<T> {
  const response = await session.get(url, headers);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
  return response.json<T>();
}
