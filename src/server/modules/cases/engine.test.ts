/** The engine's pure rules, and the definitions against the HTCDS copy: every HTCDS-named field and value exists in the standard. */
import { describe, expect, it } from 'vitest';
import { CASE_DEFINITIONS, definitionOf } from './definitions';
import { dataProblems, deadlineOnEntry, requirementProblems, tasksOnEntry } from './engine';
import { htcdsFields } from './htcds';

describe('case definitions', () => {
  it('name only HTCDS fields and values for the standard’s prefixes', () => {
    const fields = htcdsFields();
    expect(fields.get('vic_TraffickingStatus')?.values).toEqual([
      'PossibleVictimOfTrafficking',
      'ActualVictimOfTrafficking',
      'NotAVictimOfTrafficking',
    ]);
    for (const definition of Object.values(CASE_DEFINITIONS)) {
      for (const field of definition.fields.filter((f) =>
        /^(org|prs|vic|per|cas|cco|hte|spl|con)_/.test(f.name),
      )) {
        expect(fields.has(field.name), field.name).toBe(true);
        for (const value of field.values ?? []) {
          expect(fields.get(field.name)!.values, `${field.name}=${value}`).toContain(value);
        }
      }
    }
  });

  it('are consistent: transitions between declared states, a reachable terminal state, requirements on known fields', () => {
    for (const definition of Object.values(CASE_DEFINITIONS)) {
      const states = new Set(definition.states.map((s) => s.code));
      expect(states.has(definition.initialState)).toBe(true);
      for (const t of definition.transitions) {
        expect(states.has(t.from) && states.has(t.to), `${definition.type} ${t.from}→${t.to}`).toBe(true);
      }
      for (const state of definition.states) {
        for (const r of state.requires ?? []) {
          if ('field' in r) {
            expect(
              definition.fields.map((f) => f.name),
              `${definition.type}.${state.code}`,
            ).toContain(r.field);
          }
        }
      }
      expect(definition.transitions.some((t) => t.to === 'closed')).toBe(true);
    }
  });
});

describe('case engine', () => {
  const trafficking = definitionOf('trafficking');
  const settings = { reflectionDaysForeign: 90, reflectionDaysNational: 30 };
  const reflection = trafficking.states.find((s) => s.code === 'reflection-period')!;

  it('sets the reflection period by origin, or as given', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    expect(deadlineOnEntry(reflection, at, { foreignVictim: true }, settings)).toEqual({
      name: 'reflectionPeriodEndsOn',
      day: '2026-05-30',
    });
    expect(deadlineOnEntry(reflection, at, { foreignVictim: false }, settings)?.day).toBe('2026-03-31');
    expect(
      deadlineOnEntry(reflection, at, { foreignVictim: true, reflectionPeriodDays: 60 }, settings)?.day,
    ).toBe('2026-04-30');
  });

  it('creates a deadline task due at the end of the local day with its reminder before', () => {
    const [, ends] = tasksOnEntry(reflection, new Date('2026-03-01T10:00:00Z'), {
      reflectionPeriodEndsOn: '2026-05-30',
    });
    expect(ends).toMatchObject({
      code: 'reflection-period-ends',
      dueAt: new Date('2026-05-30T20:59:00Z'),
      remindAt: new Date('2026-05-16T20:59:00Z'),
    });
  });

  it('checks requirements and data against the type', () => {
    expect(
      requirementProblems(
        trafficking,
        { field: 'vic_TraffickingStatus', values: ['ActualVictimOfTrafficking'] },
        { data: { vic_TraffickingStatus: 'NotAVictimOfTrafficking' }, checklist: new Map(), assessments: 0 },
      ),
    ).toHaveLength(1);
    expect(
      requirementProblems(
        definitionOf('avrr'),
        { checklist: 'all' },
        { data: {}, checklist: new Map([['ticket', 'done']]), assessments: 0 },
      ),
    ).toHaveLength(6);
    expect(
      dataProblems(trafficking, { vic_TypeOfExploitation: ['ForcedLabour'], foreignVictim: true }),
    ).toEqual([]);
    expect(
      dataProblems(trafficking, {
        vic_TypeOfExploitation: ['Nonsense'],
        unknownField: 1,
        foreignVictim: 'yes',
      }).map((p) => p.field),
    ).toEqual(['data.vic_TypeOfExploitation', 'data.unknownField', 'data.foreignVictim']);
  });
});
