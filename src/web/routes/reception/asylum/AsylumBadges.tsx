/** Badges of an application's status and of a deadline (due soon, overdue), in words as well as colour. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, Deadline, DeadlineState } from './asylumApi';

const STATUS_COLOURS: Record<ApplicationStatus, string> = {
  lodged: 'blue',
  interviewed: 'cyan',
  'granted-refugee': 'green',
  'granted-subsidiary': 'teal',
  rejected: 'red',
  withdrawn: 'gray',
  appealed: 'orange',
  closed: 'dark',
};

const DEADLINE_COLOURS: Record<DeadlineState, string> = { ok: 'gray', due: 'orange', overdue: 'red' };

/** The status of an application. */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" data-status={status}>
      {t(`asylum.statuses.${status}`)}
    </Badge>
  );
}

/** "Decision due in 5 days", "Appeal deadline 3 days ago". */
export function DeadlineBadge({ deadline }: { deadline: Pick<Deadline, 'kind' | 'daysLeft' | 'state' | 'dueOn'> }) {
  const { t } = useTranslation();
  const text =
    deadline.daysLeft < 0
      ? t('asylum.deadlines.overdueBy', { count: -deadline.daysLeft })
      : deadline.daysLeft === 0
        ? t('asylum.deadlines.today')
        : t('asylum.deadlines.inDays', { count: deadline.daysLeft });
  return (
    <Badge color={DEADLINE_COLOURS[deadline.state]} variant={deadline.state === 'overdue' ? 'filled' : 'light'} title={deadline.dueOn} data-deadline={deadline.state}>
      {t(`asylum.deadlines.kinds.${deadline.kind}`)} · {text}
    </Badge>
  );
}
