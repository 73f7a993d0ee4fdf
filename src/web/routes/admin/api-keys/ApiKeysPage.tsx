/** Partner API keys: who holds them, what they may do, when they expire; create and revoke. */
import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useScopeLabel } from '../../../labels';
import { apiKeysQuery, organisationNames, organisationsQuery, type ApiKey } from '../adminApi';
import { ApiKeyCreateForm } from './ApiKeyCreateForm';
import { ApiKeyEditForm } from './ApiKeyEditForm';
import { partnerApiReferenceQuery } from '../api-usage/usageApi';
import { Ltr } from '../../../components/Ltr';

function RevokeDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => api.post<ApiKey>(`/api/admin/api-keys/${apiKey.id}/revoke`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey });
      notifySuccess(t('admin.apiKeys.revoked', { name: apiKey.name }));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('admin.apiKeys.revoke')}>
      <Stack gap="sm">
        <Text size="sm">{t('admin.apiKeys.revokeConfirm', { name: apiKey.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('admin.apiKeys.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The API keys table. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const scopeLabel = useScopeLabel();
  const keys = useQuery(apiKeysQuery);
  const organisations = useQuery(organisationsQuery);
  const names = organisationNames(organisations.data);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [editing, setEditing] = useState<ApiKey | null>(null);
  const reference = useQuery(partnerApiReferenceQuery);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('admin.apiKeys.intro')}</Text>
        <Button onClick={() => setCreating(true)}>{t('admin.apiKeys.create')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder aria-label={t('admin.tabs.apiKeys')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.fields.name')}</Table.Th>
              <Table.Th>{t('admin.fields.organisation')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.prefix')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.scopes')}</Table.Th>
              <Table.Th>{t('partnerApi.rateLimit')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.expires')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.lastUsed')}</Table.Th>
              <Table.Th>{t('admin.apiKeys.revokedAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.isPending && (
              <Table.Tr>
                <Table.Td colSpan={9}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {keys.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={9}>{t('admin.apiKeys.none')}</Table.Td>
              </Table.Tr>
            )}
            {keys.data?.map((key) => (
              <Table.Tr key={key.id}>
                <Table.Td>{key.name}</Table.Td>
                <Table.Td>{names.get(key.organisationId) ?? '—'}</Table.Td>
                <Table.Td>
                  <Ltr mono>cr_{key.prefix}_…</Ltr>
                </Table.Td>
                <Table.Td>{format.list(key.scopes.map(scopeLabel))}</Table.Td>
                <Table.Td>
                  {key.rateLimitPerMinute === null
                    ? t('partnerApi.defaultLimit', { count: reference.data?.defaultRateLimitPerMinute ?? 0 })
                    : t('partnerApi.perMinute', { count: key.rateLimitPerMinute })}
                </Table.Td>
                <Table.Td>{format.date(key.expiresAt)}</Table.Td>
                <Table.Td>
                  {key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('admin.apiKeys.never')}
                </Table.Td>
                <Table.Td>
                  {key.revokedAt ? (
                    <Badge color="red" variant="light">
                      {format.date(key.revokedAt)}
                    </Badge>
                  ) : (
                    t('common.no')
                  )}
                </Table.Td>
                <Table.Td>
                  {!key.revokedAt && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(key)} aria-label={t('partnerApi.editNamed', { name: key.name })}>
                        {t('partnerApi.edit')}
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => setRevoking(key)}
                        aria-label={t('admin.apiKeys.revokeNamed', { name: key.name })}
                      >
                        {t('admin.apiKeys.revoke')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && <ApiKeyCreateForm onClose={() => setCreating(false)} />}
      {revoking && <RevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
      {editing && <ApiKeyEditForm apiKey={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
