/**
 * One conflict side by side (headquarters, the post, what the post started from), who changed each side
 * and when, and its resolution.
 */
import { Anchor, Modal, Radio, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import { Fact } from '../documents/DocumentFacts';
import { resolveConflict, syncConflictQuery, type ConflictChange, type ConflictChoice, type SyncConflictDetail } from './syncApi';

/** A field's value as text: lists joined, nothing as a dash. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map(shown).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
}

/** "7 Dec 2026, 10:02 by Bogdan Border-Officer", or what of it is known. */
function useChangeText(): (change: ConflictChange) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (change) => {
    if (!change.at) {
      return change.by ?? t('sync.conflicts.notRecorded');
    }
    return change.by ? t('sync.conflicts.atBy', { at: format.dateTime(change.at), by: change.by }) : format.dateTime(change.at);
  };
}

/** Whose record it is, where and when each side changed it, who decided: what a reviewer checks first. */
function Facts({ conflict }: { conflict: SyncConflictDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changeText = useChangeText();
  const name = [conflict.person.surname, conflict.person.givenNames].filter(Boolean).join(', ');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Fact label={t('sync.conflicts.facts.person')}>
        <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: conflict.personId }} />}>
          <span dir="auto">{name || '—'}</span>
        </Anchor>{' '}
        <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          <Ltr mono>{conflict.registrationNumber ?? ''}</Ltr>
        </Text>
      </Fact>
      <Fact label={t('sync.conflicts.facts.post')}>
        {conflict.site.name}{' '}
        <Text span size="sm" c="dimmed">
          <Ltr mono>{conflict.site.code}</Ltr>
        </Text>
      </Fact>
      <Fact label={t('sync.conflicts.facts.changedAtPost', { post: conflict.site.name })}>{changeText(conflict.postChange)}</Fact>
      <Fact label={t('sync.conflicts.facts.changedAtHq')}>{changeText(conflict.hqChange)}</Fact>
      <Fact label={t('sync.conflicts.facts.found')}>{format.dateTime(conflict.detectedAt)}</Fact>
      {conflict.status === 'resolved' && (
        <>
          <Fact label={t('sync.conflicts.facts.decided')}>{changeText({ at: conflict.resolvedAt, by: conflict.resolvedByName })}</Fact>
          <Fact label={t('sync.conflicts.note')}>
            <span dir="auto">{conflict.note ?? '—'}</span>
          </Fact>
        </>
      )}
    </SimpleGrid>
  );
}

function Versions({ conflict }: { conflict: SyncConflictDetail }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder fz="sm" aria-label={t('sync.conflicts.versions')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sync.conflicts.columns.field')}</Table.Th>
          <Table.Th>{t('sync.conflicts.columns.hq')}</Table.Th>
          <Table.Th>{t('sync.conflicts.columns.postValue', { post: conflict.site.name })}</Table.Th>
          {conflict.base && <Table.Th>{t('sync.conflicts.columns.base')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {conflict.fields.map((field) => (
          <Table.Tr key={field}>
            <Table.Th scope="row" fw="normal">
              {t(`people.fields.${field}`, { defaultValue: field })}
            </Table.Th>
            <Table.Td>{shown(conflict.hq[field])}</Table.Td>
            <Table.Td>{shown(conflict.post[field])}</Table.Td>
            {conflict.base && <Table.Td>{shown(conflict.base[field])}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ResolveForm({ conflict, onDone }: { conflict: SyncConflictDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<ConflictChoice>('keep-hq');
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () => resolveConflict(conflict.id, choice, note),
    onSuccess: async () => {
      notifySuccess(t('sync.conflicts.resolvedNotice'));
      await queryClient.invalidateQueries({ queryKey: ['sync'] });
      onDone();
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        resolve.mutate();
      }}
    >
      <Stack gap="sm">
        <Radio.Group label={t('sync.conflicts.choose')} value={choice} onChange={(value) => setChoice(value === 'take-post' ? 'take-post' : 'keep-hq')}>
          <Stack gap={6} mt={4}>
            <Radio value="keep-hq" label={t('sync.conflicts.choices.keep-hq')} />
            <Radio value="take-post" label={t('sync.conflicts.choices.take-post', { post: conflict.site.name })} />
          </Stack>
        </Radio.Group>
        <Textarea label={t('sync.conflicts.note')} description={t('sync.conflicts.noteHint')} required minLength={3} maxLength={1000} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldErrors(resolve.error).note} autosize minRows={2} />
        <FormActions error={resolve.error} pending={resolve.isPending} onCancel={onDone} saveLabel={t('sync.conflicts.resolve')} />
      </Stack>
    </form>
  );
}

/** The review dialog of one conflict (`id`; none before the first review is opened). */
export function ConflictReview({ id, opened, onClose }: { id: string | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const conflict = useQuery({ ...syncConflictQuery(id ?? ''), enabled: id !== null });
  return (
    <Modal opened={opened} onClose={onClose} title={t('sync.conflicts.dialogTitle', { person: conflict.data?.registrationNumber ?? '' })} size="lg">
      <ErrorAlert error={conflict.error} />
      {!conflict.data && !conflict.error && <Text>{t('common.loading')}</Text>}
      {conflict.data && (
        <Stack gap="md">
          <Text size="sm">{t('sync.conflicts.explain', { post: conflict.data.site.name })}</Text>
          <Facts conflict={conflict.data} />
          <Versions conflict={conflict.data} />
          {conflict.data.status === 'open' && conflict.data.can.resolve ? (
            <ResolveForm conflict={conflict.data} onDone={onClose} />
          ) : (
            conflict.data.status === 'resolved' && (
              <Text size="sm">
                {t('sync.conflicts.resolvedAs', { choice: t(`sync.conflicts.choices.${conflict.data.resolution ?? 'keep-hq'}` as const, { post: conflict.data.site.name }) })}
              </Text>
            )
          )}
        </Stack>
      )}
    </Modal>
  );
}
