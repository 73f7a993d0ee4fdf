/** The centres tab: national totals, each centre's places, and occupancy over time as a chart with its table. */
import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../common/stays';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PeriodForm, type Period } from '../../../components/PeriodForm';
import { useFormat } from '../../../format';
import { FigureCard } from '../../../components/FigureCard';
import { todayIn } from '../../border/desk/deskFormat';
import { centresQuery, occupancyHistoryQuery, postReception, useReceptionWrite, type Centre } from './centresApi';
import { FiguresGrid, FreeBadge } from './FiguresGrid';

// The four parts of the capacity: each row's total is the capacity (more when the centre is over it).
const HISTORY_SERIES = [
  { key: 'occupied', color: 'blue.7' },
  { key: 'reserved', color: 'grape.6' },
  { key: 'blocked', color: 'gray.6' },
  { key: 'free', color: 'teal.7' },
] as const;

/** The last 30 days up to today (the country's calendar day). */
function lastMonth(): Period {
  const to = todayIn(BORDER_TIME_ZONE);
  return { from: addDays(to, -29), to };
}

function CentresTable({ centres }: { centres: Centre[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder aria-label={t('reception.centres.list')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reception.fields.centre')}</Table.Th>
            <Table.Th>{t('reception.fields.type')}</Table.Th>
            <Table.Th ta="end">{t('reception.figures.capacity')}</Table.Th>
            <Table.Th ta="end">{t('reception.figures.blocked')}</Table.Th>
            <Table.Th ta="end">{t('reception.figures.occupied')}</Table.Th>
            <Table.Th ta="end">{t('reception.figures.reserved')}</Table.Th>
            <Table.Th ta="end">{t('reception.figures.free')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {centres.map((centre) => (
            <Table.Tr key={centre.id} data-centre={centre.code}>
              <Table.Th scope="row" fw="normal">
                <Anchor renderRoot={(props) => <Link {...props} to="/reception/centres/$id" params={{ id: centre.id }} />}>
                  {centre.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`reception.centreTypes.${centre.type}`)}</Table.Td>
              <Table.Td ta="end">{format.number(centre.capacity)}</Table.Td>
              <Table.Td ta="end">{format.number(centre.blocked)}</Table.Td>
              <Table.Td ta="end">{format.number(centre.occupied)}</Table.Td>
              <Table.Td ta="end">{format.number(centre.reserved)}</Table.Td>
              <Table.Td ta="end" data-free={centre.free}>
                <FreeBadge figures={centre} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OccupancyHistory({ centres }: { centres: Centre[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [period, setPeriod] = useState(lastMonth);
  const [siteId, setSiteId] = useState<string | null>(null);
  const history = useQuery(occupancyHistoryQuery(period.from, period.to, siteId ?? undefined));
  const place = centres.find((c) => c.id === siteId)?.name ?? t('reception.centres.national');
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('reception.centres.historyOf')}
          data={[
            { value: '', label: t('reception.centres.national') },
            ...centres.map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={siteId ?? ''}
          onChange={(value) => setSiteId(value || null)}
          allowDeselect={false}
        />
        <PeriodForm
          initial={period}
          onApply={setPeriod}
          errors={fieldErrors(history.error)}
          labels={{
            form: t('reception.centres.period'),
            from: t('reception.centres.from'),
            to: t('reception.centres.to'),
            apply: t('reception.centres.apply'),
            toBeforeFrom: t('reception.centres.toBeforeFrom'),
          }}
        />
      </Group>
      <ErrorAlert error={history.error} />
      {history.data && (
        <FigureCard
          title={t('reception.centres.historyTitle', { place })}
          rowHeading={t('reception.centres.day')}
          kind="timeline"
          figure={{
            series: HISTORY_SERIES.map((s) => ({ key: s.key, label: t(`reception.figures.${s.key}`), color: s.color })),
            rows: history.data.days.map((day) => ({
              key: day.day,
              label: format.date(`${day.day}T12:00:00Z`),
              axisLabel: day.day.slice(5),
              values: {
                occupied: day.occupied,
                reserved: day.reserved,
                blocked: day.blocked,
                free: day.free,
              },
            })),
          }}
          note={t('reception.centres.historyNote')}
        />
      )}
    </Stack>
  );
}

/** The centres tab. */
export function CentresPage() {
  const { t } = useTranslation();
  const centres = useQuery(centresQuery);
  const snapshot = useReceptionWrite(() => postReception<{ day: string; centres: number }>('/occupancy/snapshots', {}));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('reception.centres.intro')}</Text>
        {centres.data?.can.manage && (
          <Button
            variant="default"
            loading={snapshot.isPending}
            onClick={() =>
              snapshot.mutate(undefined, {
                onSuccess: (result) => notifySuccess(t('reception.centres.snapshotDone', { count: result.centres })),
                onError: notifyError,
              })
            }
          >
            {t('reception.centres.snapshot')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={centres.error} />
      {centres.isPending && <Text>{t('common.loading')}</Text>}
      {centres.data && (
        <>
          <FiguresGrid figures={centres.data.national} label={t('reception.centres.national')} />
          {centres.data.centres.length === 0 ? (
            <Text c="dimmed">{t('reception.centres.none')}</Text>
          ) : (
            <CentresTable centres={centres.data.centres} />
          )}
          <OccupancyHistory centres={centres.data.centres} />
        </>
      )}
    </Stack>
  );
}
