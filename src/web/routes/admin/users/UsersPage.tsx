/** Users: search, create, edit grants and status, and account actions. */
import { Badge, Button, Group, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton';
import { YesNo } from '../../../components/YesNo';
import { useFormat } from '../../../format';
import { useRoleLabel } from '../../../labels';
import { organisationNames, organisationsQuery, usersQuery, type AdminUser } from '../adminApi';
import { UserActions } from './UserActions';
import { UserCreateForm } from './UserCreateForm';
import { UserEditForm } from './UserEditForm';
import { Ltr } from '../../../components/Ltr';

/** The users table. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useQuery({ ...usersQuery(q), placeholderData: keepPreviousData });
  const organisations = useQuery(organisationsQuery);
  const names = organisationNames(organisations.data);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="sm">
        <TextInput
          label={t('admin.users.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '0 1 20rem' }}
        />
        <Group gap="xs">
          <ExportButton path="/api/admin/users/export" params={{ q }} />
          <Button onClick={() => setCreating(true)}>{t('admin.users.create')}</Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table
          striped
          highlightOnHover
          withTableBorder
          aria-label={t('admin.tabs.users')}
          aria-busy={users.isFetching}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.users.username')}</Table.Th>
              <Table.Th>{t('admin.users.displayName')}</Table.Th>
              <Table.Th>{t('admin.fields.organisation')}</Table.Th>
              <Table.Th>{t('admin.users.roles')}</Table.Th>
              <Table.Th>{t('admin.users.status')}</Table.Th>
              <Table.Th>{t('admin.users.locked')}</Table.Th>
              <Table.Th>{t('admin.users.totp')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.isPending && (
              <Table.Tr>
                <Table.Td colSpan={8}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {users.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>{t('admin.users.none')}</Table.Td>
              </Table.Tr>
            )}
            {users.data?.map((user) => (
              <Table.Tr key={user.id} data-username={user.username}>
                <Table.Td>
                  <Ltr mono>{user.username}</Ltr>
                </Table.Td>
                <Table.Td>{user.displayName}</Table.Td>
                <Table.Td>{names.get(user.organisationId) ?? '—'}</Table.Td>
                <Table.Td>{format.list(user.roles.map((role) => roleLabel(role)))}</Table.Td>
                <Table.Td>
                  <Badge color={user.status === 'active' ? 'green' : 'gray'} variant="light">
                    {t(`admin.users.statuses.${user.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <YesNo value={user.locked} danger />
                </Table.Td>
                <Table.Td>
                  <YesNo value={user.totpEnabled} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing(user)}
                      aria-label={t('admin.editNamed', { name: user.username })}
                    >
                      {t('common.edit')}
                    </Button>
                    <UserActions user={user} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && <UserCreateForm onClose={() => setCreating(false)} />}
      {editing && <UserEditForm user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
