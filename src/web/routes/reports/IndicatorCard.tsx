/**
 * One indicator: its title and what it counts, which filters it ignores, its chart and, always shown under
 * it, its table; what hidden counts mean when there are any; and its data as CSV or XLSX for callers who
 * may export.
 */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../session';
import { useReportText } from './cellFormat';
import { hiddenCellsIn } from './hiddenCells';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorTable } from './IndicatorTable';
import { EXPORT_FORMATS, indicatorFileUrl, type Indicator, type ReportFilter } from './reportsApi';

function Downloads({ indicator, filter, title }: { indicator: Indicator; filter: ReportFilter; title: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('reports.download.label')}>
      {EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          component="a"
          href={indicatorFileUrl(indicator.key, format, filter)}
          download
          variant="default"
          size="xs"
          aria-label={t('reports.download.named', { title, format: t(`reports.download.${format}`) })}
        >
          {t(`reports.download.${format}`)}
        </Button>
      ))}
    </Group>
  );
}

/** The filters the caller set that this indicator does not apply. */
function IgnoredFilters({ indicator, filter }: { indicator: Indicator; filter: ReportFilter }) {
  const { t } = useTranslation();
  const notes = [
    filter.siteId && !indicator.filters.site ? t('reports.notApplied.site') : null,
    filter.organisationId && !indicator.filters.organisation ? t('reports.notApplied.organisation') : null,
  ].filter((note): note is string => note !== null);
  return notes.length === 0 ? null : (
    <Text size="sm" c="orange.9">
      {notes.join(' ')}
    </Text>
  );
}

/** What the hidden cells of the table mean: one sentence per kind of hidden cell it holds. */
function SuppressionNote({ indicator, threshold }: { indicator: Indicator; threshold: number }) {
  const { t } = useTranslation();
  const kinds = hiddenCellsIn(indicator);
  const notes = [
    kinds.has('small') ? t('reports.suppression.noteSmall', { threshold: String(threshold), max: String(threshold - 1) }) : null,
    kinds.has('protecting') ? t('reports.suppression.noteProtecting') : null,
    kinds.has('derived') ? t('reports.suppression.noteDerived') : null,
  ].filter((note): note is string => note !== null);
  return (
    <Text size="xs" c="dimmed" data-testid="suppression-note">
      {notes.join(' ')}
    </Text>
  );
}

/** The card of one indicator; `filter` is the page's (the files are asked for with the same one). */
export function IndicatorCard({
  indicator,
  filter,
  threshold,
}: {
  indicator: Indicator;
  filter: ReportFilter;
  threshold: number;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const text = useReportText();
  const titleId = useId();
  const title = text(indicator.titleKey);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} data-indicator={indicator.key}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={titleId} style={{ flex: '1 1 16rem' }}>
            {title}
          </Title>
          {can(me, ['reports.export']) && <Downloads indicator={indicator} filter={filter} title={title} />}
        </Group>
        <Text size="sm" c="dimmed">
          {text(indicator.descriptionKey)}
        </Text>
        <IgnoredFilters indicator={indicator} filter={filter} />
        {indicator.rows.length === 0 ? (
          <Text size="sm">{t('reports.empty')}</Text>
        ) : (
          <>
            <IndicatorChart indicator={indicator} threshold={threshold} title={title} />
            <IndicatorTable indicator={indicator} threshold={threshold} labelledBy={titleId} />
          </>
        )}
        {indicator.anySuppressed && <SuppressionNote indicator={indicator} threshold={threshold} />}
      </Stack>
    </Card>
  );
}
