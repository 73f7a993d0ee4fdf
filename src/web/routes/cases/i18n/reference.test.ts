import { describe, expect, it } from 'vitest';
import { CASE_DEFINITIONS } from '../../../../server/modules/cases/definitions';
import {
  CASE_PERSON_ROLES,
  CASE_SECTIONS,
  CHECKLIST_STATUSES,
  SERVICE_KINDS,
  SPECIAL_NEEDS,
  TRAFFICKING_INDICATORS,
} from '../../../../server/modules/cases/reference';
import { humanise } from '../caseLabels';
import { casesResources } from '.';

const definitions = Object.values(CASE_DEFINITIONS);

describe.each(['en', 'ro', 'ar'] as const)('case labels in %s', (language) => {
  const labels = casesResources[language];
  const has = (group: Record<string, unknown>, code: string) => typeof group[code] === 'string';

  it('name every case type, state, field and checklist item of the definitions', () => {
    for (const definition of definitions) {
      expect(has(labels.types, definition.type), definition.type).toBe(true);
      for (const state of definition.states) {
        expect(has(labels.states, state.code), state.code).toBe(true);
      }
      for (const field of definition.fields) {
        expect(has(labels.fields, field.name), field.name).toBe(true);
      }
      for (const item of definition.checklist) {
        expect(has(labels.checklistItems, item), item).toBe(true);
      }
    }
  });

  it('name every picklist value, HTCDS value names included', () => {
    const values = labels.values as Record<string, Record<string, string>>;
    for (const definition of definitions) {
      for (const field of definition.fields) {
        if (!field.values || field.name === 'indicators') {
          continue;
        }
        for (const value of field.values) {
          expect(values[field.name]?.[value], `${field.name}.${value}`).toBeTypeOf('string');
        }
      }
    }
  });

  it('name every section, role, service, checklist status, special need and indicator', () => {
    const lists: [Record<string, unknown>, readonly string[]][] = [
      [labels.sections, CASE_SECTIONS],
      [labels.roles, CASE_PERSON_ROLES],
      [labels.serviceKinds, SERVICE_KINDS],
      [labels.checklistStatuses, CHECKLIST_STATUSES],
      [labels.specialNeeds, SPECIAL_NEEDS],
      [labels.indicators, TRAFFICKING_INDICATORS],
    ];
    for (const [group, codes] of lists) {
      expect(codes.filter((code) => !has(group, code))).toEqual([]);
    }
  });
});

describe('humanise', () => {
  it('turns value names and codes without a label into words', () => {
    expect(humanise('ActualVictimOfTrafficking')).toBe('Actual victim of trafficking');
    expect(humanise('A_AgricultureForestryAndFishing')).toBe('Agriculture forestry and fishing');
    expect(humanise('pre-departure')).toBe('Pre departure');
    expect(humanise('note.add')).toBe('Note add');
  });
});
