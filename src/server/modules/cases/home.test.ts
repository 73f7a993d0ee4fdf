/** The caseworker's home (tasks due today and overdue), tasks, stale edits, persons and the family-reunification steps. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { zonedDayOf, zonedPeriod } from '../../../common/dates/zoned-day';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { createPerson, expectGet, expectPost } from './test-fixtures';

interface Detail {
  id: string;
  version: number;
  state: string;
  persons: { personId: string; role: string; relation: string | null }[];
  checklist: { item: string; status: string }[];
  transitions: { to: string; allowed: boolean; problems: { field: string }[] }[];
}
interface Task {
  id: string;
  title: string;
  status: string;
}

describeOnEachEngine('caseworker home and case editing', (database) => {
  let app: FastifyInstance;
  let ngo: Tenant;
  let caseworker: Session;
  let colleague: Session;

  beforeAll(async () => {
    app = await createTestApp(database());
    ngo = await createTenant(database().db, 'ngo');
    caseworker = await signIn(app, await ngo.user(['caseworker']));
    colleague = await signIn(app, await ngo.user(['caseworker']));
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists my tasks due today and overdue, and drops them when done', async () => {
    const personId = await createPerson(database().db);
    const created = await expectPost<Detail>(caseworker, '/api/cases', {
      type: 'protection',
      title: 'Survivor of violence',
      persons: [{ personId, role: 'principal' }],
    });
    const now = Date.now();
    const today = zonedPeriod(
      zonedDayOf(new Date(now), 'Europe/Bucharest'),
      zonedDayOf(new Date(now), 'Europe/Bucharest'),
      'Europe/Bucharest',
    );
    const laterToday = new Date(now + (today.to.getTime() - now) / 2).toISOString();
    const dueToday = await expectPost<Task>(caseworker, `/api/cases/${created.id}/tasks`, {
      title: 'Call the shelter',
      dueAt: laterToday,
    });
    const overdue = await expectPost<Task>(caseworker, `/api/cases/${created.id}/tasks`, {
      title: 'Send the medical report',
      dueAt: new Date(today.from.getTime() - 3_600_000).toISOString(),
    });

    const home = await expectGet<{
      myCases: { id: string }[];
      tasksDueToday: { id: string }[];
      tasksOverdue: { id: string }[];
    }>(caseworker, '/api/cases/home');
    expect(home.myCases.map((c) => c.id)).toContain(created.id);
    expect(home.tasksDueToday.map((t) => t.id)).toContain(dueToday.id);
    expect(home.tasksOverdue.map((t) => t.id)).toContain(overdue.id);
    // A colleague's home lists neither my case (owned by me) nor my tasks.
    const theirs = await expectGet<{ myCases: { id: string }[]; tasksOverdue: { id: string }[] }>(
      colleague,
      '/api/cases/home',
    );
    expect(theirs.myCases.map((c) => c.id)).not.toContain(created.id);
    expect(theirs.tasksOverdue.map((t) => t.id)).not.toContain(overdue.id);

    const done = await caseworker.patch(`/api/cases/tasks/${overdue.id}`, { status: 'done' });
    expect(done.json<Task>().status).toBe('done');
    const after = await expectGet<{ tasksOverdue: { id: string }[] }>(caseworker, '/api/cases/home');
    expect(after.tasksOverdue.map((t) => t.id)).not.toContain(overdue.id);
  });

  it('refuses a stale edit and keeps at least one person', async () => {
    const personId = await createPerson(database().db);
    const created = await expectPost<Detail>(caseworker, '/api/cases', {
      type: 'protection',
      title: 'Protection case',
      persons: [{ personId, role: 'principal' }],
    });
    expect(
      (
        await caseworker.patch(`/api/cases/${created.id}`, {
          version: created.version,
          title: 'Protection case — legal aid',
        })
      ).statusCode,
    ).toBe(200);
    const stale = await caseworker.patch(`/api/cases/${created.id}`, {
      version: created.version,
      title: 'Overwritten',
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await caseworker.request('DELETE', `/api/cases/${created.id}/persons/${personId}`)).statusCode,
    ).toBe(422);
  });

  it('links family members and walks a family reunification through visa, ticket and escort', async () => {
    const child = await createPerson(database().db, { minor: true });
    const father = await createPerson(database().db);
    const created = await expectPost<Detail>(caseworker, '/api/cases', {
      type: 'family-reunification',
      title: 'Reunification with the father in Germany',
      persons: [{ personId: child, role: 'child' }],
    });
    const linked = await expectPost<Detail>(caseworker, `/api/cases/${created.id}/persons`, {
      personId: father,
      role: 'sponsor',
      relation: 'father',
    });
    expect(linked.persons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: father, role: 'sponsor', relation: 'father' }),
      ]),
    );
    await expectPost(
      caseworker,
      `/api/cases/${created.id}/transitions`,
      { to: 'documentation', data: { destinationCountry: 'DEU' } },
      200,
    );
    await expectPost(caseworker, `/api/cases/${created.id}/transitions`, { to: 'visa' }, 200);
    const blocked = await expectGet<Detail>(caseworker, `/api/cases/${created.id}`);
    expect(blocked.transitions.find((t) => t.to === 'travel')).toMatchObject({
      allowed: false,
      problems: [{ field: 'checklist.visa' }],
    });
    await caseworker.request('PUT', `/api/cases/${created.id}/checklist/visa`, { status: 'done' });
    await expectPost(caseworker, `/api/cases/${created.id}/transitions`, { to: 'travel' }, 200);
    expect(
      (await caseworker.post(`/api/cases/${created.id}/transitions`, { to: 'reunited' })).statusCode,
    ).toBe(422);
    await caseworker.request('PUT', `/api/cases/${created.id}/checklist/ticket`, { status: 'done' });
    await caseworker.request('PUT', `/api/cases/${created.id}/checklist/escort`, {
      status: 'done',
      note: 'Escorted by an IOM officer',
    });
    const reunited = await expectPost<Detail>(
      caseworker,
      `/api/cases/${created.id}/transitions`,
      { to: 'reunited' },
      200,
    );
    expect(reunited.checklist.every((c) => c.status === 'done')).toBe(true);
  });
});
