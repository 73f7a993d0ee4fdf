/** The report's headline numbers, each in its own tile. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { useDurationFormat } from './reportFormat';
import type { BorderStatistics } from './statisticsApi';

function Tile({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Crossings, travellers, vehicles, refusals, alerts and the median processing time. */
export function ReportTotals({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Tile label={t('border.statistics.totals.crossings')} value={format.number(report.totals.crossings)} />
      <Tile
        label={t('border.statistics.totals.travellers')}
        value={format.number(report.totals.travellers)}
      />
      <Tile label={t('border.statistics.totals.vehicles')} value={format.number(report.totals.vehicles)} />
      <Tile label={t('border.statistics.totals.refused')} value={format.number(report.decisions.refused)} />
      <Tile label={t('border.statistics.totals.alerts')} value={format.number(report.totals.alerts)} />
      <Tile
        label={t('border.statistics.totals.medianProcessing')}
        value={duration(report.processing.medianMs)}
      />
    </SimpleGrid>
  );
}
