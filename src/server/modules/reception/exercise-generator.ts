/** Simulated arrivals for exercises (seeded: the same seed gives the same people) and the desk queue model. Pure. */
import type { ExerciseParameters } from './tables';

/** A small fast PRNG (mulberry32): reproducible exercises from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NATIONALITIES: Record<string, { male: string[]; female: string[]; surnames: string[] }> = {
  SYR: { male: ['Ahmad', 'Mohammed', 'Omar', 'Khaled', 'Yusuf'], female: ['Fatima', 'Amina', 'Layla', 'Noor', 'Rania'], surnames: ['Haddad', 'Khalil', 'Nasser', 'Saleh', 'Darwish'] },
  AFG: { male: ['Ahmad', 'Farid', 'Jawad', 'Mustafa', 'Rahim'], female: ['Zahra', 'Maryam', 'Parisa', 'Shabnam', 'Nadia'], surnames: ['Ahmadi', 'Karimi', 'Rahimi', 'Noori', 'Hakimi'] },
  UKR: { male: ['Oleksandr', 'Andriy', 'Dmytro', 'Serhiy', 'Ivan'], female: ['Olena', 'Iryna', 'Natalia', 'Oksana', 'Kateryna'], surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk'] },
  IRQ: { male: ['Ali', 'Hussein', 'Hassan', 'Karim', 'Zaid'], female: ['Zainab', 'Huda', 'Sara', 'Mariam', 'Aya'], surnames: ['Al-Jabouri', 'Al-Obaidi', 'Kadhim', 'Jassim', 'Hamid'] },
  ERI: { male: ['Yonas', 'Tesfay', 'Dawit', 'Samuel', 'Kidane'], female: ['Senait', 'Helen', 'Selam', 'Ruth', 'Mebrat'], surnames: ['Tesfamariam', 'Ghebremedhin', 'Berhane', 'Haile', 'Woldu'] },
};

export interface SimulatedArrival {
  seq: number;
  arrivesAt: Date;
  groupKey: string;
  name: string;
  sex: 'M' | 'F';
  approximateAge: number;
  nationality: string;
  medicalUrgency: boolean;
  child: boolean;
  vulnerable: boolean;
}

/**
 * `people` arrivals over `minutes` from `start`: groups arrive together; a share of them are families
 * (two adults or one, with one to four children), a share are unaccompanied minors (14–17), the rest
 * single adults; the vulnerable share is flagged at random, medical urgency for about one in twenty.
 */
export function generateArrivals(parameters: ExerciseParameters, start: Date): SimulatedArrival[] {
  const random = seededRandom(parameters.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const codes = Object.keys(NATIONALITIES);
  const arrivals: SimulatedArrival[] = [];
  let group = 0;
  while (arrivals.length < parameters.people) {
    group += 1;
    const nationality = pick(codes);
    const names = NATIONALITIES[nationality]!;
    const surname = pick(names.surnames);
    const at = new Date(start.getTime() + Math.floor(random() * parameters.minutes * 60_000));
    const roll = random();
    const members: Omit<SimulatedArrival, 'seq' | 'arrivesAt' | 'groupKey' | 'nationality' | 'medicalUrgency' | 'vulnerable'>[] = [];
    const person = (sex: 'M' | 'F', age: number) => ({ name: `${pick(sex === 'M' ? names.male : names.female)} ${surname}`, sex, approximateAge: age, child: age < 18 });
    if (roll < parameters.familyShare) {
      members.push(person('F', 22 + Math.floor(random() * 25)));
      if (random() < 0.7) {
        members.push(person('M', 24 + Math.floor(random() * 30)));
      }
      const children = 1 + Math.floor(random() * 4);
      for (let i = 0; i < children; i += 1) {
        members.push(person(random() < 0.5 ? 'M' : 'F', Math.floor(random() * 17)));
      }
    } else if (roll < parameters.familyShare + parameters.minorShare) {
      members.push(person(random() < 0.8 ? 'M' : 'F', 14 + Math.floor(random() * 4)));
    } else {
      members.push(person(random() < 0.7 ? 'M' : 'F', 18 + Math.floor(random() * 50)));
    }
    for (const member of members.slice(0, parameters.people - arrivals.length)) {
      arrivals.push({ ...member, seq: 0, arrivesAt: at, groupKey: `g${group}`, nationality, medicalUrgency: random() < 0.05, vulnerable: random() < parameters.vulnerableShare });
    }
  }
  arrivals.sort((a, b) => a.arrivesAt.getTime() - b.arrivesAt.getTime() || a.groupKey.localeCompare(b.groupKey));
  return arrivals.map((a, i) => ({ ...a, seq: i + 1 }));
}

export interface DeskSlot<T> {
  members: T[];
  arrivesAt: Date;
  doneAt: Date;
}

/**
 * The queue at the registration desks: groups in order of arrival go to the first desk free; a desk
 * takes `secondsPerPerson` per member. Returns each group with when it is done (its pre-registration time).
 */
export function simulateDesks<T extends { groupKey: string; arrivesAt: Date }>(arrivals: readonly T[], parameters: Pick<ExerciseParameters, 'clerks' | 'secondsPerPerson'>): DeskSlot<T>[] {
  const groups = new Map<string, T[]>();
  for (const arrival of arrivals) {
    groups.set(arrival.groupKey, [...(groups.get(arrival.groupKey) ?? []), arrival]);
  }
  const desks = Array.from({ length: parameters.clerks }, () => 0);
  const slots: DeskSlot<T>[] = [];
  for (const members of [...groups.values()].sort((a, b) => a[0]!.arrivesAt.getTime() - b[0]!.arrivesAt.getTime())) {
    const arrivesAt = members[0]!.arrivesAt.getTime();
    const desk = desks.indexOf(Math.min(...desks));
    const startsAt = Math.max(arrivesAt, desks[desk]!);
    const doneAt = startsAt + members.length * parameters.secondsPerPerson * 1000;
    desks[desk] = doneAt;
    slots.push({ members, arrivesAt: new Date(arrivesAt), doneAt: new Date(doneAt) });
  }
  return slots;
}
