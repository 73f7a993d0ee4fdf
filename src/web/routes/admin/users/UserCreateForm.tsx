/** Creating a user: identity, organisation, first password, roles, sites and clearances. */
import { TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/PasswordField';
import { useMe } from '../../../session';
import { OrganisationSelect } from '../AdminFields';
import { GrantFields, type Grants } from './grants';

/** The create-user modal. */
export function UserCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(
    me.national ? null : me.user.organisationId,
  );
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<Grants>({ roles: [], siteIds: [], clearances: [] });
  const create = useMutation({
    mutationFn: () =>
      api.post<{ id: string }>('/api/admin/users', {
        username: username.trim(),
        displayName: displayName.trim(),
        email: email.trim() || null,
        organisationId,
        password,
        ...grants,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      notifySuccess(t('admin.users.created', { username: username.trim() }));
      onClose();
    },
  });
  const errors = fieldErrors(create.error);
  return (
    <DialogForm
      title={t('admin.users.create')}
      size="lg"
      onClose={onClose}
      onSubmit={() => create.mutate()}
      error={null}
      pending={create.isPending}
      saveLabel={t('admin.users.createSubmit')}
    >
      <TextInput
        label={t('admin.users.username')}
        required
        dir="ltr"
        autoComplete="off"
        value={username}
        onChange={(event) => setUsername(event.currentTarget.value)}
        error={errors.username}
      />
      <TextInput
        label={t('admin.users.displayName')}
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.currentTarget.value)}
        error={errors.displayName}
      />
      <TextInput
        label={t('admin.users.email')}
        type="email"
        dir="ltr"
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={errors.email}
      />
      <OrganisationSelect
        disabled={!me.national}
        value={organisationId}
        onChange={(value) => {
          setOrganisationId(value);
          setGrants((current) => ({ ...current, siteIds: me.national ? current.siteIds : [] }));
        }}
        error={errors.organisationId}
      />
      <PasswordField
        label={t('admin.users.initialPassword')}
        description={t('account.password.rules')}
        required
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.currentTarget.value)}
        error={errors.password}
      />
      <GrantFields organisationId={organisationId} value={grants} onChange={setGrants} errors={errors} />
    </DialogForm>
  );
}
