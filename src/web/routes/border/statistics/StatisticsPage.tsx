/**
 * Border statistics: crossings per day, BCP, direction and nationality, decisions and grounds of refusal,
 * processing times and alerts over a period of days at the border, each figure a chart with its table.
 */
import { Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { BcpsFigure, DaysFigure, NationalitiesFigure } from './CrossingFigures';
import { AlertsFigure, DecisionsFigure, ProcessingFigure, RefusalsFigure } from './OutcomeFigures';
import { ReportTotals } from './ReportTotals';
import { useDayFormat } from './reportFormat';
import { StatisticsFilters } from './StatisticsFilters';
import { defaultFilter, statisticsQuery, type BorderStatistics } from './statisticsApi';

/** What the report covers: its days and the calendar they are counted in. */
function ReportPeriod({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const days = useDayFormat();
  const { from, to, timeZone } = report.period;
  return (
    <Text size="sm">
      {t('border.statistics.period', {
        from: days.full(from),
        to: days.full(to),
        days: format.number(report.period.days),
      })}{' '}
      <Ltr>({timeZone})</Ltr>
    </Text>
  );
}

function Report({ report }: { report: BorderStatistics }) {
  return (
    <Stack gap="md">
      <ReportPeriod report={report} />
      <ReportTotals report={report} />
      <DaysFigure report={report} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <BcpsFigure report={report} />
        <NationalitiesFigure report={report} />
        <DecisionsFigure report={report} />
        <RefusalsFigure report={report} />
        <ProcessingFigure report={report} />
        <AlertsFigure report={report} />
      </SimpleGrid>
    </Stack>
  );
}

/** The statistics tab of border management. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState(defaultFilter);
  const statistics = useQuery(statisticsQuery(filter));
  return (
    <Stack gap="md">
      <Text>{t('border.statistics.intro')}</Text>
      <StatisticsFilters initial={filter} onApply={setFilter} errors={fieldErrors(statistics.error)} />
      {statistics.isFetching && (
        <Group gap="xs" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm">{t('border.statistics.counting')}</Text>
        </Group>
      )}
      {statistics.data && <Report report={statistics.data} />}
    </Stack>
  );
}
