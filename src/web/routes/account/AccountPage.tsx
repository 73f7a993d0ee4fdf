/** My account: who I am, my password, my second factor, and signing out everywhere. */
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../format';
import { useRoleLabel } from '../../labels';
import { forgetSession, useMe } from '../../session';
import { ChangePasswordCard } from './ChangePasswordCard';
import { SecondFactorCard } from './SecondFactorCard';

function Profile() {
  const { t } = useTranslation();
  const me = useMe();
  const roleLabel = useRoleLabel();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('account.profile.username'), me.user.username],
    [t('account.profile.name'), me.user.displayName],
    [t('account.profile.organisation'), me.user.organisationName],
    [t('account.profile.roles'), format.list(me.user.roles.map((r) => roleLabel(r)))],
    [t('account.profile.clearances'), format.list(me.clearances.map((c) => t(`clearances.${c as 'minor'}`)))],
  ];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-title">
      <Title order={3} id="profile-title" mb="sm">
        {t('account.profile.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" fw={600}>
              {label}
            </Text>
            <Text component="dd" m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const everywhere = useMutation({
    mutationFn: () => api.post('/api/auth/logout-everywhere'),
    onSuccess: () => {
      forgetSession(queryClient);
      void navigate({ to: '/login', search: { notice: 'signed-out-everywhere' } });
    },
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sessions-title">
      <Title order={3} id="sessions-title" mb="xs">
        {t('account.sessions.title')}
      </Title>
      <Group justify="space-between" align="center">
        <Text size="sm">{t('account.sessions.explain')}</Text>
        <Button
          color="red"
          variant="outline"
          onClick={() => everywhere.mutate()}
          loading={everywhere.isPending}
        >
          {t('account.sessions.signOutEverywhere')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The account page. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageTitle>{t('account.title')}</PageTitle>
      <Profile />
      <ChangePasswordCard />
      <SecondFactorCard />
      <SignOutEverywhere />
    </Stack>
  );
}
