/** The editors' articles: filters, and per article its status, category and translation state per language. */
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useCatalogue } from '../knowledgeApi';
import { useEditorCategories, VERSION_COLOURS } from '../knowledgeLabels';
import { ArticleFilters } from './ArticleFilters';
import { articlesQuery, type ArticleFilter, type ArticleSummary } from './articlesApi';
import { TranslationMarkers } from './TranslationMarkers';

function StatusCell({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={VERSION_COLOURS[article.status]} variant="light">
        {t(`knowledge.statuses.${article.status}`)}
      </Badge>
      {article.liveVersion !== null && article.working && (
        <Text size="xs" c="dimmed">
          {t('knowledge.articles.liveWhileWorking', {
            live: article.liveVersion,
            working: article.working.number,
          })}
        </Text>
      )}
    </Stack>
  );
}

/** The articles tab. */
export function ArticlesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<ArticleFilter>({});
  const articles = useQuery(articlesQuery(filter));
  const catalogue = useCatalogue();
  const categories = useEditorCategories();
  // The list names the active languages; their native names and order come from the catalogue.
  const active = new Set(articles.data?.languages ?? []);
  const languages = (catalogue.data?.languages ?? []).filter((l) => active.size === 0 || active.has(l.code));
  const rows = articles.data?.articles ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text maw={720}>{t('knowledge.articles.intro')}</Text>
        <Button component={Link} to="/knowledge/articles/new">
          {t('knowledge.articles.new')}
        </Button>
      </Group>
      <ArticleFilters
        filter={filter}
        onChange={setFilter}
        categories={categories.options}
        languages={languages}
      />
      <ErrorAlert error={articles.error} />
      <Text size="sm" aria-live="polite">
        {articles.isPending ? t('common.loading') : t('knowledge.articles.count', { count: rows.length })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder aria-label={t('knowledge.articles.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.fields.question')}</Table.Th>
              <Table.Th>{t('knowledge.fields.category')}</Table.Th>
              <Table.Th>{t('knowledge.fields.status')}</Table.Th>
              <Table.Th>{t('knowledge.articles.translations')}</Table.Th>
              <Table.Th ta="end">{t('knowledge.articles.helpful')}</Table.Th>
              <Table.Th>{t('knowledge.fields.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((article) => (
              <Table.Tr key={article.id}>
                <Table.Td>
                  <Anchor
                    dir="auto"
                    renderRoot={(props) => (
                      <Link {...props} to="/knowledge/articles/$id" params={{ id: article.id }} />
                    )}
                  >
                    {article.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    <Ltr mono>{article.key}</Ltr>
                  </Text>
                </Table.Td>
                <Table.Td>{categories.labels.get(article.categoryId) ?? '—'}</Table.Td>
                <Table.Td>
                  <StatusCell article={article} />
                </Table.Td>
                <Table.Td>
                  <TranslationMarkers states={article.translations} languages={languages} />
                </Table.Td>
                <Table.Td ta="end">
                  {t('knowledge.articles.helpfulCounts', {
                    helpful: format.number(article.helpful),
                    notHelpful: format.number(article.notHelpful),
                  })}
                </Table.Td>
                <Table.Td>{format.date(article.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
