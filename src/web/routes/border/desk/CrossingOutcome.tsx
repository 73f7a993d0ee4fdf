/** What recording a crossing answered: the decision, the processing time, the person, and the alerts raised to resolve now. */
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { AlertCard } from './AlertCard';
import type { RecordedCrossing } from './deskApi';
import { useDuration } from './deskFormat';
import { DecisionBadge } from './TravelFacts';

/** One recorded crossing; `actions` holds what comes next (the next traveller's button). */
export function CrossingOutcome({
  recorded,
  title,
  actions,
}: {
  recorded: RecordedCrossing;
  title: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const duration = useDuration();
  const { crossing, person, alerts } = recorded;
  return (
    <Stack gap="xs">
      <Paper withBorder p="sm" role="status" aria-label={title}>
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <Text fw={700}>{title}</Text>
            <DecisionBadge crossing={crossing} />
            <Text size="sm">
              {t('border.desk.processingTime')}: {duration(crossing.processingMs)}
            </Text>
            <Text size="sm">
              {person.registered ? t('border.desk.recorded.registered') : t('border.desk.recorded.known')}{' '}
              <Anchor href={`/people/${person.id}`} target="_blank" rel="noreferrer">
                <Ltr mono>{person.registrationNumber}</Ltr>
              </Anchor>
            </Text>
          </Group>
          {actions}
        </Group>
      </Paper>
      {alerts.length > 0 && (
        <Stack gap="xs">
          <Text fw={700} c="red.9">
            {t('border.desk.recorded.alerts', { count: alerts.length })}
          </Text>
          {alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
