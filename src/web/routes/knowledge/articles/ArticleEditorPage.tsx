/**
 * One article: the draft being worked on as a form (when the caller may edit it), otherwise the version in
 * review or the live one as readers see it; the workflow steps the server allows; the version history.
 */
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { PageTitle } from '../../../components/PageTitle';
import { useCatalogue } from '../knowledgeApi';
import { inLanguage, useEditorCategories, VERSION_COLOURS } from '../knowledgeLabels';
import { ArticleActions } from './ArticleActions';
import { ArticleForm } from './ArticleForm';
import { articleQuery, shownVersion, type Article } from './articlesApi';
import { languagesWith, TranslationView } from './TranslationView';
import { VersionHistory } from './VersionHistory';

const route = getRouteApi('/app/knowledge/articles/$id');

const NEW_ARTICLE = { key: '', categoryId: null, translations: {} };

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/knowledge/articles" size="sm">
      {t('knowledge.editor.back')}
    </Anchor>
  );
}

/** Where the article stands: the shown version's status, and the live one when a newer one is being worked on. */
function StatusLine({ article }: { article: Article }) {
  const { t } = useTranslation();
  const categories = useEditorCategories();
  const version = shownVersion(article);
  const live = article.versions.find((v) => v.id === article.publishedVersionId);
  if (!version) {
    return null;
  }
  return (
    <Group gap="sm" data-testid="article-status">
      <Badge size="lg" color={VERSION_COLOURS[version.status]} variant="light">
        {t(`knowledge.statuses.${version.status}`)}
      </Badge>
      <Text size="sm">{t('knowledge.editor.versionNumber', { number: version.number })}</Text>
      {live && live.id !== version.id && (
        <Text size="sm" c="dimmed">
          {t('knowledge.editor.liveMeanwhile', { number: live.number })}
        </Text>
      )}
      <Text size="sm">{categories.labels.get(version.categoryId) ?? ''}</Text>
      <Text size="sm" c="dimmed">
        <Ltr mono>{article.key}</Ltr>
      </Text>
    </Group>
  );
}

/** The page of an existing article, by id from the address. */
export function ArticleEditorPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const article = useQuery(articleQuery(id));
  const catalogue = useCatalogue();
  const [tab, setTab] = useState<string | null>(null);
  if (article.isPending || catalogue.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!article.data || !catalogue.data) {
    return <ErrorAlert error={article.error ?? catalogue.error} />;
  }
  const current = article.data;
  const version = shownVersion(current);
  const translations = version?.translations ?? {};
  const languages = languagesWith(catalogue.data.languages, Object.keys(translations));
  const title = inLanguage(translations, i18n.language)?.question ?? current.key;
  const returned = version?.status === 'draft' && version.reviewNote;
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{title}</PageTitle>
      <StatusLine article={current} />
      {returned && (
        <Alert color="orange" title={t('knowledge.editor.returnedBy', { name: version.reviewedBy ?? '—' })}>
          <Text dir="auto">{version.reviewNote}</Text>
        </Alert>
      )}
      {current.can.edit && version ? (
        <ArticleForm
          // A new answer from the server (saved, returned) starts the form again from what was saved.
          key={`${version.id}/${version.updatedAt}/${version.status}`}
          articleId={current.id}
          initial={{ key: current.key, categoryId: version.categoryId, translations: version.translations }}
          languages={languages}
          tab={tab}
          onTab={setTab}
        />
      ) : (
        <TranslationView translations={translations} languages={languages} />
      )}
      <ArticleActions article={current} />
      <VersionHistory versions={current.versions} />
    </Stack>
  );
}

/** The page of a new article. */
export function NewArticlePage() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  return (
    <Stack gap="md">
      <BackLink />
      <PageTitle>{t('knowledge.articles.new')}</PageTitle>
      <Text maw={760}>{t('knowledge.editor.newIntro')}</Text>
      {catalogue.data ? (
        <ArticleForm initial={NEW_ARTICLE} languages={catalogue.data.languages} />
      ) : catalogue.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <ErrorAlert error={catalogue.error} />
      )}
    </Stack>
  );
}
