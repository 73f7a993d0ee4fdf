/** A person's legal-status history, and recording a new status (e.g. from an asylum decision). */
import { Button, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import { LEGAL_STATUSES, type LegalStatusRecord, type Person } from './peopleApi';

/** Today in the user's own time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

function RecordLegalStatusForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState(today);
  const [validTo, setValidTo] = useState('');
  const [note, setNote] = useState('');
  const record = useMutation({
    mutationFn: () =>
      api.post<LegalStatusRecord>(`/api/people/${personId}/legal-statuses`, {
        status,
        validFrom: validFrom.trim(),
        validTo: validTo.trim() || null,
        note: note.trim() || null,
      }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', personId] });
      notifySuccess(t('people.legalStatus.recorded'));
      setStatus(null);
      setValidFrom(today());
      setValidTo('');
      setNote('');
    },
  });
  const errors = fieldErrors(record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('people.legalStatus.record')}>
      <Stack gap="sm">
        <Text fw={600}>{t('people.legalStatus.record')}</Text>
        <Group grow align="flex-end">
          <Select
            label={t('people.fields.legalStatus')}
            required
            data={LEGAL_STATUSES.map((value) => ({ value, label: t(`people.legalStatuses.${value}`) }))}
            value={status}
            onChange={setStatus}
            error={errors.status}
          />
          <TextInput
            label={t('people.validFrom')}
            required
            dir="ltr"
            placeholder="YYYY-MM-DD"
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            error={errors.validFrom}
          />
          <TextInput
            label={t('people.validTo')}
            description={t('people.legalStatus.validToHint')}
            dir="ltr"
            placeholder="YYYY-MM-DD"
            value={validTo}
            onChange={(e) => setValidTo(e.currentTarget.value)}
            error={errors.validTo}
          />
        </Group>
        <Textarea label={t('people.note')} description={t('people.legalStatus.noteHint')} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
        <ErrorAlert error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending} disabled={!status || !validFrom.trim()}>
            {t('people.legalStatus.recordButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The status history, oldest first as the server keeps it, and the form for a new one. */
export function LegalStatusPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      {person.legalStatuses.length === 0 ? (
        <Text c="dimmed">{t('people.noStatuses')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder aria-label={t('people.statusHistory')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.fields.legalStatus')}</Table.Th>
                <Table.Th>{t('people.validFrom')}</Table.Th>
                <Table.Th>{t('people.validTo')}</Table.Th>
                <Table.Th>{t('people.note')}</Table.Th>
                <Table.Th>{t('people.legalStatus.recordedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.legalStatuses.map((status) => (
                <Table.Tr key={status.id}>
                  <Table.Td>{t(`people.legalStatuses.${status.status as 'refugee'}`, { defaultValue: status.status })}</Table.Td>
                  <Table.Td>{format.date(status.validFrom)}</Table.Td>
                  <Table.Td>{format.date(status.validTo)}</Table.Td>
                  <Table.Td>
                    <span dir="auto">{status.note ?? '—'}</span>
                  </Table.Td>
                  <Table.Td>{format.dateTime(status.recordedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {person.can.edit && <RecordLegalStatusForm personId={person.id} />}
    </Stack>
  );
}
