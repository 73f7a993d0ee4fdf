/**
 * An answer on the kiosk: the question, a line when it is shown in another language (not yet translated), the
 * answer with its links written out (a kiosk does not leave its pages), and "Was this helpful?".
 */
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { publicArticleQuery, type PublicLanguage } from '../knowledgeApi';
import { Markdown } from '../markdown/Markdown';
import { useKioskFeedback } from './kioskApi';
import { useKiosk, useKioskTranslation } from './kioskContext';
import classes from './Kiosk.module.css';

function Helpful({ articleId }: { articleId: string }) {
  const { t } = useKioskTranslation();
  const { readingLanguage } = useKiosk();
  const feedback = useKioskFeedback(articleId);
  if (feedback.isSuccess) {
    return (
      <Text size="xl" fw={600} role="status">
        {t('knowledge.kiosk.thanks')}
      </Text>
    );
  }
  return (
    <Group gap="md" role="group" aria-labelledby="kiosk-helpful">
      <Text size="xl" fw={600} id="kiosk-helpful">
        {t('knowledge.kiosk.helpful')}
      </Text>
      {[true, false].map((helpful) => (
        <Button
          key={String(helpful)}
          className={classes.target}
          size="xl"
          color={helpful ? 'green' : 'red'}
          variant="light"
          loading={feedback.isPending && feedback.variables.helpful === helpful}
          onClick={() => feedback.mutate({ language: readingLanguage, helpful })}
        >
          {helpful ? `✓ ${t('knowledge.kiosk.yes')}` : `✕ ${t('knowledge.kiosk.no')}`}
        </Button>
      ))}
    </Group>
  );
}

/** The article screen. */
export function KioskArticle({ id, languages }: { id: string; languages: readonly PublicLanguage[] }) {
  const { t } = useKioskTranslation();
  const { readingLanguage, language } = useKiosk();
  const article = useQuery(publicArticleQuery(id, readingLanguage));
  if (!article.data) {
    return (
      <Text size="xl">
        {article.isPending ? t('knowledge.kiosk.loading') : t('knowledge.kiosk.unavailable')}
      </Text>
    );
  }
  const shown = languages.find((l) => l.code === article.data.language);
  const dir = shown?.rtl ? 'rtl' : 'ltr';
  return (
    <Stack gap="lg">
      {article.data.fallbackUsed && (
        <Alert color="yellow" fz="lg">
          {t('knowledge.kiosk.fallback', {
            language: language?.nativeName ?? readingLanguage,
            shown: shown?.nativeName ?? article.data.language,
          })}
        </Alert>
      )}
      <Paper withBorder p="xl" radius="md" lang={article.data.language} dir={dir}>
        <Title order={1} size="h2" mb="md">
          {article.data.question}
        </Title>
        <Markdown source={article.data.answer} lang={article.data.language} dir={dir} plainLinks fz="xl" />
      </Paper>
      <Helpful articleId={id} />
    </Stack>
  );
}
