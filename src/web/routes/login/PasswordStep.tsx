/** First step of signing in: username and password. */
import { Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';

export interface LoginAnswer {
  status: 'ok' | 'totp_required' | 'totp_enrolment_required';
  totpSecret?: string;
  totpUri?: string;
}

/** The username and password form; reports the server's answer to the parent. */
export function PasswordStep({ onAnswer }: { onAnswer: (answer: LoginAnswer) => Promise<void> }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post<LoginAnswer>('/api/auth/login', body),
    meta: { silent: true },
    onSuccess: onAnswer,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={login.error} />
        <TextInput
          label={t('login.username')}
          name="username"
          autoComplete="username"
          required
          withAsterisk={false}
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={missing && !username.trim() ? t('login.usernameMissing') : undefined}
        />
        <PasswordField
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing && !password ? t('login.passwordMissing') : undefined}
        />
        <Button type="submit" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
