/** The live board of a plan: arrivals per hour, triage counts and places left per centre, refreshing by itself. */
import { Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { useFormat } from '../../../format';
import { can, useMe } from '../../../session';
import { FigureCard } from '../../../components/FigureCard';
import { boardQuery, exercisesQuery, plansQuery, TRIAGE_FLAGS, type Board } from './influxApi';
import { pickPlan } from './InfluxPage';

const route = getRouteApi('/app/reception/board');
const REFRESH_MS = 10_000;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  const format = useFormat();
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {format.number(value)}
      </Text>
    </Card>
  );
}

function BoardFigures({ board }: { board: Board }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hour = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" role="group" aria-label={t('reception.board.counts')}>
        <Count label={t('reception.board.arrived')} value={board.triage.total} testId="board-total" />
        {TRIAGE_FLAGS.map((flag) => (
          <Count key={flag} label={t(`reception.triage.${flag}`)} value={board.triage[flag]} testId={`board-${flag}`} />
        ))}
        <Count label={t('reception.board.groups')} value={board.groups} testId="board-groups" />
        <Count label={t('reception.board.placesLeft')} value={board.placesLeft} testId="board-places-left" />
      </SimpleGrid>
      {board.overCapacity > 0 && <Text c="red.8">{t('reception.board.overCapacity', { count: board.overCapacity })}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <FigureCard
          title={t('reception.board.perHour')}
          rowHeading={t('reception.board.hour')}
          kind="columns"
          withTotals
          figure={{
            series: [{ key: 'count', label: t('reception.board.arrivals'), color: 'blue.7' }],
            rows: board.arrivalsPerHour.map((h) => ({
              key: h.hour,
              label: format.dateTime(h.hour),
              axisLabel: hour.format(new Date(h.hour)),
              values: { count: h.count },
            })),
          }}
        />
        <FigureCard
          title={t('reception.board.perCentre')}
          rowHeading={t('reception.fields.centre')}
          kind="ranking"
          withTotals
          figure={{
            series: [
              { key: 'occupied', label: t('reception.figures.occupied'), color: 'blue.7' },
              { key: 'reserved', label: t('reception.figures.reserved'), color: 'grape.6' },
              { key: 'free', label: t('reception.figures.free'), color: 'teal.7' },
            ],
            rows: board.centres.map((c) => ({
              key: c.id,
              label: c.name,
              values: { occupied: c.occupied, reserved: c.reserved, free: c.free },
            })),
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The board tab. */
export function BoardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const search = route.useSearch();
  const plans = useQuery(plansQuery);
  const plan = pickPlan(plans.data?.plans ?? [], search.plan);
  const exercises = useQuery({ ...exercisesQuery(plan?.id), enabled: !!plan });
  const exerciseId = exercises.data?.exercises.some((e) => e.id === search.exercise) ? search.exercise : undefined;
  const board = useQuery({ ...boardQuery(plan?.id ?? '', exerciseId, REFRESH_MS), enabled: !!plan });
  const setSearch = (patch: { plan?: string; exercise?: string }) =>
    void navigate({ to: '/reception/board', search: { plan: plan?.id, exercise: exerciseId, ...patch } });
  if (plans.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  return (
    <Stack gap="md">
      <ErrorAlert error={plans.error} />
      {plans.data?.plans.length === 0 && <Text c="dimmed">{t('reception.plans.none')}</Text>}
      {plan && (
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('reception.plans.plan')}
            data={(plans.data?.plans ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${t(`reception.plans.statuses.${p.status}`)}` }))}
            value={plan.id}
            onChange={(id) => id && setSearch({ plan: id, exercise: undefined })}
            allowDeselect={false}
          />
          <Select
            label={t('reception.board.dataset')}
            data={[
              { value: '', label: t('reception.exercises.realData') },
              ...(exercises.data?.exercises ?? []).map((e) => ({ value: e.id, label: t('reception.exercises.named', { name: e.name }) })),
            ]}
            value={exerciseId ?? ''}
            onChange={(value) => setSearch({ exercise: value || undefined })}
            allowDeselect={false}
          />
          {/* The pre-registrations of the plan in this dataset, for those who pre-register. */}
          {can(me, ['influx.preregister']) && <ExportButton path={`/api/reception/influx/plans/${plan.id}/registrations/export`} params={{ exerciseId }} />}
          <Text size="sm" c="dimmed" data-testid="board-updated">
            {board.data ? t('reception.board.updated', { time: format.dateTime(board.data.at) }) : ''}
          </Text>
        </Group>
      )}
      <ErrorAlert error={board.error} />
      {board.data && <BoardFigures board={board.data} />}
    </Stack>
  );
}
