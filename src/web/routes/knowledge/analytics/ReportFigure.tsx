/** One analytics report: the shared figure (chart with its table) and the report's CSV download under it. */
import { Button, Group, Stack } from '@mantine/core';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/FigureCard';
import { reportCsvUrl, type Period, type Report } from './analyticsApi';

/** Colours of stacked series (topics, languages), distinct and dark enough for white gaps between them. */
export const SERIES_COLOURS = [
  'blue.7',
  'teal.7',
  'grape.6',
  'orange.7',
  'cyan.7',
  'pink.6',
  'lime.7',
  'indigo.6',
  'red.7',
  'yellow.7',
];

/** A link that downloads a report as CSV, named for screen readers after the report. */
export function CsvButton({ report, period, title }: { report: Report; period: Period; title: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={reportCsvUrl(report, period)}
      download
      variant="default"
      size="xs"
      aria-label={t('knowledge.analytics.csvOf', { title })}
    >
      {t('knowledge.analytics.csv')}
    </Button>
  );
}

/** The figure and, when the report has one, its CSV button. */
export function ReportFigure({
  report,
  period,
  ...figure
}: ComponentProps<typeof FigureCard> & { report?: Report; period: Period }) {
  return (
    <Stack gap={4}>
      <FigureCard {...figure} />
      {report && (
        <Group justify="flex-end">
          <CsvButton report={report} period={period} title={figure.title} />
        </Group>
      )}
    </Stack>
  );
}
