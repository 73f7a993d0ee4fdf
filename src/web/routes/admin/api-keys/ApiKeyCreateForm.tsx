/** Creating a partner API key; the key itself is shown once, then only its prefix is kept. */
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { useMe } from '../../../session';
import { apiKeysQuery, organisationsQuery, type CreatedApiKey } from '../adminApi';
import { RateLimitInput, rateLimitValue, ScopeCheckboxes } from './KeyFields';

function CreatedKey({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" title={t('admin.apiKeys.onceTitle')}>
        {t('admin.apiKeys.onceBody')}
      </Alert>
      <Code
        block
        dir="ltr"
        data-testid="new-api-key"
        style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        aria-label={t('admin.apiKeys.key')}
      >
        {created.key}
      </Code>
      <Group justify="space-between">
        <CopyButton value={created.key}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('common.copied') : t('admin.apiKeys.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onClose}>{t('admin.apiKeys.stored')}</Button>
      </Group>
    </Stack>
  );
}

/** The create-key modal. */
export function ApiKeyCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const organisations = useQuery(organisationsQuery);
  const [organisationId, setOrganisationId] = useState<string | null>(
    me.national ? null : me.user.organisationId,
  );
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [days, setDays] = useState<number | string>(365);
  const [rateLimit, setRateLimit] = useState<number | string>('');
  const create = useMutation({
    mutationFn: () =>
      api.post<CreatedApiKey>('/api/admin/api-keys', {
        organisationId,
        name: name.trim(),
        scopes,
        expiresInDays: Number(days),
        rateLimitPerMinute: rateLimitValue(rateLimit),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey }),
  });
  const errors = fieldErrors(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('admin.apiKeys.create')}
      size="lg"
      closeOnClickOutside={!create.data}
    >
      {create.data ? (
        <CreatedKey created={create.data} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Select
              label={t('admin.fields.organisation')}
              required
              searchable
              data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
              allowDeselect={false}
            />
            <TextInput
              label={t('admin.fields.name')}
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
            />
            <ScopeCheckboxes value={scopes} onChange={setScopes} error={errors.scopes} />
            <RateLimitInput value={rateLimit} onChange={setRateLimit} error={errors.rateLimitPerMinute} />
            <NumberInput
              label={t('admin.apiKeys.expiresInDays')}
              min={1}
              max={730}
              allowDecimal={false}
              value={days}
              onChange={setDays}
              error={errors.expiresInDays}
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('admin.apiKeys.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
