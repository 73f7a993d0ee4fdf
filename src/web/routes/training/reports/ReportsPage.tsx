/**
 * Reports for funders: people trained over a period by organisation, course, month and sex, each a chart
 * with its table, split into those whose knowledge was evaluated (both tests) and those not; CSV and XLSX.
 */
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PeriodForm } from '../../../components/PeriodForm';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../common/stays';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FigureCard, type FigureChartKind } from '../../../components/FigureCard';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { todayIn } from '../../border/desk/deskFormat';
import { useTrainingFormat } from '../trainingFormat';
import {
  REPORT_DIMENSIONS,
  totalsBy,
  trainedReportFileUrl,
  trainedReportQuery,
  type Period,
  type ReportDimension,
  type TrainedRow,
} from './reportsApi';

const CHART_KINDS: Record<ReportDimension, FigureChartKind> = {
  organisation: 'ranking',
  course: 'ranking',
  month: 'columns',
  sex: 'columns',
};

/** The last twelve months up to today (the country's calendar day, as the sessions' dates are). */
function lastYear(): Period {
  const to = todayIn(BORDER_TIME_ZONE);
  return { from: addDays(to, -364), to };
}

function DimensionFigure({ rows, dimension }: { rows: TrainedRow[]; dimension: ReportDimension }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const label = (key: string) => {
    switch (dimension) {
      case 'sex':
        return format.sex(key);
      case 'month':
        return format.month(key);
      case 'organisation':
      case 'course':
        return key;
    }
  };
  return (
    <FigureCard
      title={t(`training.reports.by.${dimension}`)}
      rowHeading={t(`training.reports.dimensions.${dimension}`)}
      kind={CHART_KINDS[dimension]}
      withTotals
      figure={{
        // The two do not overlap, so the stack (and the total column) is everyone trained.
        series: [
          { key: 'evaluated', label: t('training.reports.evaluated'), color: 'blue.7' },
          { key: 'notEvaluated', label: t('training.reports.notEvaluated'), color: 'gray.5' },
        ],
        rows: totalsBy(rows, dimension).map((total) => ({
          key: total.key,
          label: label(total.key),
          values: { evaluated: total.evaluated, notEvaluated: total.trained - total.evaluated },
        })),
      }}
    />
  );
}

/** The reports tab. */
export function ReportsPage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const [period, setPeriod] = useState(lastYear);
  const report = useQuery(trainedReportQuery(period));
  return (
    <Stack gap="md">
      <Text maw={760}>{t('training.reports.intro')}</Text>
      <PeriodForm
        initial={period}
        onApply={setPeriod}
        errors={fieldErrors(report.error)}
        labels={{
          form: t('training.reports.period'),
          from: t('training.reports.from'),
          to: t('training.reports.to'),
          apply: t('training.reports.apply'),
          toBeforeFrom: t('training.reports.toBeforeFrom'),
        }}
      />
      <Group gap="sm">
        {(['csv', 'xlsx'] as const).map((kind) => (
          <Button
            key={kind}
            component="a"
            href={trainedReportFileUrl(kind, period)}
            download
            variant="default"
          >
            {t(`training.reports.${kind}`)}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={report.error} />
      {report.isPending && <Text>{t('common.loading')}</Text>}
      {report.data && (
        <>
          <Text fw={600} data-testid="report-totals">
            {t('training.reports.totals', {
              trained: format.number(report.data.totals.trained),
              evaluated: format.number(report.data.totals.evaluated),
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {REPORT_DIMENSIONS.map((dimension) => (
              <DimensionFigure key={dimension} rows={report.data.rows} dimension={dimension} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
