/** Creating a partner API key; the key itself is shown once, then only its prefix is kept. */
import { Alert, Button, Code, CopyButton, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { useMe } from '../../../session';
import { NameInput, OrganisationSelect } from '../AdminFields';
import { apiKeysQuery, type CreatedApiKey } from '../adminApi';
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

/**
 * The create-key modal. Not a DialogForm: after Save the same dialog shows the new key instead of the form,
 * and a click outside must not close it then, before the key is stored.
 */
export function ApiKeyCreateForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
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
            <OrganisationSelect
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisationId}
            />
            <NameInput value={name} onChange={setName} error={errors.name} />
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
            <FormActions
              error={null}
              pending={create.isPending}
              onCancel={onClose}
              saveLabel={t('admin.apiKeys.createSubmit')}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
