/**
 * No double booking under concurrency: several bookers asking for the same interpreter at once get one
 * booking and clear refusals; and the database itself refuses an overlap written past the service.
 */
import { expect, it } from 'vitest';
import type { UserActor } from '../../platform/context';
import { systemContext, type Ctx } from '../../platform/context';
import { openDatabase } from '../../platform/db/client';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant } from '../../testing/factories';
import { bookInterpreter } from './bookings';
import { createInterpreter } from './pool';
import * as store from './store';

const at = (time: string) => new Date(`2030-02-05T${time}:00+02:00`);

describeOnEachEngine('interpreter bookings under concurrency', (database) => {
  /** A booker's context (a user of `organisationId` holding interpreters.book) on `db`. */
  const booker = (db: Ctx['db'], organisationId: string, n: number): Ctx => {
    const actor: UserActor = { kind: 'user', userId: crypto.randomUUID(), username: `booker-${n}`, displayName: `Booker ${n}`, organisationId, siteIds: [], roles: [], permissions: new Set(['interpreters.book']), clearances: new Set(), national: false };
    return { db, actor, requestId: `test-${n}`, ip: null, now: () => new Date('2030-01-01T00:00:00Z') };
  };

  it('gives one of several simultaneous overlapping bookings, refusing the others with 409 (on PostgreSQL from separate pools)', { timeout: 60_000 }, async () => {
    const tenant = await createTenant(database().db);
    const system = systemContext(database().db, 'test');
    const interpreter = await createInterpreter(system, { name: 'Concurrent Dari', languages: ['prs'], organisation: '', modalities: ['video'], timeZone: 'Europe/Bucharest', active: true }, tenant.organisationId);
    // On PostgreSQL each booker gets its own connection pool, as separate server processes would.
    const extra = database().url ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: database().url!, poolSize: 2 }))) : [];
    try {
      const dbs = [database().db, ...extra.map((d) => d.db)];
      const attempts = Array.from({ length: 8 }, (_, n) =>
        bookInterpreter(booker(dbs[n % dbs.length]!, tenant.organisationId, n), {
          interpreterId: interpreter.id,
          // Every attempt overlaps every other: 10:00 + n minutes, for one hour.
          startsAt: new Date(at('10:00').getTime() + n * 60_000),
          endsAt: new Date(at('11:00').getTime() + n * 60_000),
          language: 'prs',
          modality: 'video',
          purpose: { kind: 'case-meeting', reference: `case-${n}` },
          confirmOutsideAvailability: true,
        }),
      );
      const results = await Promise.allSettled(attempts);
      const booked = results.filter((r) => r.status === 'fulfilled');
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string; status?: number; message: string }] : []));
      expect(booked).toHaveLength(1);
      expect(refused).toHaveLength(7);
      for (const error of refused) {
        expect(error).toMatchObject({ code: 'conflict', status: 409 });
        expect(error.message).toContain('Concurrent Dari is already booked');
      }
      const kept = await store.selectOverlappingBookings(database().db, [interpreter.id], at('00:00'), at('23:59'));
      expect(kept).toHaveLength(1);
    } finally {
      await Promise.all(extra.map((d) => d.close()));
    }
  });

  it('refuses in the database an overlap written past the service, but not touching periods or a cancelled one', async () => {
    const tenant = await createTenant(database().db);
    const system = systemContext(database().db, 'test');
    const interpreter = await createInterpreter(system, { name: 'Constraint Tigrinya', languages: ['tir'], organisation: '', modalities: ['phone'], timeZone: 'Europe/Bucharest', active: true }, tenant.organisationId);
    const row = (startsAt: Date, endsAt: Date, status = 'booked') => ({ interpreterId: interpreter.id, startsAt, endsAt, language: 'tir', modality: 'phone', purposeKind: 'other', organisationId: tenant.organisationId, status });
    const db = database().db;
    await store.insertBooking(db, row(at('10:00'), at('11:00')));
    await store.insertBooking(db, row(at('11:00'), at('12:00')));
    await store.insertBooking(db, row(at('10:30'), at('11:30'), 'cancelled'));
    const error = await store.insertBooking(db, row(at('10:30'), at('11:30'))).then(
      () => null,
      (e: unknown) => e as { code?: string; cause?: { code?: string } },
    );
    expect(error?.code ?? error?.cause?.code).toBe('23P01');
  });
});
