/** The report's crossing counts: per day by direction, per BCP, by nationality. */
import { useTranslation } from 'react-i18next';
import { FigureCard, type FigureSeries } from '../../../components/FigureCard';
import { useDayFormat } from './reportFormat';
import { DIRECTIONS, type BorderStatistics, type Direction } from './statisticsApi';

const DIRECTION_COLOURS: Record<Direction, string> = { entry: 'teal.7', exit: 'blue.7', transit: 'grape.6' };

/** One series per direction, or only the direction the report is limited to. */
function useDirectionSeries(report: BorderStatistics): FigureSeries[] {
  const { t } = useTranslation();
  const directions = report.filter.direction ? [report.filter.direction] : DIRECTIONS;
  return directions.map((direction) => ({
    key: direction,
    label: t(`border.directions.${direction}`),
    color: DIRECTION_COLOURS[direction],
  }));
}

/** The direction counts of a day or a BCP, as figure values. */
function byDirection(counts: Record<Direction, number>): Record<Direction, number> {
  return { entry: counts.entry, exit: counts.exit, transit: counts.transit };
}

/** Every day of the period, each direction a line. */
export function DaysFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const days = useDayFormat();
  const series = useDirectionSeries(report);
  const rows = report.days.map((day) => ({
    key: day.day,
    label: days.full(day.day),
    axisLabel: days.short(day.day),
    values: byDirection(day),
  }));
  return (
    <FigureCard
      title={t('border.statistics.days.title')}
      rowHeading={t('border.statistics.days.day')}
      figure={{ series, rows }}
      kind="timeline"
      withTotals
    />
  );
}

/** Each BCP in the caller's scope, busiest first, its bar split by direction. */
export function BcpsFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const series = useDirectionSeries(report);
  const rows = report.bcps.map((bcp) => ({ key: bcp.siteId, label: bcp.name, values: byDirection(bcp) }));
  return (
    <FigureCard
      title={t('border.statistics.bcps.title')}
      rowHeading={t('border.statistics.bcps.bcp')}
      figure={{ series, rows }}
      kind="ranking"
      withTotals
    />
  );
}

/** The most frequent nationalities, then the others together. */
export function NationalitiesFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const { top, other } = report.nationalities;
  const rows = top.map((n) => ({
    key: n.nationality ?? 'unknown',
    label: n.nationality ?? t('border.statistics.nationalities.unknown'),
    values: { crossings: n.crossings },
  }));
  if (other.nationalities > 0) {
    rows.push({
      key: 'other',
      label: t('border.statistics.nationalities.other', { count: other.nationalities }),
      values: { crossings: other.crossings },
    });
  }
  const series = [{ key: 'crossings', label: t('border.statistics.crossings'), color: 'blue.7' }];
  return (
    <FigureCard
      title={t('border.statistics.nationalities.title')}
      rowHeading={t('border.statistics.nationalities.nationality')}
      figure={{ series, rows }}
      kind="ranking"
      withTotals
      note={t('border.statistics.nationalities.note')}
    />
  );
}
