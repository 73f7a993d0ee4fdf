/**
 * One figure of the report: a chart and, under it, a table of the same numbers (built from the same rows),
 * so the figures can be read exactly, copied, and reached by screen readers.
 */
import { BarChart, LineChart } from '@mantine/charts';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { useChartMirroring } from './chartMirroring';

/** One series of a figure: a column of the table, a line or a bar colour of the chart. */
export interface FigureSeries {
  key: string;
  label: string;
  color: string;
}

/** One row of a figure: a row of the table, a point or a bar of the chart. */
export interface FigureRow {
  key: string;
  label: string;
  /** A shorter label for the chart's axis (e.g. the letter of a ground of refusal). */
  axisLabel?: string;
  /** Colours this row's bar, when a figure has one series. */
  color?: string;
  values: Record<string, number>;
}

export interface Figure {
  series: FigureSeries[];
  rows: FigureRow[];
}

/** timeline: a line per series over days; columns: vertical bars; ranking: horizontal bars with long labels. */
export type FigureChartKind = 'timeline' | 'columns' | 'ranking';

const CHART_HEIGHT = 260;
const RANKING_BAR_HEIGHT = 28;
/** Room for the names of BCPs and the like beside horizontal bars. */
const RANKING_LABEL_WIDTH = 170;
/** Tables longer than this scroll under a sticky header. */
const TABLE_SCROLL_ROWS = 12;

// Chart rows carry their label under a key no series uses.
const LABEL_KEY = '__label';

function FigureChart({ figure, kind, label }: { figure: Figure; kind: FigureChartKind; label: string }) {
  const format = useFormat();
  const mirroring = useChartMirroring(kind === 'ranking' ? RANKING_LABEL_WIDTH : undefined);
  const data = figure.rows.map((row) => ({
    [LABEL_KEY]: row.axisLabel ?? row.label,
    color: row.color,
    ...row.values,
  }));
  const series = figure.series.map((s) => ({ name: s.key, label: s.label, color: s.color }));
  // Counts are whole numbers: no 0.5 ticks (the category axis ignores the setting).
  const xAxisProps = { ...mirroring.xAxisProps, allowDecimals: false };
  const yAxisProps = { ...mirroring.yAxisProps, allowDecimals: false };
  const common = {
    data,
    dataKey: LABEL_KEY,
    series,
    valueFormatter: format.number,
    withLegend: series.length > 1,
    ...mirroring,
    xAxisProps,
    yAxisProps,
  };
  // The table below carries the same numbers for assistive technology; the chart is one image.
  return (
    <div role="img" aria-label={label}>
      {kind === 'timeline' ? (
        <LineChart h={CHART_HEIGHT} {...common} withDots={data.length <= 31} curveType="linear" />
      ) : (
        <BarChart
          h={kind === 'ranking' ? Math.max(120, data.length * RANKING_BAR_HEIGHT + 60) : CHART_HEIGHT}
          {...common}
          orientation={kind === 'ranking' ? 'vertical' : 'horizontal'}
          type={series.length > 1 ? 'stacked' : 'default'}
          gridAxis={kind === 'ranking' ? 'x' : 'y'}
        />
      )}
    </div>
  );
}

function NumberCell({ value }: { value: number }) {
  const format = useFormat();
  return <Table.Td ta="end">{format.number(value)}</Table.Td>;
}

function FigureTable({
  figure,
  caption,
  rowHeading,
  withTotals,
}: {
  figure: Figure;
  caption: string;
  rowHeading: string;
  withTotals: boolean;
}) {
  const { t } = useTranslation();
  const multiple = figure.series.length > 1;
  const rowTotal = (row: FigureRow) => figure.series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const columnTotal = (key: string) => figure.rows.reduce((sum, row) => sum + (row.values[key] ?? 0), 0);
  return (
    <Table.ScrollContainer
      minWidth={320}
      maxHeight={figure.rows.length > TABLE_SCROLL_ROWS ? 360 : undefined}
    >
      <Table striped withTableBorder stickyHeader aria-label={caption} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{rowHeading}</Table.Th>
            {figure.series.map((s) => (
              <Table.Th key={s.key} ta="end">
                {s.label}
              </Table.Th>
            ))}
            {multiple && <Table.Th ta="end">{t('border.statistics.total')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figure.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw="normal">
                {row.label}
              </Table.Th>
              {figure.series.map((s) => (
                <NumberCell key={s.key} value={row.values[s.key] ?? 0} />
              ))}
              {multiple && <NumberCell value={rowTotal(row)} />}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {withTotals && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('border.statistics.total')}</Table.Th>
              {figure.series.map((s) => (
                <NumberCell key={s.key} value={columnTotal(s.key)} />
              ))}
              {multiple && (
                <NumberCell value={figure.series.reduce((sum, s) => sum + columnTotal(s.key), 0)} />
              )}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

/** A titled figure: its chart, an optional note (e.g. the median), and its table. */
export function FigureCard({
  title,
  rowHeading,
  figure,
  kind,
  withTotals = false,
  note,
}: {
  title: string;
  rowHeading: string;
  figure: Figure;
  kind: FigureChartKind;
  withTotals?: boolean;
  note?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        {figure.rows.length === 0 ? (
          <Text size="sm">{t('border.statistics.nothing')}</Text>
        ) : (
          <>
            <FigureChart figure={figure} kind={kind} label={t('border.statistics.chartOf', { title })} />
            <FigureTable figure={figure} caption={title} rowHeading={rowHeading} withTotals={withTotals} />
          </>
        )}
      </Stack>
    </Card>
  );
}
