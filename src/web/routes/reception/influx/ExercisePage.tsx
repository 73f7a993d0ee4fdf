/** One exercise: its progress while it runs (refreshing), then its report: throughput, waiting times, triage, centres. */
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PageTitle } from '../../../components/PageTitle';
import { useFormat } from '../../../format';
import { can, useMe } from '../../../session';
import { FigureCard } from '../../../components/FigureCard';
import { postReception, useReceptionWrite } from '../centres/centresApi';
import { ExerciseProgress } from './ExercisesPage';
import { exerciseReportQuery, TRIAGE_FLAGS, type ExerciseReport, type Waits } from './influxApi';

const route = getRouteApi('/app/reception/exercises/$id');
const WAIT_KINDS = ['arrivalToPreregistered', 'preregisteredToAllocated', 'arrivalToAllocated'] as const;

/** Seconds as "1 h 05 min", "4 min 10 s" or "12 s". */
function useDuration() {
  const { t } = useTranslation();
  return (seconds: number) => {
    const s = Math.round(seconds);
    if (s >= 3600) {
      return t('reception.duration.hours', { h: Math.floor(s / 3600), m: String(Math.floor((s % 3600) / 60)).padStart(2, '0') });
    }
    if (s >= 60) {
      return t('reception.duration.minutes', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
    }
    return t('reception.duration.seconds', { s });
  };
}

function WaitsTable({ waits }: { waits: ExerciseReport['waits'] }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const cells = (w: Waits) => [w.p50, w.p95, w.max].map((value, i) => <Table.Td key={i} ta="end">{duration(value)}</Table.Td>);
  return (
    <Card withBorder padding="md" component="section" aria-label={t('reception.report.waits')}>
      <Title order={3} size="h4" mb="sm">{t('reception.report.waits')}</Title>
      <Table striped withTableBorder aria-label={t('reception.report.waits')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reception.report.stage')}</Table.Th>
            <Table.Th ta="end">{t('reception.report.p50')}</Table.Th>
            <Table.Th ta="end">{t('reception.report.p95')}</Table.Th>
            <Table.Th ta="end">{t('reception.report.max')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WAIT_KINDS.map((kind) => (
            <Table.Tr key={kind}>
              <Table.Th scope="row" fw="normal">{t(`reception.report.stages.${kind}`)}</Table.Th>
              {cells(waits[kind])}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function Headline({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700}>{value}</Text>
    </Card>
  );
}

function Report({ report }: { report: ExerciseReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" role="group" aria-label={t('reception.report.headline')}>
        <Headline label={t('reception.report.people')} value={format.number(report.people)} />
        <Headline label={t('reception.report.groups')} value={format.number(report.groups)} />
        <Headline label={t('reception.report.elapsed')} value={t('reception.report.minutes', { count: Math.round(report.elapsedMinutes) })} />
        <Headline label={t('reception.report.throughput')} value={t('reception.report.perHour', { count: Math.round(report.throughputPerHour) })} />
        <Headline label={t('reception.report.overCapacity')} value={format.number(report.overCapacity)} />
      </SimpleGrid>
      <WaitsTable waits={report.waits} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <FigureCard
          title={t('reception.report.triage')}
          rowHeading={t('reception.report.flag')}
          kind="ranking"
          figure={{
            series: [{ key: 'people', label: t('reception.report.people'), color: 'red.7' }],
            rows: TRIAGE_FLAGS.map((flag) => ({ key: flag, label: t(`reception.triage.${flag}`), values: { people: report.triage[flag] } })),
          }}
        />
        <FigureCard
          title={t('reception.report.centres')}
          rowHeading={t('reception.fields.centre')}
          kind="ranking"
          withTotals
          figure={{
            series: [{ key: 'allocated', label: t('reception.report.allocated'), color: 'blue.7' }],
            rows: report.centres.map((c) => ({ key: c.id, label: c.name, values: { allocated: c.allocated } })),
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The exercise page, by id from the address. */
export function ExercisePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const me = useMe();
  const report = useQuery({
    ...exerciseReportQuery(id),
    // While it runs, the progress and figures follow it.
    refetchInterval: (query) => (query.state.data?.exercise.status === 'running' ? 5_000 : false),
  });
  const finish = useReceptionWrite(() => postReception(`/influx/exercises/${id}/finish`, {}));
  if (report.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!report.data) {
    return <ErrorAlert error={report.error} />;
  }
  const { exercise } = report.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reception/exercises" size="sm">{t('reception.exercises.back')}</Anchor>
      <PageTitle>{t('reception.exercises.named', { name: exercise.name })}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <ExerciseProgress exercise={exercise} />
        <Group>
          <Button
            variant="default"
            renderRoot={(props) => <Link {...props} to="/reception/board" search={{ plan: exercise.planId, exercise: exercise.id }} />}
          >
            {t('reception.exercises.openBoard')}
          </Button>
          {exercise.status === 'running' && exercise.mode === 'manual' && can(me, ['influx.preregister']) && (
            <Button variant="light" renderRoot={(props) => <Link {...props} to="/reception/influx" search={{ plan: exercise.planId, exercise: exercise.id }} />}>
              {t('reception.exercises.openDesk')}
            </Button>
          )}
          {exercise.status === 'running' && can(me, ['influx.activate']) && (
            <Button
              color="grape"
              loading={finish.isPending}
              onClick={() => finish.mutate(undefined, { onSuccess: () => notifySuccess(t('reception.exercises.finished')), onError: notifyError })}
            >
              {t('reception.exercises.finish')}
            </Button>
          )}
        </Group>
      </Group>
      {exercise.status === 'running' && <Alert color="grape">{t('reception.exercises.runningNote')}</Alert>}
      <Report report={report.data} />
    </Stack>
  );
}
