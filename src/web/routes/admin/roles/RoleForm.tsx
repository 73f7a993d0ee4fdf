/** Creating a role or changing its name, scope, second-factor rule and permissions. */
import { Alert, Group, Switch } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { notifySuccess } from '../../../components/notify';
import { CodeInput, NameInput } from '../AdminFields';
import { rolesQuery, type Role } from '../adminApi';
import { PermissionPicker } from './PermissionPicker';

interface Props {
  role?: Role;
  permissions: readonly string[];
  onClose: () => void;
}

/** A modal form; `role` given means edit, absent means create. */
export function RoleForm({ role, permissions, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(role?.code ?? '');
  const [name, setName] = useState(role?.name ?? '');
  const [national, setNational] = useState(role?.national ?? false);
  const [requireTotp, setRequireTotp] = useState(role?.requireTotp ?? false);
  const [granted, setGranted] = useState<string[]>(role?.permissions ?? []);
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), national, requireTotp, permissions: granted };
      return role
        ? api.patch<Role>(`/api/admin/roles/${role.id}`, body)
        : api.post<Role>('/api/admin/roles', { ...body, code: code.trim() });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: rolesQuery.queryKey });
      notifySuccess(t('admin.roles.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={role ? t('admin.roles.edit', { name: role.name }) : t('admin.roles.create')}
      size="xl"
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={null}
      pending={save.isPending}
    >
      {role?.builtin && <Alert color="yellow">{t('admin.roles.builtinNote')}</Alert>}
      <Group grow align="flex-start">
        <CodeInput value={code} onChange={setCode} error={errors.code} disabled={!!role} />
        <NameInput value={name} onChange={setName} error={errors.name} />
      </Group>
      <Switch
        label={t('admin.roles.national')}
        description={t('admin.roles.nationalHint')}
        checked={national}
        onChange={(event) => setNational(event.currentTarget.checked)}
      />
      <Switch
        label={t('admin.roles.requireTotp')}
        checked={requireTotp}
        onChange={(event) => setRequireTotp(event.currentTarget.checked)}
      />
      <PermissionPicker
        permissions={permissions}
        value={granted}
        onChange={setGranted}
        error={errors.permissions}
      />
    </DialogForm>
  );
}
