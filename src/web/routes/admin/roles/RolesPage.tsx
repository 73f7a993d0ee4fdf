/** Roles: sets of permissions, whether they reach every organisation, and whether they need a second factor. */
import { Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { YesNo } from '../../../components/YesNo';
import { useFormat } from '../../../format';
import { useRoleLabel } from '../../../labels';
import { rolesQuery, type Role } from '../adminApi';
import { RoleForm } from './RoleForm';
import { Ltr } from '../../../components/Ltr';

/** The roles table with the second-factor toggle, edit and create. */
export function RolesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const { data, isPending } = useQuery(rolesQuery);
  const [editing, setEditing] = useState<{ role?: Role } | null>(null);
  const toggleTotp = useMutation({
    mutationFn: (role: Role) =>
      api.patch<Role>(`/api/admin/roles/${role.id}`, { requireTotp: !role.requireTotp }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: rolesQuery.queryKey });
      notifySuccess(
        t(saved.requireTotp ? 'admin.roles.totpOn' : 'admin.roles.totpOff', {
          name: roleLabel(saved.code, saved.name),
        }),
      );
    },
  });
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('admin.roles.intro')}</Text>
        <Button onClick={() => setEditing({})} disabled={!data}>
          {t('admin.roles.create')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover withTableBorder aria-label={t('admin.tabs.roles')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.fields.name')}</Table.Th>
              <Table.Th>{t('admin.fields.code')}</Table.Th>
              <Table.Th>{t('admin.roles.permissionCount')}</Table.Th>
              <Table.Th>{t('admin.roles.national')}</Table.Th>
              <Table.Th>{t('admin.roles.requireTotp')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending && (
              <Table.Tr>
                <Table.Td colSpan={6}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {data?.roles.map((role) => {
              const label = roleLabel(role.code, role.name);
              return (
                <Table.Tr key={role.id}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>
                    <Ltr mono>{role.code}</Ltr>
                  </Table.Td>
                  <Table.Td>{format.number(role.permissions.length)}</Table.Td>
                  <Table.Td>
                    <YesNo value={role.national} />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      checked={role.requireTotp}
                      disabled={toggleTotp.isPending}
                      onChange={() => toggleTotp.mutate(role)}
                      aria-label={t('admin.roles.requireTotpFor', { name: label })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing({ role })}
                      aria-label={t('admin.editNamed', { name: label })}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && data && (
        <RoleForm role={editing.role} permissions={data.permissions} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
