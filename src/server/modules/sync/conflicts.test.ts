import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import type { Session } from '../../testing/http';
import type { PersonFields } from '../people/replica';
import { crossingBody, passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { mergeFields } from './hq-persons';
import { syncOutbox } from './tables';
import { createEdge, hqForSuite, syncUntilDrained, type Edge } from './test-harness';

const fields = (overrides: Partial<PersonFields>): PersonFields => ({
  givenNames: 'Amal',
  surname: 'Haddad',
  originalName: null,
  originalScript: null,
  otherNames: [],
  sex: 'F',
  dateOfBirth: '1990',
  dateOfBirthEstimated: false,
  placeOfBirth: null,
  nationalities: ['SYR'],
  languages: [],
  contacts: [],
  addresses: [],
  legalStatus: null,
  sensitivity: [],
  ...overrides,
});

describe('the rule for a person edited at both sides', () => {
  it('takes what only the post changed, keeps what only headquarters changed, and gives headquarters the fields both changed', () => {
    const base = fields({});
    const hq = fields({ surname: 'Haddad-Hq', languages: ['ara'] });
    const post = fields({ surname: 'Haddad-Post', placeOfBirth: 'Homs' });
    expect(mergeFields(hq, post, base)).toEqual({ take: { placeOfBirth: 'Homs' }, conflicting: ['surname'] });
  });

  it('counts the same change made at both sides as no conflict', () => {
    const base = fields({});
    expect(mergeFields(fields({ surname: 'Same' }), fields({ surname: 'Same' }), base)).toEqual({ take: {}, conflicting: [] });
  });

  it('with no base (the post never had the record from headquarters), every differing field is a conflict', () => {
    expect(mergeFields(fields({ surname: 'A' }), fields({ surname: 'B', sex: 'F' }), null)).toEqual({ take: {}, conflicting: ['surname'] });
  });
});

describeOnEachEngine('conflicts between a post and headquarters', (database) => {
  const hq = hqForSuite(database);

  const person = async (session: Session, id: string) => (await session.get(`/api/people/${id}`)).json<{ version: number; surname: string; placeOfBirth: string | null; languages: string[] }>();

  /**
   * Runs cycles until the post holds `expected` of the person: headquarters feeds a change once every
   * transaction older than it has ended, which on a busy PostgreSQL can take a cycle or two more.
   */
  const postFollows = async (edge: Edge, officer: Session, id: string, expected: Record<string, unknown>) => {
    for (let cycle = 0; cycle < 30; cycle += 1) {
      const held = await person(officer, id);
      if (Object.entries(expected).every(([field, value]) => JSON.stringify(held[field as keyof typeof held]) === JSON.stringify(value))) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      await edge.sync.runCycle();
    }
    expect(await person(officer, id)).toMatchObject(expected);
  };

  it('keeps headquarters’ value, applies the rest, lists the conflict for review, and a reviewer can take the post’s value', { timeout: 90_000 }, async () => {
    // A person known at headquarters who crossed at the post: the post holds a copy.
    const registered = await hq.supervisor.post('/api/people', { givenNames: 'Amal', surname: 'Haddad', sex: 'F', dateOfBirth: '1990-04-05', nationalities: ['SYR'] });
    expect(registered.statusCode, registered.body).toBe(201);
    const personId = registered.json<{ id: string }>().id;
    const crossed = await hq.supervisor.post('/api/border/crossings', crossingBody(hq.siteId, { traveller: { personId }, document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber(), surname: 'HADDAD', givenNames: 'AMAL', sex: 'F', dateOfBirth: '1990-04-05' }) } }));
    expect(crossed.statusCode, crossed.body).toBe(201);
    const edge = await createEdge(hq);
    try {
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      expect((await person(officer, personId)).surname).toBe('Haddad');

      // Both sides change the record while the link is down.
      edge.sync.setLinkDown(true);
      const atPost = await person(officer, personId);
      expect((await officer.patch(`/api/people/${personId}`, { version: atPost.version, surname: 'Haddad-Post', placeOfBirth: 'Homs' })).statusCode).toBe(200);
      const atHq = await person(hq.supervisor, personId);
      expect((await hq.supervisor.patch(`/api/people/${personId}`, { version: atHq.version, surname: 'Haddad-Hq', languages: ['ara'] })).statusCode).toBe(200);
      edge.sync.setLinkDown(false);
      await syncUntilDrained(edge);

      const merged = await person(hq.supervisor, personId);
      expect(merged).toMatchObject({ surname: 'Haddad-Hq', placeOfBirth: 'Homs', languages: ['ara'] });
      const [ack] = await edge.database.db.select().from(syncOutbox).where(eq(syncOutbox.entityId, personId));
      expect(ack).toMatchObject({ outcome: 'conflict' });
      // The post follows headquarters.
      await postFollows(edge, officer, personId, { surname: 'Haddad-Hq', placeOfBirth: 'Homs', languages: ['ara'] });

      const listed = (await hq.supervisor.get('/api/sync/conflicts')).json<{ conflicts: { id: string; personId: string; fields: string[]; site: { id: string } }[] }>();
      const conflict = listed.conflicts.find((c) => c.personId === personId)!;
      expect(conflict).toMatchObject({ fields: ['surname'], site: { id: hq.siteId } });
      const detail = (await hq.supervisor.get(`/api/sync/conflicts/${conflict.id}`)).json<{ postChange: { at: string }; hqChange: { at: string }; detectedAt: string }>();
      expect(detail).toMatchObject({ hq: { surname: 'Haddad-Hq' }, post: { surname: 'Haddad-Post' }, base: { surname: 'Haddad' }, can: { resolve: true } });
      // Who changed each side and when: the officer at the post, the supervisor at headquarters, both before it was found.
      expect(detail).toMatchObject({ person: { surname: 'Haddad-Hq', givenNames: 'Amal' }, postChange: { by: `User ${hq.officerUser.username}` }, hqChange: { by: expect.stringMatching(/^User u-/) }, resolvedByName: null });
      expect(detail.hqChange).not.toMatchObject({ by: `User ${hq.officerUser.username}` });
      for (const side of [detail.postChange, detail.hqChange]) {
        expect(Date.parse(side.at)).toBeLessThanOrEqual(Date.parse(detail.detectedAt));
      }

      const resolved = await hq.supervisor.post(`/api/sync/conflicts/${conflict.id}/resolve`, { choice: 'take-post', note: 'The passport reads Haddad-Post' });
      expect(resolved.statusCode, resolved.body).toBe(200);
      expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: 'take-post', note: 'The passport reads Haddad-Post', resolvedByName: expect.stringMatching(/^User u-/) });
      expect((await person(hq.supervisor, personId)).surname).toBe('Haddad-Post');
      expect((await hq.supervisor.post(`/api/sync/conflicts/${conflict.id}/resolve`, { choice: 'keep-hq', note: 'again' })).statusCode).toBe(409);
      await postFollows(edge, officer, personId, { surname: 'Haddad-Post' });
      const open = (await hq.supervisor.get('/api/sync/conflicts')).json<{ conflicts: { personId: string }[] }>();
      expect(open.conflicts.filter((c) => c.personId === personId)).toEqual([]);
    } finally {
      await edge.close();
    }
  });

  it('a person registered at the post and corrected there twice before a sync arrives with the last values and no conflict', { timeout: 60_000 }, async () => {
    const edge = await createEdge(hq);
    try {
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      const recorded = await officer.post('/api/border/crossings', crossingBody(hq.siteId));
      const personId = recorded.json<{ person: { id: string } }>().person.id;
      for (const placeOfBirth of ['Idlib', 'Hama']) {
        const current = await person(officer, personId);
        expect((await officer.patch(`/api/people/${personId}`, { version: current.version, placeOfBirth })).statusCode).toBe(200);
      }
      await syncUntilDrained(edge);
      expect((await person(hq.supervisor, personId)).placeOfBirth).toBe('Hama');
      const acks = await edge.database.db.select({ outcome: syncOutbox.outcome }).from(syncOutbox).where(eq(syncOutbox.entityId, personId));
      expect(acks.map((a) => a.outcome)).toEqual(['applied', 'applied', 'applied']);
    } finally {
      await edge.close();
    }
  });
});
