/**
 * The case engine: pure rules over the case-type definitions — which transitions exist, whether the
 * caller may make one, what the target state still needs, the tasks and deadlines a state brings, and
 * whether a case's data fits its type. No I/O here.
 */
import type { Permission } from '../../platform/access/permissions';
import type { FieldError } from '../../platform/errors';
import { zonedDayOf, zonedTime } from '../../../common/dates/zoned-day';
import {
  stateOf,
  type CaseTypeDefinition,
  type Requirement,
  type StateDefinition,
  type TransitionDefinition,
} from './definitions';
import { CASES_TIME_ZONE, type ChecklistStatus } from './reference';
import type { CaseSettings } from './settings';
import type { CaseData } from './tables';

/** What the engine needs to know about a case to check requirements. */
export interface CaseFacts {
  data: CaseData;
  checklist: ReadonlyMap<string, ChecklistStatus>;
  assessments: number;
}

/** Who is asking: their permissions and their organisation's type. */
export interface Actor {
  has: (permission: Permission) => boolean;
  organisationType: string | null;
}

const DAY = 86_400_000;

function isSet(value: unknown): boolean {
  return (
    value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
  );
}

/** The problems a requirement has with these facts (empty when it holds). */
export function requirementProblems(
  definition: CaseTypeDefinition,
  requirement: Requirement,
  facts: CaseFacts,
): FieldError[] {
  if ('field' in requirement) {
    const value = facts.data[requirement.field];
    if (!isSet(value)) {
      return [{ field: `data.${requirement.field}`, message: 'Required in this state' }];
    }
    if (requirement.values && !requirement.values.includes(String(value))) {
      return [{ field: `data.${requirement.field}`, message: `Must be ${requirement.values.join(' or ')}` }];
    }
    return [];
  }
  if ('checklist' in requirement) {
    const items = requirement.checklist === 'all' ? definition.checklist : requirement.checklist;
    return items
      .filter((item) => !['done', 'not-needed'].includes(facts.checklist.get(item) ?? 'pending'))
      .map((item) => ({ field: `checklist.${item}`, message: 'Must be done or not needed' }));
  }
  return facts.assessments > 0
    ? []
    : [{ field: 'assessments', message: 'Record the risk and special-needs assessment first' }];
}

/** The transitions declared from `state`. */
export function transitionsFrom(definition: CaseTypeDefinition, state: string): TransitionDefinition[] {
  return definition.transitions.filter((t) => t.from === state);
}

/** True when the actor may make `transition` (permission and organisation type). */
export function actorMay(transition: TransitionDefinition, actor: Actor): boolean {
  if (!actor.has(transition.permission)) {
    return false;
  }
  return (
    !transition.organisationTypes ||
    (actor.organisationType !== null &&
      transition.organisationTypes.includes(actor.organisationType as never))
  );
}

/** What stands between the case and the target state: the transition's and the state's requirements, and a reason to close. */
export function transitionProblems(
  definition: CaseTypeDefinition,
  transition: TransitionDefinition,
  facts: CaseFacts,
  reason: string | null | undefined,
): FieldError[] {
  const target = stateOf(definition, transition.to);
  const problems = [...(target.requires ?? []), ...(transition.requires ?? [])].flatMap((r) =>
    requirementProblems(definition, r, facts),
  );
  if (target.terminal && !reason?.trim()) {
    problems.push({ field: 'reason', message: 'Give the reason for closing the case' });
  }
  return problems;
}

/** The calendar day `days` after `at`'s local day. */
function dayAfter(at: Date, days: number): string {
  const day = new Date(`${zonedDayOf(at, CASES_TIME_ZONE)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The deadline a state sets on entry (e.g. the end of the reflection period), as `{ name, day }`. */
export function deadlineOnEntry(
  state: StateDefinition,
  enteredAt: Date,
  data: CaseData,
  settings: CaseSettings,
): { name: string; day: string } | null {
  if (!state.deadline) {
    return null;
  }
  const given = Number(data.reflectionPeriodDays);
  const days =
    Number.isInteger(given) && given > 0
      ? given
      : data.foreignVictim === false
        ? settings.reflectionDaysNational
        : settings.reflectionDaysForeign;
  return { name: state.deadline.name, day: dayAfter(enteredAt, days) };
}

export interface NewTask {
  code: string;
  title: string;
  state: string;
  dueAt: Date;
  remindAt: Date | null;
}

/** The tasks a state creates on entry; a task due at a deadline is due at the end of that local day. */
export function tasksOnEntry(state: StateDefinition, enteredAt: Date, data: CaseData): NewTask[] {
  return (state.tasks ?? []).map((task) => {
    const deadline = task.dueAtDeadline ? data[task.dueAtDeadline] : undefined;
    const dueAt =
      typeof deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deadline)
        ? zonedTime(deadline, 1439, CASES_TIME_ZONE)
        : new Date(enteredAt.getTime() + (task.dueDays ?? 7) * DAY);
    const remindAt =
      task.remindDaysBefore === undefined ? null : new Date(dueAt.getTime() - task.remindDaysBefore * DAY);
    return { code: task.code, title: task.title, state: state.code, dueAt, remindAt };
  });
}

/** Checks a case's data against its type's fields: unknown fields and values outside a picklist are refused. */
export function dataProblems(definition: CaseTypeDefinition, data: CaseData): FieldError[] {
  const problems: FieldError[] = [];
  for (const [name, value] of Object.entries(data)) {
    const field = definition.fields.find((f) => f.name === name);
    if (!field) {
      problems.push({ field: `data.${name}`, message: `Not a field of a ${definition.type} case` });
      continue;
    }
    if (value === null) {
      continue;
    }
    const wrong = (message: string) => problems.push({ field: `data.${name}`, message });
    switch (field.kind) {
      case 'boolean':
        if (typeof value !== 'boolean') {
          wrong('Must be true or false');
        }
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          wrong('Must be a number');
        }
        break;
      case 'date':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          wrong('Must be a date YYYY-MM-DD');
        }
        break;
      case 'country':
        if (typeof value !== 'string' || !/^[A-Z]{2,3}$/.test(value)) {
          wrong('Must be an ISO 3166 country code');
        }
        break;
      case 'text':
        if (typeof value !== 'string' || value.length > 5000) {
          wrong('Must be text of at most 5000 characters');
        }
        break;
      case 'picklist':
        if (typeof value !== 'string' || (field.values && !field.values.includes(value))) {
          wrong(`Must be one of ${field.values?.join(', ') ?? ''}`);
        }
        break;
      case 'multipicklist':
        if (
          !Array.isArray(value) ||
          value.some(
            (v) => typeof v !== 'string' || (field.values !== undefined && !field.values.includes(v)),
          )
        ) {
          wrong(
            field.values
              ? `Each value must be one of ${field.values.join(', ')}`
              : 'Must be a list of values',
          );
        }
        break;
    }
  }
  return problems;
}
