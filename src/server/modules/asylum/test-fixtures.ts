/** Fixtures of the asylum tests: an immigration service with a clerk and an asylum officer, applicants, today in the authority's calendar. */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { systemContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { createTenant, uniqueSuffix, type Tenant } from '../../testing/factories';
import { signIn, type Session } from '../../testing/http';
import { localDay } from '../border/travel-days';
import { registerPerson, type PersonInput } from '../people/service';
import { addDays } from './deadlines';
import { ASYLUM_TIME_ZONE } from './reference';

/** Today where the asylum authority counts its days. */
export const today = () => localDay(new Date(), ASYLUM_TIME_ZONE);
/** `days` days from today (negative: ago). */
export const daysFromToday = (days: number) => addDays(today(), days);

/** Registers a person (an adult Afghan by default) and returns the id. */
export async function registerApplicant(db: Db, overrides: Partial<PersonInput> = {}): Promise<string> {
  const person = await registerPerson(systemContext(db, 'test'), {
    givenNames: 'Farid',
    surname: `Ahmadi ${uniqueSuffix().replace(/\d/g, 'q')}`,
    sex: 'M',
    dateOfBirth: '1990-04-02',
    nationalities: ['AFG'],
    legalStatus: 'irregular',
    ...overrides,
  });
  return person.id;
}

export interface AsylumWorld {
  tenant: Tenant;
  site: string;
  clerk: Session;
  officer: Session;
  clerkId: string;
  officerId: string;
}

/** An immigration service with a reception centre, a registration clerk (cleared for minors) and an asylum officer (cleared for all). */
export async function createAsylumWorld(app: FastifyInstance, db: Db): Promise<AsylumWorld> {
  const tenant = await createTenant(db, 'immigration-service');
  const site = await tenant.site('reception-centre');
  const clerkUser = await tenant.user(['registration-clerk'], { clearances: ['minor'], siteIds: [site] });
  const officerUser = await tenant.user(['asylum-officer'], { clearances: ['minor', 'health', 'trafficking'] });
  return { tenant, site, clerk: await signIn(app, clerkUser), officer: await signIn(app, officerUser), clerkId: clerkUser.id, officerId: officerUser.id };
}

/** Sends a request and checks its status, returning the JSON body. */
export async function call<T = Record<string, unknown>>(session: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body: unknown, status: number): Promise<T> {
  const response = await session.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : body);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.json<T>();
}
