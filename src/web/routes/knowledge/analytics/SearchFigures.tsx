/** What people search for most, and what they searched for and did not find (the articles to write next). */
import { SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { FigureRow } from '../../../components/FigureCard';
import { useLanguageName } from '../knowledgeLabels';
import { searchAnalyticsQuery, type Period, type SearchRow } from './analyticsApi';
import { ReportFigure } from './ReportFigure';

/** One bar per search (its words and language). */
function searchRows(rows: readonly SearchRow[], languageName: (code: string) => string): FigureRow[] {
  return rows.map((row) => ({
    key: `${row.language}/${row.query}`,
    label: `${row.query} (${languageName(row.language)})`,
    values: { searches: row.searches },
  }));
}

/** The two search reports side by side. */
export function SearchFigures({ period }: { period: Period }) {
  const { t } = useTranslation();
  const searches = useQuery(searchAnalyticsQuery(period));
  const languageName = useLanguageName();
  if (!searches.data) {
    return searches.isPending ? <Text>{t('common.loading')}</Text> : <ErrorAlert error={searches.error} />;
  }
  const series = [{ key: 'searches', label: t('knowledge.analytics.searches'), color: 'blue.7' }];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ReportFigure
        report="top-searches"
        period={period}
        title={t('knowledge.analytics.topSearches')}
        rowHeading={t('knowledge.analytics.search')}
        figure={{ series, rows: searchRows(searches.data.top, languageName) }}
        kind="ranking"
      />
      <ReportFigure
        report="no-results"
        period={period}
        title={t('knowledge.analytics.noResults')}
        rowHeading={t('knowledge.analytics.search')}
        figure={{
          series: [{ ...series[0]!, color: 'red.7' }],
          rows: searchRows(searches.data.noResults, languageName),
        }}
        kind="ranking"
        note={t('knowledge.analytics.noResultsNote')}
      />
    </SimpleGrid>
  );
}
