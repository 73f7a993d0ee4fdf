/** Setting up a second factor (TOTP) from one's own account. */
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { notifySuccess } from '../../components/notify';
import { TotpSecret } from '../../components/TotpSecret';
import { meQuery, useMe } from '../../session';

interface Enrolment {
  secret: string;
  uri: string;
}

/** Shows whether the second factor is on, and lets the user turn it on. */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [code, setCode] = useState('');
  const start = useMutation({
    mutationFn: () => api.post<Enrolment>('/api/auth/totp/enrol'),
    onSuccess: (data) => {
      setCode('');
      setEnrolment(data);
    },
  });
  const confirm = useMutation({
    mutationFn: () => api.post('/api/auth/totp/confirm', { code: code.replace(/\s/g, '') }),
    meta: { silent: true },
    onSuccess: async () => {
      setEnrolment(undefined);
      notifySuccess(t('account.totp.enabled'));
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
  });
  const codeError = confirm.error instanceof ApiError ? t('errors.codes.totp_invalid') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate();
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="totp-title">
      <Group gap="sm" mb="xs">
        <Title order={3} id="totp-title">
          {t('account.totp.title')}
        </Title>
        <Badge color={me.user.totpEnabled ? 'green' : 'gray'} variant="light">
          {me.user.totpEnabled ? t('account.totp.on') : t('account.totp.off')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('account.totp.explain')}
      </Text>
      {me.user.totpEnabled ? (
        <Alert color="green">{t('account.totp.alreadyOn')}</Alert>
      ) : enrolment ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={560}>
            <TotpSecret secret={enrolment.secret} uri={enrolment.uri} />
            <TextInput
              label={t('login.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              dir="ltr"
              required
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={codeError}
            />
            <Group>
              <Button type="submit" loading={confirm.isPending} disabled={code.replace(/\s/g, '').length < 6}>
                {t('account.totp.confirm')}
              </Button>
              <Button variant="subtle" onClick={() => setEnrolment(undefined)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('account.totp.start')}
        </Button>
      )}
    </Paper>
  );
}
