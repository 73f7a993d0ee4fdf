/** Creating a user: identity, organisation, first password, roles, sites and clearances. */
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { PasswordField } from '../../../components/PasswordField';
import { useMe } from '../../../session';
import { organisationsQuery } from '../adminApi';
import { GrantFields, type Grants } from './grants';

/** The create-user modal. */
export function UserCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const organisations = useQuery(organisationsQuery);
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.users.create')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
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
          <Select
            label={t('admin.fields.organisation')}
            required
            searchable
            disabled={!me.national}
            data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onChange={(value) => {
              setOrganisationId(value);
              setGrants((current) => ({ ...current, siteIds: me.national ? current.siteIds : [] }));
            }}
            error={errors.organisationId}
            allowDeselect={false}
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
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
