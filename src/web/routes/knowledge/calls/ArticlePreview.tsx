/** The full published answer of a search result, read during a call without leaving the call screen. */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { publicArticleQuery, type PublicLanguage } from '../knowledgeApi';
import { directionOfLanguage } from '../LanguageTabs';
import { Markdown } from '../markdown/Markdown';

/** A dialog with the answer in `language` (or its fallback, said so) and "use this article". */
export function ArticlePreview({
  articleId,
  language,
  languages,
  used,
  onUse,
  onClose,
}: {
  articleId: string;
  language: string;
  languages: readonly PublicLanguage[];
  used: boolean;
  onUse: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const article = useQuery(publicArticleQuery(articleId, language));
  const shown = languages.find((l) => l.code === article.data?.language);
  const dir = directionOfLanguage(shown);
  return (
    <Modal opened onClose={onClose} size="xl" title={article.data?.question ?? t('common.loading')}>
      <Stack gap="sm">
        <ErrorAlert error={article.error} />
        {article.data?.fallbackUsed && (
          <Alert color="yellow">
            {t('knowledge.calls.fallback', { language: shown?.nativeName ?? article.data.language })}
          </Alert>
        )}
        {article.data && <Markdown source={article.data.answer} lang={article.data.language} dir={dir} />}
        {article.data?.category && (
          <Text size="sm" c="dimmed">
            {article.data.category.name}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('knowledge.calls.close')}
          </Button>
          <Button
            disabled={used}
            onClick={() => {
              onUse();
              onClose();
            }}
          >
            {used ? t('knowledge.calls.used') : t('knowledge.calls.use')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
