/**
 * How the answers are used: "was this helpful?" per article and language, and calls per week stacked by topic
 * and by the caller's language (a call has one topic and one language, so each stack adds up to the week's calls).
 */
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import type { Figure } from '../../../components/FigureCard';
import { useLanguageName } from '../knowledgeLabels';
import { callAnalyticsQuery, helpfulnessQuery, type CallsRow, type Period } from './analyticsApi';
import { ReportFigure, SERIES_COLOURS } from './ReportFigure';

/** Helpful and not helpful per article and language. */
export function HelpfulnessFigure({ period }: { period: Period }) {
  const { t } = useTranslation();
  const helpfulness = useQuery(helpfulnessQuery(period));
  const languageName = useLanguageName();
  if (!helpfulness.data) {
    return helpfulness.isPending ? (
      <Text>{t('common.loading')}</Text>
    ) : (
      <ErrorAlert error={helpfulness.error} />
    );
  }
  const figure: Figure = {
    series: [
      { key: 'helpful', label: t('knowledge.analytics.helpful'), color: 'green.7' },
      { key: 'notHelpful', label: t('knowledge.analytics.notHelpful'), color: 'red.7' },
    ],
    rows: helpfulness.data.map((row) => ({
      key: `${row.articleId}/${row.language}`,
      label: `${row.key} (${languageName(row.language)})`,
      values: { helpful: row.helpful, notHelpful: row.notHelpful },
    })),
  };
  return (
    <ReportFigure
      report="helpfulness"
      period={period}
      title={t('knowledge.analytics.helpfulness')}
      rowHeading={t('knowledge.analytics.article')}
      figure={figure}
      kind="ranking"
      withTotals
    />
  );
}

/** A bar per week, a stacked segment per value of `split` (topic or language). */
function weeklyFigure(
  rows: readonly CallsRow[],
  split: (row: CallsRow) => { key: string; label: string },
  weekLabel: (week: string) => string,
): Figure {
  const series = new Map<string, { key: string; label: string; color: string }>();
  const weeks = new Map<string, Figure['rows'][number]>();
  for (const row of rows) {
    const part = split(row);
    if (!series.has(part.key)) {
      series.set(part.key, { ...part, color: SERIES_COLOURS[series.size % SERIES_COLOURS.length]! });
    }
    const week = weeks.get(row.week) ?? { key: row.week, label: weekLabel(row.week), values: {} };
    week.values[part.key] = (week.values[part.key] ?? 0) + row.calls;
    weeks.set(row.week, week);
  }
  return { series: [...series.values()], rows: [...weeks.values()] };
}

/** Calls per week by topic and by language (the same CSV, by week, topic, language and outcome, serves both). */
export function CallFigures({ period }: { period: Period }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const calls = useQuery(callAnalyticsQuery(period, i18n.language));
  const languageName = useLanguageName();
  if (!calls.data) {
    return calls.isPending ? <Text>{t('common.loading')}</Text> : <ErrorAlert error={calls.error} />;
  }
  const weekLabel = (week: string) => t('knowledge.analytics.weekOf', { date: format.date(week) });
  const byTopic = weeklyFigure(
    calls.data,
    (row) => ({ key: row.categoryId ?? 'none', label: row.topic || t('knowledge.analytics.noTopic') }),
    weekLabel,
  );
  const byLanguage = weeklyFigure(
    calls.data,
    (row) => ({ key: row.language, label: languageName(row.language) }),
    weekLabel,
  );
  return (
    <>
      <ReportFigure
        report="calls"
        period={period}
        title={t('knowledge.analytics.callsByTopic')}
        rowHeading={t('knowledge.analytics.week')}
        figure={byTopic}
        kind="columns"
        withTotals
      />
      <ReportFigure
        report="calls"
        period={period}
        title={t('knowledge.analytics.callsByLanguage')}
        rowHeading={t('knowledge.analytics.week')}
        figure={byLanguage}
        kind="columns"
        withTotals
      />
    </>
  );
}
