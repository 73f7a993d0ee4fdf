/**
 * An indicator's chart: horizontal bars, one per value of the chart's category column (names read best
 * beside the bars), stacked or side by side as the API says, mirrored for right-to-left reading.
 * It is one image for assistive technology: the table beside it carries the same numbers.
 */
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChartMirroring } from '../../components/chartMirroring';
import { useCellFormat, useReportText } from './cellFormat';
import { chartBars, hasBars } from './indicatorChart';
import type { Indicator } from './reportsApi';

/** Colours of the series, distinct and dark enough for white gaps between stacked bars. */
const SERIES_COLOURS = ['blue.7', 'teal.7', 'orange.7', 'grape.6', 'cyan.7', 'red.7', 'lime.7', 'indigo.6'];
/** Room for the names of centres, offices and the like beside the bars. */
const CATEGORY_WIDTH = 170;
const BAR_HEIGHT = 30;

// Chart rows carry their category under a key no series uses.
const CATEGORY_KEY = '__category';

/** The chart of one indicator, or a line saying there is nothing to draw. */
export function IndicatorChart({ indicator, threshold, title }: { indicator: Indicator; threshold: number; title: string }) {
  const { t } = useTranslation();
  const text = useReportText();
  const format = useCellFormat(threshold);
  const mirroring = useChartMirroring(CATEGORY_WIDTH);
  const bars = chartBars(indicator);
  if (!hasBars(bars)) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.noBars')}
      </Text>
    );
  }
  const xColumn = indicator.columns.find((c) => c.key === indicator.chart.x);
  const data = bars.map((bar) => ({
    [CATEGORY_KEY]: xColumn ? format.label(xColumn, bar.category) : String(bar.category ?? ''),
    ...bar.values,
  }));
  const series = indicator.chart.series.map((key, index) => {
    const column = indicator.columns.find((c) => c.key === key);
    return {
      name: key,
      label: column ? text(column.titleKey) : key,
      color: SERIES_COLOURS[index % SERIES_COLOURS.length]!,
    };
  });
  return (
    <>
      <div role="img" aria-label={t('reports.chartOf', { title })}>
        <BarChart
          h={Math.max(140, data.length * BAR_HEIGHT * (indicator.chart.type === 'bar' ? series.length : 1) + 70)}
          data={data}
          dataKey={CATEGORY_KEY}
          series={series}
          orientation="vertical"
          type={indicator.chart.type === 'stacked-bar' ? 'stacked' : 'default'}
          gridAxis="x"
          withLegend={series.length > 1}
          valueFormatter={format.number}
          {...mirroring}
          xAxisProps={{ ...mirroring.xAxisProps, allowDecimals: false }}
          yAxisProps={{ ...mirroring.yAxisProps, allowDecimals: false }}
        />
      </div>
      {bars.some((bar) => bar.partial) && (
        <Text size="xs" c="dimmed">
          {t('reports.partialChart')}
        </Text>
      )}
    </>
  );
}
