/** A person's edit history, and the merges into them with "Undo merge". */
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import { historyQuery, mergesQuery, type Merge, type Person } from './peopleApi';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The history table. */
export function HistoryPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isPending } = useQuery(historyQuery(personId));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped aria-label={t('people.history.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.history.at')}</Table.Th>
            <Table.Th>{t('people.history.by')}</Table.Th>
            <Table.Th>{t('people.history.action')}</Table.Th>
            <Table.Th>{t('people.history.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data ?? []).map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{format.dateTime(entry.at)}</Table.Td>
              <Table.Td>{entry.actorLabel ?? '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`people.history.actions.${entry.action as 'registered'}`, { defaultValue: entry.action })}</Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <Text key={field} size="sm" dir="auto">
                      {field}: {show(change.from)} → {show(change.to)}
                    </Text>
                  ))}
                  {typeof entry.detail?.reason === 'string' && (
                    <Text size="sm" c="dimmed">
                      {entry.detail.reason}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function UndoMergeDialog({ merge, onClose }: { merge: Merge; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const undo = useMutation({
    mutationFn: () => api.post(`/api/people/merges/${merge.id}/undo`, { reason }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      notifySuccess(t('people.merges.undone'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    undo.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('people.merges.undoTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('people.merges.undoBody')}</Text>
          <Textarea label={t('people.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <ErrorAlert error={undo.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={undo.isPending} disabled={reason.trim().length < 3}>
              {t('people.merges.undoConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Merges into this person. */
export function MergesPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(mergesQuery(person.id));
  const [undoing, setUndoing] = useState<Merge | null>(null);
  if (!data || data.length === 0) {
    return <Text c="dimmed">{t('people.merges.none')}</Text>;
  }
  return (
    <>
      <Table withTableBorder aria-label={t('people.merges.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.merges.at')}</Table.Th>
            <Table.Th>{t('people.merges.mergedRecord')}</Table.Th>
            <Table.Th>{t('people.reason')}</Table.Th>
            <Table.Th>{t('people.merges.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((merge) => (
            <Table.Tr key={merge.id}>
              <Table.Td>{format.dateTime(merge.mergedAt)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/people/${merge.mergedId}`}>
                  {t('people.merges.openMerged')}
                </Anchor>
              </Table.Td>
              <Table.Td>{merge.reason}</Table.Td>
              <Table.Td>
                {merge.undoneAt ? (
                  <Badge color="gray">{t('people.merges.undoneAt', { time: format.dateTime(merge.undoneAt) })}</Badge>
                ) : person.can.merge ? (
                  <Button size="xs" color="red" variant="light" onClick={() => setUndoing(merge)}>
                    {t('people.merges.undo')}
                  </Button>
                ) : (
                  <Badge>{t('people.merges.active')}</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {undoing && <UndoMergeDialog merge={undoing} onClose={() => setUndoing(null)} />}
    </>
  );
}
