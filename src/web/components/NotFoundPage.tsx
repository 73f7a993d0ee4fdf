/** What an unknown address shows. */
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** A plain "page not found" with a way home. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack p="xl" gap="sm" component="main">
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
