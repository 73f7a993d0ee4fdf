/** Versions waiting for a reviewer: pick one, compare it with the live version language by language, decide. */
import { Grid, NavLink, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormat } from '../../../format';
import { articlesQuery } from '../articles/articlesApi';
import { ReviewPanel } from './ReviewPanel';

const IN_REVIEW = { status: 'in-review' } as const;

/** The review queue tab. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queue = useQuery(articlesQuery(IN_REVIEW));
  const [chosen, setChosen] = useState<string | null>(null);
  const articles = queue.data?.articles ?? [];
  const open = articles.find((a) => a.id === chosen) ?? articles[0];
  return (
    <Stack gap="md">
      <Text maw={760}>{t('knowledge.review.intro')}</Text>
      <ErrorAlert error={queue.error} />
      {queue.isPending && <Text>{t('common.loading')}</Text>}
      {queue.data && articles.length === 0 && <Text>{t('knowledge.review.empty')}</Text>}
      {open && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <nav aria-label={t('knowledge.review.queueLabel')}>
              {articles.map((article) => (
                <NavLink
                  key={article.id}
                  component="button"
                  type="button"
                  active={article.id === open.id}
                  aria-current={article.id === open.id ? 'true' : undefined}
                  label={<span dir="auto">{article.title}</span>}
                  description={format.dateTime(article.updatedAt)}
                  onClick={() => setChosen(article.id)}
                />
              ))}
            </nav>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <ReviewPanel key={open.id} articleId={open.id} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
