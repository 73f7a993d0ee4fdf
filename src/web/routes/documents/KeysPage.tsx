/**
 * The seal's signing keys: which one signs now, which are retired (still published, so older cards keep
 * verifying), which are revoked (their seals fail); rotating to a new key and revoking a compromised one.
 */
import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import { signingKeysQuery, type SigningKey } from './documentsApi';
import { ReasonDialog } from './ReasonDialog';

const KEY_COLOURS: Record<SigningKey['status'], string> = {
  current: 'green',
  retired: 'gray',
  revoked: 'red',
};

function RotateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rotate = useMutation({
    mutationFn: () => api.post<{ keyId: string }>('/api/documents/keys/rotate'),
    meta: { silent: true },
    onSuccess: async ({ keyId }) => {
      await queryClient.invalidateQueries({ queryKey: signingKeysQuery.queryKey });
      notifySuccess(t('documents.keys.rotated', { keyId }));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('documents.keys.rotate')}>
      <Stack gap="sm">
        <Text size="sm">{t('documents.keys.rotateConfirm')}</Text>
        <ErrorAlert error={rotate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={rotate.isPending} onClick={() => rotate.mutate()} data-autofocus>
            {t('documents.keys.rotate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RevokeKeyDialog({ signingKey, onClose }: { signingKey: SigningKey; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (reason: string) => api.post(`/api/documents/keys/${signingKey.keyId}/revoke`, { reason }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: signingKeysQuery.queryKey });
      notifySuccess(t('documents.keys.revoked', { keyId: signingKey.keyId }));
      onClose();
    },
  });
  return (
    <ReasonDialog
      title={t('documents.keys.revokeNamed', { keyId: signingKey.keyId })}
      warning={t('documents.keys.revokeWarning')}
      confirmLabel={t('documents.keys.revoke')}
      error={revoke.error}
      pending={revoke.isPending}
      onConfirm={(reason) => revoke.mutate(reason)}
      onClose={onClose}
    />
  );
}

/** The signing-keys tab. */
export function KeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const keys = useQuery(signingKeysQuery);
  const [rotating, setRotating] = useState(false);
  const [revoking, setRevoking] = useState<SigningKey | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('documents.keys.intro')}</Text>
        <Button onClick={() => setRotating(true)}>{t('documents.keys.rotate')}</Button>
      </Group>
      <ErrorAlert error={keys.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder aria-label={t('documents.tabs.keys')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.keys.keyId')}</Table.Th>
              <Table.Th>{t('documents.fields.status')}</Table.Th>
              <Table.Th>{t('documents.keys.createdAt')}</Table.Th>
              <Table.Th>{t('documents.keys.retiredAt')}</Table.Th>
              <Table.Th>{t('documents.keys.revokedAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.isPending && (
              <Table.Tr>
                <Table.Td colSpan={6}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {keys.data?.map((key) => (
              <Table.Tr key={key.keyId}>
                <Table.Td>
                  <Ltr mono>{key.keyId}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Badge color={KEY_COLOURS[key.status]} variant="light">
                    {t(`documents.keys.statuses.${key.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(key.createdAt)}</Table.Td>
                <Table.Td>{format.dateTime(key.retiredAt)}</Table.Td>
                <Table.Td>{format.dateTime(key.revokedAt)}</Table.Td>
                <Table.Td>
                  {key.status !== 'revoked' && (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      onClick={() => setRevoking(key)}
                      aria-label={t('documents.keys.revokeNamed', { keyId: key.keyId })}
                    >
                      {t('documents.keys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rotating && <RotateDialog onClose={() => setRotating(false)} />}
      {revoking && <RevokeKeyDialog signingKey={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}
