/**
 * One version in review beside the live one, language by language (a dot marks the languages that changed),
 * with who sent it and when, a category change if any, and the reviewer's decision.
 */
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { articleQuery, type ArticleVersion } from '../articles/articlesApi';
import { ReviewButtons } from '../articles/ReviewButtons';
import { languagesWith, TranslationText } from '../articles/TranslationView';
import { useCatalogue, type PublicLanguage } from '../knowledgeApi';
import { inLanguage, useEditorCategories } from '../knowledgeLabels';
import { LanguageTabs } from '../LanguageTabs';

function Side({
  title,
  version,
  language,
}: {
  title: string;
  version: ArticleVersion | undefined;
  language: PublicLanguage;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Text size="sm" fw={700} mb="xs">
        {title}
      </Text>
      {version ? (
        <TranslationText text={version.translations[language.code]} language={language} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('knowledge.review.neverPublished')}
        </Text>
      )}
    </Card>
  );
}

/** The comparison and the decision for one article. */
export function ReviewPanel({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const article = useQuery(articleQuery(articleId));
  const catalogue = useCatalogue();
  const categories = useEditorCategories();
  if (!article.data || !catalogue.data) {
    return article.isPending || catalogue.isPending ? (
      <Text>{t('common.loading')}</Text>
    ) : (
      <ErrorAlert error={article.error ?? catalogue.error} />
    );
  }
  const current = article.data;
  const review = current.versions.find((v) => v.id === current.workingVersionId);
  const live = current.versions.find((v) => v.id === current.publishedVersionId);
  if (!review || review.status !== 'in-review') {
    return <Text>{t('knowledge.review.noLongerInReview')}</Text>;
  }
  const codes = [...Object.keys(review.translations), ...Object.keys(live?.translations ?? {})];
  const languages = languagesWith(catalogue.data.languages, codes);
  const changed = (code: string) =>
    JSON.stringify(review.translations[code] ?? null) !== JSON.stringify(live?.translations[code] ?? null);
  const title = inLanguage(review.translations, i18n.language)?.question ?? current.key;
  const category = (id: string) => categories.labels.get(id) ?? '—';
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={3} dir="auto">
          {title}
        </Title>
        <Group gap="sm">
          <Anchor
            size="sm"
            renderRoot={(props) => (
              <Link {...props} to="/knowledge/articles/$id" params={{ id: current.id }} />
            )}
          >
            <Ltr mono>{current.key}</Ltr>
          </Anchor>
          <Text size="sm" c="dimmed">
            {t('knowledge.review.sentBy', {
              name: review.submittedBy ?? '—',
              when: format.dateTime(review.submittedAt),
            })}
          </Text>
        </Group>
        <Text size="sm">
          {live && live.categoryId !== review.categoryId
            ? t('knowledge.review.categoryChanged', {
                from: category(live.categoryId),
                to: category(review.categoryId),
              })
            : t('knowledge.review.category', { name: category(review.categoryId) })}
        </Text>
      </Stack>
      <LanguageTabs
        languages={languages}
        label={t('knowledge.editor.languages')}
        marked={changed}
        markLabel={t('knowledge.review.changed')}
      >
        {(language) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Side
              title={
                live ? t('knowledge.review.live', { number: live.number }) : t('knowledge.review.liveNone')
              }
              version={live}
              language={language}
            />
            <Side
              title={t('knowledge.review.inReview', { number: review.number })}
              version={review}
              language={language}
            />
          </SimpleGrid>
        )}
      </LanguageTabs>
      <ReviewButtons article={current} label={title} />
    </Stack>
  );
}
