/** The public page of a participant's personal test link: who and which session, the tests open now, and taking one. */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Fact } from '../../documents/DocumentFacts';
import type { Phase } from '../sessions/sessionsApi';
import { useTrainingFormat } from '../trainingFormat';
import { PublicFrame } from './PublicFrame';
import { takeOverviewQuery, type TakeOverview } from './takeApi';
import { TakeTest } from './TakeTest';

const route = getRouteApi('/training/take/$code');

function PhaseCard({
  phase,
  onStart,
}: {
  phase: TakeOverview['phases'][number];
  onStart: (phase: Phase) => void;
}) {
  const { t } = useTranslation();
  const name = t(`training.phases.${phase.phase}`);
  const status = phase.taken
    ? { color: 'green', label: t('training.take.taken') }
    : phase.open
      ? { color: 'blue', label: t('training.take.open') }
      : { color: 'gray', label: t('training.take.closed') };
  return (
    <Card withBorder padding="md" component="section" aria-label={name}>
      <Group justify="space-between" mb="sm">
        <Text fw={700}>{name}</Text>
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
      </Group>
      {phase.open && !phase.taken ? (
        <Button onClick={() => onStart(phase.phase)}>{t('training.take.start', { phase: name })}</Button>
      ) : (
        <Text size="sm" c="dimmed">
          {phase.taken ? t('training.take.takenHint') : t('training.take.closedHint')}
        </Text>
      )}
    </Card>
  );
}

/** The page, by the code in the address. */
export function TakePage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { code } = route.useParams();
  const overview = useQuery(takeOverviewQuery(code));
  const [phase, setPhase] = useState<Phase | null>(null);
  if (overview.isPending) {
    return (
      <PublicFrame title={t('training.take.title')}>
        <Text>{t('common.loading')}</Text>
      </PublicFrame>
    );
  }
  if (!overview.data) {
    return (
      <PublicFrame title={t('training.take.title')}>
        <ErrorAlert error={overview.error} />
      </PublicFrame>
    );
  }
  const { participant, session, phases } = overview.data;
  return (
    <PublicFrame title={phase ? t(`training.phases.${phase}`) : t('training.take.title')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('training.take.participant')}>
            <span data-testid="participant-name">{participant.name}</span>
          </Fact>
          <Fact label={t('training.fields.session')}>{session.title}</Fact>
          <Fact label={t('training.fields.course')}>{session.course}</Fact>
          <Fact label={t('training.fields.dates')}>{format.dates(session.startDate, session.endDate)}</Fact>
        </SimpleGrid>
        {phase ? (
          <TakeTest key={phase} code={code} phase={phase} onDone={() => setPhase(null)} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {phases.map((candidate) => (
              <PhaseCard key={candidate.phase} phase={candidate} onStart={setPhase} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </PublicFrame>
  );
}
