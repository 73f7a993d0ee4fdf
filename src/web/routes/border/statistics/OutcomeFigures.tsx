/** What became of the crossings: decisions, grounds of refusal, processing times, alerts. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { FigureCard } from '../../../components/FigureCard';
import { useDurationFormat } from './reportFormat';
import { ALERT_STATUSES, type AlertStatus, type BorderStatistics, type Decision } from './statisticsApi';

const DECISION_COLOURS: Record<Decision, string> = {
  admitted: 'teal.7',
  refused: 'red.7',
  referred: 'yellow.7',
};
const STATUS_COLOURS: Record<AlertStatus, string> = {
  open: 'orange.6',
  confirmed: 'red.7',
  'false-positive': 'gray.6',
  closed: 'dark.3',
};

/** Admitted, refused, referred to second line. */
export function DecisionsFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const decisions = Object.keys(DECISION_COLOURS) as Decision[];
  const rows = decisions.map((decision) => ({
    key: decision,
    label: t(`border.decisions.${decision}`),
    color: DECISION_COLOURS[decision],
    values: { crossings: report.decisions[decision] },
  }));
  const series = [{ key: 'crossings', label: t('border.statistics.crossings'), color: 'blue.7' }];
  return (
    <FigureCard
      title={t('border.statistics.decisions.title')}
      rowHeading={t('border.statistics.decisions.decision')}
      figure={{ series, rows }}
      kind="columns"
      withTotals
    />
  );
}

/** Refusals per ground, by the letters of the refusal form. */
export function RefusalsFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const rows = report.refusalReasons.map(({ reason, count }) => ({
    key: reason,
    label: t(`border.refusalReasons.${reason}`),
    axisLabel: reason,
    values: { refusals: count },
  }));
  const series = [{ key: 'refusals', label: t('border.statistics.refusals.refusals'), color: 'red.7' }];
  return (
    <FigureCard
      title={t('border.statistics.refusals.title')}
      rowHeading={t('border.statistics.refusals.ground')}
      figure={{ series, rows }}
      kind="columns"
      withTotals
    />
  );
}

/** How long crossings took from the first scan to the decision, with the median and 90th percentile. */
export function ProcessingFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDurationFormat();
  const { buckets, measured, medianMs, p90Ms } = report.processing;
  const rows = buckets.map(({ bucket, count }) => ({
    key: bucket,
    label: t(`border.statistics.processing.buckets.${bucket}`),
    values: { crossings: count },
  }));
  const series = [{ key: 'crossings', label: t('border.statistics.crossings'), color: 'indigo.7' }];
  const note = t('border.statistics.processing.note', {
    measured: format.number(measured),
    median: duration(medianMs),
    p90: duration(p90Ms),
  });
  return (
    <FigureCard
      title={t('border.statistics.processing.title')}
      rowHeading={t('border.statistics.processing.time')}
      figure={{ series, rows }}
      kind="columns"
      withTotals
      note={note}
    />
  );
}

/** Alerts raised at the crossings counted, per action, each split by where it stands. */
export function AlertsFigure({ report }: { report: BorderStatistics }) {
  const { t } = useTranslation();
  const rows = report.alerts.actions.map(({ action, statuses }) => ({
    key: action ?? 'none',
    label: action ? t(`border.actions.${action}`) : t('border.statistics.alerts.noAction'),
    values: statuses,
  }));
  const series = ALERT_STATUSES.map((status) => ({
    key: status,
    label: t(`border.alertStatuses.${status}`),
    color: STATUS_COLOURS[status],
  }));
  return (
    <FigureCard
      title={t('border.statistics.alerts.title')}
      rowHeading={t('border.statistics.alerts.action')}
      figure={{ series, rows }}
      kind="ranking"
      withTotals
      note={t('border.statistics.alerts.note')}
    />
  );
}
