/** What every case shows: type, state, owner, team, organisations, dates; the reflection-period deadline; the moves. */
import { Alert, Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { Fact } from '../../documents/DocumentFacts';
import { useCaseLabels } from '../caseLabels';
import { CASES_TIME_ZONE, type CaseDetail, type TypeDefinition } from '../casesApi';
import { TransitionDialog, useTransitionLabel, type Transition } from './TransitionDialog';

/** The facts grid. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  return (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Fact label={t('cases.fieldsOfCase.type')}>{labels.type(detail.type)}</Fact>
        <Fact label={t('cases.fieldsOfCase.state')}>
          {labels.state(detail.state)}{' '}
          <Text span size="sm" c="dimmed">
            ({t('cases.case.since', { at: format.date(detail.stateEnteredAt) })})
          </Text>
        </Fact>
        <Fact label={t('cases.fieldsOfCase.owner')}>
          {detail.ownerOrganisation.name}
          {detail.ownerUser && ` · ${detail.ownerUser.displayName}`}
        </Fact>
        <Fact label={t('cases.fieldsOfCase.team')}>{detail.assignedTeam ?? '—'}</Fact>
        <Fact label={t('cases.fieldsOfCase.organisations')}>
          {format.list(detail.organisations.map((o) => o.name))}
        </Fact>
        <Fact label={t('cases.fieldsOfCase.opened')}>{format.date(detail.openedAt)}</Fact>
        {detail.closedAt && (
          <>
            <Fact label={t('cases.fieldsOfCase.closed')}>{format.date(detail.closedAt)}</Fact>
            <Fact label={t('cases.fieldsOfCase.closureReason')}>
              <span dir="auto">{detail.closureReason ?? '—'}</span>
            </Fact>
          </>
        )}
      </SimpleGrid>
    </Card>
  );
}

/** Whole days from today (in the country's calendar) to `day` (YYYY-MM-DD); negative once past. */
function daysUntil(day: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: CASES_TIME_ZONE }).format(new Date());
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The reflection period's end, prominent while the case runs. */
export function ReflectionDeadline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ends = detail.data?.reflectionPeriodEndsOn;
  if (typeof ends !== 'string' || detail.closedAt) {
    return null;
  }
  const days = daysUntil(ends);
  return (
    <Alert
      color={days < 0 ? 'red' : days <= 14 ? 'orange' : 'blue'}
      variant="filled"
      title={t('cases.case.reflectionTitle')}
      data-testid="reflection-deadline"
    >
      {t('cases.case.reflectionEnds', { date: format.date(`${ends}T12:00:00Z`) })}{' '}
      {days >= 0 ? t('cases.case.daysLeft', { count: days }) : t('cases.case.daysPast', { count: -days })}
    </Alert>
  );
}

/** The moves the caller may make from the current state, each opening its dialog. */
export function TransitionBar({ detail, definition }: { detail: CaseDetail; definition: TypeDefinition }) {
  const { t } = useTranslation();
  const label = useTransitionLabel();
  const [open, setOpen] = useState<Transition | null>(null);
  const permitted = (detail.transitions as Transition[]).filter((tr) => tr.permitted ?? tr.allowed);
  if (!detail.can.transition || permitted.length === 0) {
    return null;
  }
  return (
    <Group gap="xs" role="group" aria-label={t('cases.transitions.title')}>
      {permitted.map((transition) => (
        <Button
          key={transition.to}
          variant={transition.to === 'closed' ? 'default' : 'filled'}
          color={transition.to === 'closed' ? 'red' : undefined}
          onClick={() => setOpen(transition)}
        >
          {label(detail.type, detail.state, transition.to)}
        </Button>
      ))}
      {open && (
        <TransitionDialog detail={detail} definition={definition} transition={open} onClose={() => setOpen(null)} />
      )}
    </Group>
  );
}
