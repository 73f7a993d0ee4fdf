/**
 * A report on screen: what it covers (period, scope), then one card per indicator; "counting" while the
 * answer is on its way (the previous one stays visible meanwhile), the server's explanation when it fails.
 */
import { Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useDayFormat } from '../border/statistics/reportFormat';
import { useMe } from '../../session';
import { IndicatorCard } from './IndicatorCard';
import type { Report, ReportFilter } from './reportsApi';

function Coverage({ report }: { report: Report }) {
  const { t } = useTranslation();
  const me = useMe();
  const days = useDayFormat();
  return (
    <Text size="sm" data-testid="report-period">
      {t('reports.period', { from: days.full(report.filter.from), to: days.full(report.filter.to) })}{' '}
      <Ltr>({report.filter.timeZone})</Ltr>. {me.national ? t('reports.scope.national') : t('reports.scope.organisation')}
    </Text>
  );
}

/** The filter the report was counted with, as its files are asked for (the server's defaults filled in). */
function countedFilter(report: Report): ReportFilter {
  const { from, to, siteId, organisationId } = report.filter;
  return { from, to, ...(siteId ? { siteId } : {}), ...(organisationId ? { organisationId } : {}) };
}

/** The indicators of one answer (the national page or a module's dashboard). */
export function ReportView({ report }: { report: UseQueryResult<Report> }) {
  const { t } = useTranslation();
  const data = report.data;
  return (
    <Stack gap="md">
      <ErrorAlert error={report.error} />
      {report.isFetching && (
        <Group gap="xs" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm">{t('reports.counting')}</Text>
        </Group>
      )}
      {data && (
        <>
          <Coverage report={data} />
          {data.indicators.length === 0 && <Text>{t('reports.none')}</Text>}
          {data.indicators.map((indicator) => (
            <IndicatorCard
              key={indicator.key}
              indicator={indicator}
              filter={countedFilter(data)}
              threshold={data.suppression.threshold}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
