/** The signed-in user's menu: name and organisation, My account, Sign out. */
import { Avatar, Button, Menu, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { forgetSession, useMe } from '../session';

/** A button with the user's name that opens their account actions. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSettled: () => {
      forgetSession(queryClient);
      void navigate({ to: '/login', search: { notice: 'signed-out' } });
    },
  });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="dark" size="sm" px={6}>
          <Avatar hiddenFrom="sm" size="sm" color="blue" name={me.user.displayName} aria-hidden="true" />
          <VisuallyHidden hiddenFrom="sm">{me.user.displayName}</VisuallyHidden>
          <Stack gap={0} align="flex-start" visibleFrom="sm">
            <Text size="sm" fw={600} lh={1.2}>
              {me.user.displayName}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md">
              {me.user.organisationName}
            </Text>
          </Stack>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.user.displayName} · {me.user.organisationName}
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
