/** Changing a user's roles, sites, clearances and status. */
import { SegmentedControl, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { notifySuccess } from '../../../components/notify';
import type { AdminUser } from '../adminApi';
import { GrantFields, type Grants } from './grants';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

// Only changed fields are sent: the server ends the user's sessions whenever roles are sent.
function changes(user: AdminUser, grants: Grants, status: AdminUser['status']) {
  return {
    ...(sameSet(user.roles, grants.roles) ? {} : { roles: grants.roles }),
    ...(sameSet(user.siteIds, grants.siteIds) ? {} : { siteIds: grants.siteIds }),
    ...(sameSet(user.clearances, grants.clearances) ? {} : { clearances: grants.clearances }),
    ...(user.status === status ? {} : { status }),
  };
}

/** The edit-user modal. */
export function UserEditForm({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [grants, setGrants] = useState<Grants>({
    roles: user.roles,
    siteIds: user.siteIds,
    clearances: user.clearances,
  });
  const [status, setStatus] = useState<AdminUser['status']>(user.status);
  const save = useMutation({
    mutationFn: async () => {
      const patch = changes(user, grants, status);
      return Object.keys(patch).length > 0
        ? api.patch<AdminUser>(`/api/admin/users/${user.id}`, patch)
        : user;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      notifySuccess(t('admin.users.saved', { username: user.username }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={t('admin.users.editTitle', { username: user.username })}
      size="lg"
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={null}
      pending={save.isPending}
    >
      <Text size="sm">{user.displayName}</Text>
      <GrantFields
        organisationId={user.organisationId}
        value={grants}
        onChange={setGrants}
        errors={errors}
      />
      <div role="group" aria-labelledby="user-status-label">
        <Text size="sm" fw={500} id="user-status-label" mb={4}>
          {t('admin.users.status')}
        </Text>
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(value === 'disabled' ? 'disabled' : 'active')}
          data={[
            { value: 'active', label: t('admin.users.statuses.active') },
            { value: 'disabled', label: t('admin.users.statuses.disabled') },
          ]}
        />
      </div>
      <Text size="xs" c="dimmed">
        {t('admin.users.sessionsEndNote')}
      </Text>
    </DialogForm>
  );
}
