/**
 * Interpreter pool demo data: eight interpreters of the languages reception and asylum work needs most
 * (Dari, Pashto, Tigrinya, Arabic, Kurdish, Somali, Farsi, Urdu…), with weekly availability and a leave,
 * created through the module's services as the pool's coordinator would, kept by the immigration service.
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../platform/context';
import { organisations } from '../platform/auth/tables';
import { createInterpreter, setAvailability } from '../modules/interpreters/pool';
import type { Modality } from '../modules/interpreters/schemas';

interface DemoInterpreter {
  name: string;
  languages: string[];
  organisation: string;
  phone: string;
  modalities: Modality[];
  /** ISO weekdays and local hours. */
  weekly: { days: number[]; start: string; end: string }[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];

const DEMO_INTERPRETERS: DemoInterpreter[] = [
  { name: 'Farid Ahmadi', languages: ['prs', 'fas', 'ron'], organisation: 'Romanian Association of Interpreters', phone: '+40 721 000 101', modalities: ['in-person', 'video'], weekly: [{ days: WEEKDAYS, start: '09:00', end: '17:00' }] },
  { name: 'Zarghona Wardak', languages: ['pus', 'prs', 'eng'], organisation: 'Freelance', phone: '+40 721 000 102', modalities: ['in-person', 'phone', 'video'], weekly: [{ days: [1, 3, 5], start: '08:00', end: '14:00' }] },
  { name: 'Selam Tesfay', languages: ['tir', 'amh', 'eng'], organisation: 'UNHCR interpreter roster', phone: '+40 721 000 103', modalities: ['phone', 'video'], weekly: [{ days: WEEKDAYS, start: '10:00', end: '18:00' }] },
  { name: 'Yonas Berhane', languages: ['tir', 'tig', 'ara'], organisation: 'Freelance', phone: '+40 721 000 104', modalities: ['in-person'], weekly: [{ days: [2, 4], start: '09:00', end: '16:00' }] },
  { name: 'Rania Haddad', languages: ['ara', 'apc', 'ron', 'fra'], organisation: 'Romanian Association of Interpreters', phone: '+40 721 000 105', modalities: ['in-person', 'video'], weekly: [{ days: WEEKDAYS, start: '08:00', end: '16:00' }, { days: [6], start: '09:00', end: '13:00' }] },
  { name: 'Omar Al-Khatib', languages: ['ara', 'arz', 'eng'], organisation: 'National Council for Refugees', phone: '+40 721 000 106', modalities: ['phone'], weekly: [{ days: WEEKDAYS, start: '12:00', end: '20:00' }] },
  { name: 'Berivan Aydın', languages: ['kmr', 'ckb', 'tur'], organisation: 'Freelance', phone: '+40 721 000 107', modalities: ['in-person', 'phone'], weekly: [{ days: [1, 2, 3, 4], start: '09:00', end: '15:00' }] },
  { name: 'Abdi Warsame', languages: ['som', 'ara', 'eng'], organisation: 'IOM interpreter roster', phone: '+40 721 000 108', modalities: ['video', 'phone'], weekly: [{ days: WEEKDAYS, start: '09:00', end: '17:00' }] },
];

/** Creates the demo interpreters with their availability; Zarghona Wardak is on leave for the next week. */
export async function seedDemoInterpreters(ctx: Ctx): Promise<void> {
  const [keeper] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'igi'));
  for (const demo of DEMO_INTERPRETERS) {
    const interpreter = await createInterpreter(ctx, { name: demo.name, languages: demo.languages, organisation: demo.organisation, phone: demo.phone, modalities: demo.modalities, timeZone: 'Europe/Bucharest', active: true }, keeper!.id);
    const now = ctx.now();
    const leave = demo.name === 'Zarghona Wardak' ? [{ startsAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(), endsAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(), note: 'Annual leave' }] : [];
    await setAvailability(ctx, interpreter.id, {
      weekly: demo.weekly.flatMap((w) => w.days.map((weekday) => ({ weekday, start: w.start, end: w.end }))),
      dated: [],
      unavailable: leave,
    });
  }
}
