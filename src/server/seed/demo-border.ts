/**
 * Border demo data: a small national watchlist (names in several scripts, with aliases) and a few lost or
 * stolen documents, loaded through the border module's own services so the data is versioned, hashed
 * for screening and audited exactly as an administrator's import would be.
 */
import type { Ctx } from '../platform/context';
import { addLostDocument, type LostDocumentInput } from '../modules/border/lost-documents';
import type { WatchlistAction } from '../modules/border/reference';
import { localDay } from '../modules/border/travel-days';
import { WATCHLIST_CSV_COLUMNS } from '../modules/border/reference';
import { startWatchlistImport } from '../modules/border/watchlist-import';
import { createSource, listSources } from '../modules/border/watchlists';

const DEMO_WATCHLIST_CODE = 'national-alerts';
const DAY_MS = 86_400_000;

interface DemoEntry {
  ref: string;
  name: string;
  aliases?: string[];
  dateOfBirth?: string;
  nationalities: string[];
  documents?: string[];
  action: WatchlistAction;
  validFrom?: string;
  validTo?: string;
  note?: string;
}

/**
 * The national alerts. "Mohammed Abdullah" is there so that a demo officer scanning a passport of
 * MUHAMMAD ABDALLA, born 1985-03-12, Syrian, sees a refuse-entry alert.
 */
const DEMO_WATCHLIST: DemoEntry[] = [
  { ref: 'NAT-0001', name: 'Mohammed Abdullah', aliases: ['محمد عبد الله', 'Mohamed Abdallah'], dateOfBirth: '1985-03-12', nationalities: ['SYR'], action: 'refuse-entry', note: 'Entry ban until 2030' },
  { ref: 'NAT-0002', name: 'Ahmad Karimi', aliases: ['احمد کریمی'], dateOfBirth: '1990-07-04', nationalities: ['AFG'], action: 'notify' },
  { ref: 'NAT-0003', name: 'Olena Petrenko', aliases: ['Олена Петренко', 'Elena Petrenko'], dateOfBirth: '1988-11-23', nationalities: ['UKR'], action: 'monitor' },
  { ref: 'NAT-0004', name: 'Ivan Sokolov', aliases: ['Иван Соколов', 'Iwan Sokolow'], dateOfBirth: '1979-02-15', nationalities: ['RUS'], action: 'arrest', note: 'European arrest warrant' },
  { ref: 'NAT-0005', name: 'Fatima Hassan', aliases: ['فاطمة حسن'], dateOfBirth: '1993', nationalities: ['IRQ'], action: 'notify' },
  { ref: 'NAT-0006', name: 'Alireza Ahmadi', aliases: ['علیرضا احمدی', 'Ali Reza Ahmadi'], dateOfBirth: '1987-05-30', nationalities: ['IRN'], action: 'refuse-entry' },
  { ref: 'NAT-0007', name: 'Gulalai Wardak', aliases: ['ګلالۍ وردګ'], dateOfBirth: '1995', nationalities: ['AFG'], action: 'monitor' },
  { ref: 'NAT-0008', name: 'Dmitri Volkov', aliases: ['Дмитрий Волков', 'Dmitriy Volkov'], dateOfBirth: '1975-09-09', nationalities: ['RUS', 'BLR'], documents: ['751234567'], action: 'arrest' },
  { ref: 'NAT-0009', name: 'Nikos Papadopoulos', aliases: ['Νίκος Παπαδόπουλος'], dateOfBirth: '1982-12-01', nationalities: ['GRC'], action: 'notify' },
  { ref: 'NAT-0010', name: 'Omar Haddad', aliases: ['عمر حداد'], dateOfBirth: '1976-06-18', nationalities: ['SYR', 'LBN'], action: 'arrest' },
  { ref: 'NAT-0011', name: 'Layla Khalil', aliases: ['ليلى خليل', 'Leila Khalil'], dateOfBirth: '1991-04-02', nationalities: ['LBN'], action: 'monitor' },
  { ref: 'NAT-0012', name: 'Hamid Noori', aliases: ['حامد نوری'], dateOfBirth: '1984', nationalities: ['AFG'], action: 'refuse-entry' },
  { ref: 'NAT-0013', name: 'Tariq Mahmood', aliases: ['طارق محمود'], dateOfBirth: '1980-10-10', nationalities: ['PAK'], action: 'notify' },
  { ref: 'NAT-0014', name: 'Aliaksandr Kavalenka', aliases: ['Аляксандр Каваленка', 'Alexander Kovalenko'], dateOfBirth: '1986-03-03', nationalities: ['BLR'], action: 'monitor' },
  { ref: 'NAT-0015', name: 'Yusuf Demir', dateOfBirth: '1978-08-08', nationalities: ['TUR'], action: 'refuse-entry' },
  { ref: 'NAT-0016', name: 'Abdulrahman Al-Tamimi', aliases: ['عبد الرحمن التميمي'], dateOfBirth: '1983-01-20', nationalities: ['IRQ'], documents: ['A4412876'], action: 'arrest' },
  { ref: 'NAT-0017', name: 'Mariam Yousef', aliases: ['مريم يوسف'], dateOfBirth: '1997-02-14', nationalities: ['SYR'], action: 'monitor' },
  { ref: 'NAT-0018', name: 'Serhii Bondarenko', aliases: ['Сергій Бондаренко', 'Sergey Bondarenko'], dateOfBirth: '1981-07-07', nationalities: ['UKR'], action: 'notify' },
  { ref: 'NAT-0019', name: 'Khaled Nasser', aliases: ['خالد ناصر', 'Khalid Nasir'], dateOfBirth: '1989', nationalities: ['JOR'], action: 'refuse-entry' },
  { ref: 'NAT-0020', name: 'Andrei Ciobanu', dateOfBirth: '1977-04-25', nationalities: ['MDA'], action: 'notify' },
  { ref: 'NAT-0021', name: 'Amina Diallo', dateOfBirth: '1994-09-12', nationalities: ['GIN'], action: 'monitor' },
  { ref: 'NAT-0022', name: 'Chukwuemeka Okafor', aliases: ['Emeka Okafor'], dateOfBirth: '1985-11-30', nationalities: ['NGA'], action: 'refuse-entry' },
  { ref: 'NAT-0023', name: 'Samir Benali', aliases: ['سمير بن علي'], dateOfBirth: '1990-05-05', nationalities: ['MAR'], action: 'notify' },
  { ref: 'NAT-0024', name: 'Rustam Nazarov', aliases: ['Рустам Назаров'], dateOfBirth: '1983-12-12', nationalities: ['TJK'], action: 'arrest' },
  { ref: 'NAT-0025', name: 'Zainab Rahimi', aliases: ['زینب رحیمی'], dateOfBirth: '1999-03-21', nationalities: ['AFG'], action: 'monitor', validTo: '2028-12-31' },
  { ref: 'NAT-0026', name: 'Mustafa Kaya', dateOfBirth: '1972-01-15', nationalities: ['TUR'], action: 'notify', validFrom: '2025-01-01', validTo: '2027-12-31' },
  { ref: 'NAT-0027', name: 'Hassan Jaber', aliases: ['حسن جابر'], dateOfBirth: '1986-06-06', nationalities: ['IRQ'], action: 'refuse-entry' },
  { ref: 'NAT-0028', name: 'Viktor Moroz', aliases: ['Віктор Мороз', 'Wiktor Moroz'], dateOfBirth: '1974-10-30', nationalities: ['UKR'], documents: ['FE123456'], action: 'arrest' },
  { ref: 'NAT-0029', name: 'Nour Al-Din Saleh', aliases: ['نور الدين صالح', 'Nureddin Salih'], dateOfBirth: '1992', nationalities: ['YEM'], action: 'monitor' },
  { ref: 'NAT-0030', name: 'Arash Tehrani', aliases: ['آرش تهرانی'], dateOfBirth: '1988-08-18', nationalities: ['IRN'], action: 'notify' },
];

interface DemoLostDocument extends Omit<LostDocumentInput, 'reportedAt'> {
  /** Reported this many days before the seed runs (a report date may not lie in the future). */
  reportedDaysAgo: number;
}

/** Documents reported lost or stolen, for the desk's document check and the lost-documents screen. */
const DEMO_LOST_DOCUMENTS: DemoLostDocument[] = [
  { number: 'N07345121', issuingState: 'SYR', reason: 'stolen', reportedDaysAgo: 200, source: 'Interpol SLTD' },
  { number: 'P4821937', issuingState: 'AFG', reason: 'lost', reportedDaysAgo: 90, source: 'Embassy notification' },
  { number: 'FK778812', issuingState: 'UKR', reason: 'stolen', reportedDaysAgo: 45, source: 'Interpol SLTD' },
  { number: 'A09981234', issuingState: 'IRQ', reason: 'revoked', reportedDaysAgo: 300, source: 'Issuing authority' },
  { number: '052417760', issuingState: 'ROU', reason: 'invalidated', reportedDaysAgo: 12, source: 'National passport register' },
];

/** A CSV field, quoted when it holds a separator, a quote or a line break. */
function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The demo watchlist as the CSV an administrator would upload. */
function demoWatchlistCsv(): string {
  const lines = DEMO_WATCHLIST.map((e) =>
    [e.ref, e.name, (e.aliases ?? []).join(';'), e.dateOfBirth ?? '', e.nationalities.join(';'), (e.documents ?? []).join(';'), e.action, e.validFrom ?? '', e.validTo ?? '', e.note ?? ''].map(csvField).join(','),
  );
  return [WATCHLIST_CSV_COLUMNS.join(','), ...lines].join('\n');
}

/**
 * Creates the national watchlist with its first version and lists the demo documents. Does nothing when
 * the list already exists, so running it twice changes nothing.
 */
export async function seedDemoBorder(ctx: Ctx): Promise<boolean> {
  if ((await listSources(ctx)).some((source) => source.code === DEMO_WATCHLIST_CODE)) {
    return false;
  }
  const source = await createSource(ctx, { code: DEMO_WATCHLIST_CODE, name: 'National alerts', kind: 'national', threshold: 0.8 });
  const { finish } = await startWatchlistImport(ctx, source.id, demoWatchlistCsv(), { mode: 'replace', fileName: 'national-alerts.csv', note: 'Demo list' });
  await finish();
  for (const { reportedDaysAgo, ...document } of DEMO_LOST_DOCUMENTS) {
    await addLostDocument(ctx, { ...document, reportedAt: localDay(new Date(ctx.now().getTime() - reportedDaysAgo * DAY_MS)) });
  }
  return true;
}
