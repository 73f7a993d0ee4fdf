/** Legal statuses recorded by another module's procedure: a superseding status becomes the current one even when dated earlier. */
import { expect, it } from 'vitest';
import { systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { personsWithAdultFamilyLink, linkFamily } from './family';
import { getPerson, recordLegalStatus, registerPerson } from './service';

describeOnEachEngine('legal statuses and family links for other modules', (database) => {
  const ctx = () => systemContext(database().db, 'test');
  const register = (dateOfBirth: string, legalStatus: 'irregular' | null = 'irregular') =>
    registerPerson(ctx(), { givenNames: 'Amina', surname: 'Noori', sex: 'F', dateOfBirth, legalStatus });

  it('keeps the latest-dated status current, unless the new one is recorded to become current', async () => {
    const person = await register('1995-01-01');
    const registeredOn = new Date().toISOString().slice(0, 10);
    await recordLegalStatus(ctx(), person.id, { status: 'asylum-seeker', validFrom: '2020-01-01' });
    expect((await getPerson(ctx(), person.id)).legalStatus).toBe('irregular');
    const row = await recordLegalStatus(ctx(), person.id, { status: 'asylum-seeker', validFrom: '2020-01-01', becomeCurrent: true, source: 'asylum-application' });
    expect(row.validFrom).toBe(registeredOn);
    expect((await getPerson(ctx(), person.id)).legalStatus).toBe('asylum-seeker');
    const later = await recordLegalStatus(ctx(), person.id, { status: 'refugee', validFrom: '2099-01-01', becomeCurrent: true });
    expect(later.validFrom).toBe('2099-01-01');
  });

  it('tells which persons have a family link to someone certainly adult', async () => {
    const child = await register('2015-06-01', null);
    const sibling = await register('2013-06-01', null);
    const alone = await register('2014-06-01', null);
    const mother = await register('1985-06-01', null);
    await linkFamily(ctx(), child.id, sibling.id, 'sibling');
    expect(await personsWithAdultFamilyLink(ctx(), [child.id, alone.id])).toEqual(new Set());
    await linkFamily(ctx(), mother.id, child.id, 'child');
    expect(await personsWithAdultFamilyLink(ctx(), [child.id, sibling.id, alone.id])).toEqual(new Set([child.id]));
  });
});
