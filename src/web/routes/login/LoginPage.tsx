/** The sign-in page: password, then the second factor when the account or its role needs one. */
import { Alert, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { meQuery } from '../../session';
import { PasswordStep, type LoginAnswer } from './PasswordStep';
import { SecondFactorStep } from './SecondFactorStep';

const route = getRouteApi('/login');

type Step = { kind: 'password' } | { kind: 'totp' } | { kind: 'enrol'; secret: string; uri: string };

/** Only paths of this app are followed after sign-in (no open redirect). */
function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/login')
    ? target
    : '/';
}

/** The sign-in screen. */
export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, notice } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'password' });

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  const enter = async () => {
    const me = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    if (me) {
      router.history.push(safeRedirect(redirect));
    }
  };
  const onAnswer = async (answer: LoginAnswer) => {
    if (answer.status === 'ok') {
      await enter();
    } else if (answer.status === 'totp_required') {
      setStep({ kind: 'totp' });
    } else {
      setStep({ kind: 'enrol', secret: answer.totpSecret ?? '', uri: answer.totpUri ?? '' });
    }
  };
  const cancel = () => {
    void api.post('/api/auth/logout').catch(() => undefined);
    setStep({ kind: 'password' });
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Stack w="100%" maw={step.kind === 'enrol' ? 560 : 420} gap="md">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('app.name')}
          </Title>
          <LanguageSwitcher />
        </Group>
        <Text c="dimmed">{t('app.tagline')}</Text>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Title order={2} size="h3" mb="md">
            {t('login.title')}
          </Title>
          {notice && step.kind === 'password' && (
            <Alert color="blue" mb="md">
              {t(`login.notices.${notice}`)}
            </Alert>
          )}
          {step.kind === 'password' ? (
            <PasswordStep onAnswer={onAnswer} />
          ) : (
            <SecondFactorStep
              enrolment={step.kind === 'enrol' ? step : undefined}
              onDone={enter}
              onCancel={cancel}
            />
          )}
        </Paper>
      </Stack>
    </Center>
  );
}
