/** Account actions on a user: set a new password, lift a lockout, remove the second factor. */
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/PasswordField';
import type { AdminUser } from '../adminApi';

type Dialog = 'password' | 'resetTotp' | null;

function useUserAction(user: AdminUser, path: string, done: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post(`/api/admin/users/${user.id}/${path}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      notifySuccess(done);
    },
  });
}

/** The "Actions" menu of one user row, with its dialogs. */
export function UserActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [password, setPassword] = useState('');
  const setNewPassword = useUserAction(
    user,
    'password',
    t('admin.users.passwordSet', { username: user.username }),
  );
  const unlock = useUserAction(user, 'unlock', t('admin.users.unlocked', { username: user.username }));
  const resetTotp = useUserAction(
    user,
    'reset-totp',
    t('admin.users.totpReset', { username: user.username }),
  );
  const close = () => {
    setDialog(null);
    setPassword('');
    setNewPassword.reset();
  };
  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    setNewPassword.mutate({ password }, { onSuccess: close });
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            aria-label={t('admin.users.actionsFor', { username: user.username })}
          >
            {t('common.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('password')}>{t('admin.users.setPassword')}</Menu.Item>
          <Menu.Item onClick={() => unlock.mutate({})} disabled={!user.locked}>
            {t('admin.users.unlock')}
          </Menu.Item>
          <Menu.Item onClick={() => setDialog('resetTotp')} disabled={!user.totpEnabled}>
            {t('admin.users.resetTotp')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog === 'password'}
        onClose={close}
        title={t('admin.users.setPasswordTitle', { username: user.username })}
      >
        <form onSubmit={submitPassword} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('admin.users.setPasswordExplain')}</Text>
            <PasswordField
              label={t('admin.users.newPassword')}
              description={t('account.password.rules')}
              autoComplete="new-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors(setNewPassword.error).password}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={setNewPassword.isPending} disabled={!password}>
                {t('admin.users.setPassword')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <Modal opened={dialog === 'resetTotp'} onClose={close} title={t('admin.users.resetTotp')}>
        <Stack gap="sm">
          <Text size="sm">{t('admin.users.resetTotpConfirm', { username: user.username })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={resetTotp.isPending}
              onClick={() => resetTotp.mutate({}, { onSuccess: close })}
            >
              {t('admin.users.resetTotp')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
