/**
 * Reception demo data, through the module's services: units, rooms and beds for the Timișoara and
 * Galați regional centres and the Rădăuți contingency centre (1,000 places), a blocked room, some
 * residents with a service given, and a contingency plan for Rădăuți (not active).
 */
import { eq } from 'drizzle-orm';
import { sites } from '../platform/auth/tables';
import type { Ctx } from '../platform/context';
import { registerPerson } from '../modules/people/service';
import { addBlock, addRoom, addUnit } from '../modules/reception/centres';
import { checkIn, recordService } from '../modules/reception/placements';
import { createPlan } from '../modules/reception/plans';

async function siteId(ctx: Ctx, code: string): Promise<string> {
  const [row] = await ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.code, code));
  if (!row) {
    throw new Error(`demo site ${code} is missing`);
  }
  return row.id;
}

/** Units of `rooms` rooms of `beds` beds each; returns the first room's beds of the first unit. */
async function build(ctx: Ctx, centreId: string, units: string[], rooms: number, beds: number) {
  const firstRooms: { id: string; beds: { id: string }[] }[] = [];
  for (const [u, name] of units.entries()) {
    const unit = await addUnit(ctx, centreId, { name });
    for (let r = 1; r <= rooms; r += 1) {
      const room = await addRoom(ctx, unit.id, { name: `${String.fromCharCode(65 + u)}${String(r).padStart(2, '0')}`, purpose: r <= 2 ? 'family' : u % 2 === 0 ? 'men' : 'women', beds });
      if (u === 0 && r <= 3) {
        firstRooms.push(room);
      }
    }
  }
  return firstRooms;
}

/** Creates the reception demo data. */
export async function seedDemoReception(ctx: Ctx): Promise<void> {
  const timisoara = await siteId(ctx, 'rc-timisoara');
  const galati = await siteId(ctx, 'rc-galati');
  const radauti = await siteId(ctx, 'cc-radauti');

  const timisoaraRooms = await build(ctx, timisoara, ['Building A', 'Building B'], 25, 5);
  const galatiRooms = await build(ctx, galati, ['Main building', 'Annex', 'Family wing'], 20, 5);
  await build(ctx, radauti, ['Hall 1', 'Hall 2', 'Hall 3', 'Hall 4'], 25, 10);
  await addBlock(ctx, galati, { roomId: galatiRooms[2]!.id, reason: 'Heating repairs', from: '2026-01-01' });

  const person = (givenNames: string, surname: string, sex: 'M' | 'F', dateOfBirth: string, nationality: string) =>
    registerPerson(ctx, { givenNames, surname, sex, dateOfBirth, nationalities: [nationality], legalStatus: 'asylum-seeker' });
  const family = [await person('Amal', 'Darwish', 'F', '1988-03-14', 'SYR'), await person('Samir', 'Darwish', 'M', '1985-11-02', 'SYR'), await person('Hala', 'Darwish', 'F', '2016-06-20', 'SYR')];
  for (const [i, member] of family.entries()) {
    await checkIn(ctx, { personId: member.id, siteId: timisoara, bedId: timisoaraRooms[0]!.beds[i]!.id, note: 'Family room' });
  }
  const singles = [await person('Farid', 'Karimi', 'M', '1996', 'AFG'), await person('Tesfay', 'Berhane', 'M', '1999-09-09', 'ERI')];
  for (const [i, single] of singles.entries()) {
    await checkIn(ctx, { personId: single.id, siteId: timisoara, bedId: timisoaraRooms[2]!.beds[i]!.id });
  }
  const galatiResident = await person('Olena', 'Melnyk', 'F', '1979-01-30', 'UKR');
  const { placement } = await checkIn(ctx, { personId: galatiResident.id, siteId: galati, bedId: galatiRooms[0]!.beds[0]!.id });
  await recordService(ctx, placement.id, { kind: 'counselling', note: 'Initial orientation session' });

  await createPlan(ctx, {
    siteId: radauti,
    name: 'Rădăuți contingency plan — northern border',
    description: 'Activated when arrivals at the northern border exceed what the regional centres can take. Pre-registration at Rădăuți; allocation to Rădăuți, Timișoara and Galați.',
    centreIds: [radauti, timisoara, galati],
  });
}
