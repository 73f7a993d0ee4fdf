/** The application's state machine: which action may happen in which status, and where it leads. Pure. */
import { AppError } from '../../platform/errors';
import type { AppealOutcome, ApplicationStatus, DecisionOutcome } from './reference';

export type ApplicationAction = 'interview' | 'decide' | 'withdraw' | 'notify' | 'appeal' | 'appealOutcome' | 'close';

/** The statuses each action may start from. */
export const ALLOWED_FROM: Record<ApplicationAction, readonly ApplicationStatus[]> = {
  interview: ['lodged', 'interviewed'],
  decide: ['interviewed'],
  withdraw: ['lodged', 'interviewed'],
  notify: ['rejected', 'granted-subsidiary'],
  appeal: ['rejected', 'granted-subsidiary'],
  appealOutcome: ['appealed'],
  close: ['rejected'],
};

const ACTION_WORDS: Record<ApplicationAction, string> = {
  interview: 'record an interview',
  decide: 'decide',
  withdraw: 'record a withdrawal',
  notify: 'record the notification',
  appeal: 'lodge an appeal',
  appealOutcome: 'record an appeal outcome',
  close: 'close',
};

/** The actions allowed from `status`. */
export function allowedActions(status: ApplicationStatus): ApplicationAction[] {
  return (Object.keys(ALLOWED_FROM) as ApplicationAction[]).filter((action) => ALLOWED_FROM[action].includes(status));
}

/** Throws 409 naming the status and what it allows, unless `action` may happen in `status`. */
export function requireTransition(status: ApplicationStatus, action: ApplicationAction): void {
  if (ALLOWED_FROM[action].includes(status)) {
    return;
  }
  const allowed = allowedActions(status).map((a) => ACTION_WORDS[a]);
  const message = `You cannot ${ACTION_WORDS[action]} on an application that is ${status}${allowed.length > 0 ? `; allowed now: ${allowed.join(', ')}` : '; it allows no further step'}`;
  throw new AppError('conflict', 409, message, [{ field: 'status', message: `${action} not allowed from ${status}` }]);
}

/** Where a first-instance decision leads. */
export function statusAfterDecision(outcome: DecisionOutcome): ApplicationStatus {
  return outcome;
}

/** Where an appeal outcome leads, given what was appealed. */
export function statusAfterAppeal(outcome: AppealOutcome, appealedFrom: ApplicationStatus): ApplicationStatus {
  switch (outcome) {
    case 'granted-refugee':
    case 'granted-subsidiary':
      return outcome;
    case 'remitted':
      return 'interviewed';
    case 'dismissed':
    case 'withdrawn':
      // Appealing subsidiary protection for refugee status risks nothing: a dismissal leaves the protection.
      return appealedFrom === 'granted-subsidiary' ? 'granted-subsidiary' : 'closed';
  }
}
