/** Shared steps of the reception specs: beds, a contingency plan, persons, a minor file and a placement, set up through the API. */
import { expect } from '@playwright/test';
import type { UserApi } from './helpers';

export interface CentreRow {
  id: string;
  code: string;
  name: string;
  free: number;
  capacity: number;
}

/** A short unique suffix, so that each run's names differ. */
export function suffix(): string {
  return Date.now().toString(36).slice(-5);
}

/** The centres as the administrator sees them. */
export async function centres(admin: UserApi): Promise<CentreRow[]> {
  const response = await admin.api.get('/api/reception/centres');
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { centres: CentreRow[] }).centres;
}

/** Gives the centre a unit with one room of `beds` beds (so that there are free places whatever the demo data). */
export async function addBeds(admin: UserApi, siteId: string, beds: number, name: string): Promise<void> {
  const unit = await admin.send<{ id: string }>('POST', `/api/reception/centres/${siteId}/units`, { name });
  await admin.send('POST', `/api/reception/units/${unit.id}/rooms`, { name: `${name}-R`, purpose: 'family', beds });
}

/** A new inactive plan arriving at `siteId` and allocating to `centreIds`. */
export async function createPlan(admin: UserApi, siteId: string, centreIds: string[], name: string): Promise<string> {
  const plan = await admin.send<{ id: string }>('POST', '/api/reception/influx/plans', { siteId, name, centreIds });
  return plan.id;
}

/** Registers a person in the people registry. */
export async function registerPerson(
  admin: UserApi,
  person: { surname: string; givenNames: string; sex: 'M' | 'F'; dateOfBirth: string; nationalities: string[] },
): Promise<string> {
  const created = await admin.send<{ id: string }>('POST', '/api/people', person);
  return created.id;
}
