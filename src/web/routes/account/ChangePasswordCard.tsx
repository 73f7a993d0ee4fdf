/** Changing one's own password; the server ends every session, so the user signs in again. */
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { PasswordField } from '../../components/PasswordField';
import { forgetSession } from '../../session';

/** The change-password form. */
export function ChangePasswordCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => api.post('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: () => {
      forgetSession(queryClient);
      void navigate({ to: '/login', search: { notice: 'password-changed' } });
    },
  });
  const fields = change.error instanceof ApiError ? change.error.fieldMap() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate();
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="change-password-title">
      <Title order={3} id="change-password-title" mb="xs">
        {t('account.password.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('account.password.rules')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <PasswordField
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={fields.currentPassword}
          />
          <PasswordField
            label={t('account.password.new')}
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={fields.newPassword}
          />
          <PasswordField
            label={t('account.password.repeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={mismatch ? t('account.password.mismatch') : undefined}
          />
          <Button
            type="submit"
            loading={change.isPending}
            disabled={!currentPassword || !newPassword}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
