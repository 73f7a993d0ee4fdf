/** Listing one document as lost, stolen, revoked or invalidated (a document taken off the list is listed again). */
import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { lostDocumentQuery, LOST_DOCUMENT_REASONS, type LostDocument } from './watchlistsApi';

const EMPTY = { number: '', issuingState: '', reason: null as string | null, reportedAt: '', source: '' };

/** The form; on success it empties itself and the document's look-up answers from the new entry. */
export function LostDocumentForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const list = useMutation({
    mutationFn: () =>
      api.post<LostDocument>('/api/border/lost-documents', {
        number: draft.number.trim(),
        issuingState: draft.issuingState.trim(),
        reason: draft.reason,
        reportedAt: draft.reportedAt || null,
        source: draft.source.trim() || null,
      }),
    meta: { silent: true },
    onSuccess: (row) => {
      queryClient.setQueryData(lostDocumentQuery(row.number, row.issuingState).queryKey, { document: row });
      notifySuccess(
        t('border.watchlists.lost.listed', {
          number: row.number,
          state: row.issuingState,
          reason: t(`border.lostReasons.${row.reason}`),
        }),
      );
      setDraft(EMPTY);
    },
  });
  const errors = fieldErrors(list.error);
  const field = (key: 'number' | 'issuingState' | 'reportedAt' | 'source') => ({
    value: draft[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: value }));
    },
    error: errors[key],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label={t('border.watchlists.lost.listTitle')}>
        <Stack gap="sm">
          <Title order={3}>{t('border.watchlists.lost.listTitle')}</Title>
          <Group grow align="flex-start">
            <TextInput label={t('border.watchlists.lost.number')} required dir="ltr" {...field('number')} />
            <TextInput
              label={t('border.watchlists.lost.issuingState')}
              description={t('border.watchlists.lost.issuingStateHint')}
              required
              dir="ltr"
              maxLength={3}
              {...field('issuingState')}
            />
          </Group>
          <Select
            label={t('border.watchlists.lost.reason')}
            required
            data={LOST_DOCUMENT_REASONS.map((value) => ({ value, label: t(`border.lostReasons.${value}`) }))}
            value={draft.reason}
            onChange={(reason) => setDraft((current) => ({ ...current, reason }))}
            error={errors.reason}
            allowDeselect={false}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('border.watchlists.lost.reportedAt')}
              description={t('border.watchlists.lost.reportedAtHint')}
              type="date"
              {...field('reportedAt')}
            />
            <TextInput
              label={t('border.watchlists.lost.source')}
              description={t('border.watchlists.lost.sourceHint')}
              {...field('source')}
            />
          </Group>
          <ErrorAlert error={list.error} />
          <Group>
            <Button type="submit" loading={list.isPending}>
              {t('border.watchlists.lost.list')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
