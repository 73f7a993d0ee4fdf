/** A topic: its sub-topics as tiles, then its questions (its sub-topics' too) as big buttons. */
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { PublicCategory, PublicLanguage } from '../knowledgeApi';
import { categoryArticlesQuery } from './kioskApi';
import { useKiosk, useKioskTranslation } from './kioskContext';
import { CategoryTiles } from './KioskHome';
import classes from './Kiosk.module.css';

/** The topic screen, in the reader's language. */
export function KioskCategory({
  id,
  categories,
  languages,
}: {
  id: string;
  categories: readonly PublicCategory[];
  languages: readonly PublicLanguage[];
}) {
  const { t } = useKioskTranslation();
  const { dispatch, readingLanguage } = useKiosk();
  const topic = useQuery(categoryArticlesQuery(id, readingLanguage));
  const category = categories.find((c) => c.id === id);
  const children = categories.filter((c) => c.parentId === id);
  const rtl = (code: string) => languages.find((l) => l.code === code)?.rtl ?? false;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {category?.name ?? topic.data?.category.name ?? ''}
      </Title>
      {children.length > 0 && <CategoryTiles categories={children} label={t('knowledge.kiosk.subtopics')} />}
      {topic.isPending && <Text size="xl">{t('knowledge.kiosk.loading')}</Text>}
      {topic.data && (
        <section aria-labelledby="kiosk-questions">
          <Title order={2} size="h3" mb="sm" id="kiosk-questions">
            {t('knowledge.kiosk.questions')}
          </Title>
          <Stack gap="sm" role="list">
            {topic.data.articles.map((article) => (
              <div role="listitem" key={article.id}>
                <button
                  type="button"
                  className={`${classes.tile} ${classes.listButton}`}
                  lang={article.language}
                  dir={rtl(article.language) ? 'rtl' : 'ltr'}
                  onClick={() => dispatch({ type: 'open', screen: { kind: 'article', id: article.id } })}
                >
                  {article.question}
                </button>
              </div>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
