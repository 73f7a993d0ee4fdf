/**
 * Mass-influx pre-registration over HTTP on PostgreSQL: 1,000 people (families and single travellers)
 * pre-registered by several clerks at once through POST /api/reception/influx/plans/:id/registrations —
 * each request creates the persons through the people service, hands out wristbands, allocates the
 * group to one centre with the centres locked, reserves beds and writes the audit entries.
 */
import { DEMO_PASSWORD } from '../src/server/seed/demo';
import { generateArrivals } from '../src/server/modules/reception/exercise-generator';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { freshPostgresDatabase, signInHttp, startServer } from './lib/server';

type Session = Awaited<ReturnType<typeof signInHttp>>;

async function call<T>(url: string, session: Session, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

interface Group {
  members: { name: string; sex: 'M' | 'F'; approximateAge: number; nationality: string; triage: { medicalUrgency: boolean; child: boolean; vulnerable: boolean } }[];
}

/** The people of a seeded simulated influx, grouped as they travel. */
function groupsOf(people: number, seed: number): Group[] {
  const arrivals = generateArrivals({ people, minutes: 60, familyShare: 0.4, minorShare: 0.1, vulnerableShare: 0.15, seed, clerks: 1, secondsPerPerson: 60 }, new Date());
  const groups = new Map<string, Group>();
  for (const a of arrivals) {
    const group = groups.get(a.groupKey) ?? { members: [] };
    group.members.push({ name: a.name, sex: a.sex, approximateAge: a.approximateAge, nationality: a.nationality, triage: { medicalUrgency: a.medicalUrgency, child: a.child, vulnerable: a.vulnerable } });
    groups.set(a.groupKey, group);
  }
  return [...groups.values()];
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runReceptionPreregistrationBenchmark(): Promise<void> {
  const people = Number(process.env.BENCH_PEOPLE ?? 1000);
  const clerks = Number(process.env.BENCH_CLERKS ?? 8);
  const databaseUrl = await freshPostgresDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'crossroads_bench_reception');
  const server = await startServer({ port: 4317, databaseUrl });
  try {
    const admin = await signInHttp(server.url, 'admin', DEMO_PASSWORD);
    const sessions = await Promise.all(Array.from({ length: clerks }, () => signInHttp(server.url, 'clerk', DEMO_PASSWORD)));
    const { plans } = await call<{ plans: { id: string; name: string }[] }>(server.url, admin, 'GET', '/api/reception/influx/plans');
    const plan = plans[0]!;
    await call(server.url, admin, 'POST', `/api/reception/influx/plans/${plan.id}/activate`, { note: 'benchmark' });
    const path = `/api/reception/influx/plans/${plan.id}/registrations`;

    // Warm-up (not counted): prepared plans, connection pool, JIT of the hot paths.
    for (const group of groupsOf(20, 1)) {
      await call(server.url, sessions[0]!, 'POST', path, group);
    }

    const groups = groupsOf(people, 2026);
    const latencies: number[] = [];
    const perPerson: number[] = [];
    let next = 0;
    let overCapacity = 0;
    const started = performance.now();
    await Promise.all(
      sessions.map(async (session) => {
        for (let i = next++; i < groups.length; i = next++) {
          const t0 = performance.now();
          const result = await call<{ registrations: { overCapacity: boolean }[] }>(server.url, session, 'POST', path, groups[i]);
          const ms = performance.now() - t0;
          latencies.push(ms);
          perPerson.push(ms / groups[i]!.members.length);
          overCapacity += result.registrations.filter((r) => r.overCapacity).length;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const board = await call<{ triage: { total: number }; placesLeft: number; centres: { name: string; reserved: number; free: number }[] }>(server.url, admin, 'GET', `/api/reception/influx/plans/${plan.id}/board`);
    const perSecond = people / seconds;
    const sizes = groups.map((g) => g.members.length);

    writeSection(
      'reception-preregistration',
      `## Mass-influx pre-registration: 1,000 people over HTTP (PostgreSQL)

Command: \`npm run bench -- reception-preregistration\` (${people} people in ${groups.length} groups — families, unaccompanied minors, single adults from the seeded exercise generator, mean group ${fixed(people / groups.length, 2)}, largest ${Math.max(...sizes)} — sent by ${clerks} clerks at once, each request one group; after 20 warm-up people; server in its own process on PostgreSQL with the demo data: three centres, 1,550 beds).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}; the machine was shared with other work running at the same time, so the figures are a floor.

Each request creates the group's persons through the people service (registration number, name keys, history, audit), takes wristband numbers from the sequence, locks the plan's centres, counts their free places, chooses the centre for the whole group, reserves free beds, stores the registrations and writes their audit entries, all in one transaction.

| measure | value |
|---|---:|
| people pre-registered | ${people} (${board.triage.total} on the board incl. warm-up) |
| throughput | **${fixed(perSecond, 1)} people/s** (target ≥ 50) · ${fixed(groups.length / seconds, 1)} requests/s |
| request latency p50 / p95 / p99 | ${fixed(percentile(latencies, 50))} / ${fixed(percentile(latencies, 95))} / ${fixed(percentile(latencies, 99))} ms |
| per person p50 / p95 | ${fixed(percentile(perPerson, 50))} / ${fixed(percentile(perPerson, 95))} ms |
| allocated above capacity | ${overCapacity} |
| places left afterwards | ${board.placesLeft} (${board.centres.map((c) => `${c.name}: ${c.reserved} reserved`).join('; ')}) |

Allocations are serialised per centre by the row lock on the centre's site (\`SELECT … FOR NO KEY UPDATE\`), which is what keeps the last beds from being double-booked; the lock is taken after the persons are created, so only the counting and the reservation wait for it.`,
    );
    console.table({ people, groups: groups.length, seconds, perSecond, p50: percentile(latencies, 50), p95: percentile(latencies, 95), overCapacity });
  } finally {
    await server.stop();
  }
}
