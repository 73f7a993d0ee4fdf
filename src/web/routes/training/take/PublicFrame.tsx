/** The frame of the public training pages (no sign-in): the app's name, the language menu, and the page. */
import { Center, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { PageTitle } from '../../../components/PageTitle';

/** A centred column with the page's title on a card; `children` follow on the card, `after` under it. */
export function PublicFrame({
  title,
  children,
  after,
}: {
  title: string;
  children: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Center p="md" component="main">
      <Stack w="100%" maw={800} gap="md">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('app.name')}
          </Title>
          <LanguageSwitcher />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <PageTitle>{title}</PageTitle>
          {children}
        </Paper>
        {after}
      </Stack>
    </Center>
  );
}
