/** A person's identity documents with their flags, and adding one (from the MRZ or typed). */
import { Badge, Button, Group, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import type { Person } from './peopleApi';

export const DOCUMENT_KINDS = ['passport', 'identity-card', 'visa', 'residence-permit', 'travel-document', 'birth-certificate', 'other'] as const;

/** A document flag as a coloured badge: expired, mismatch:<field>, no-mrz. */
export function DocumentFlag({ flag }: { flag: string }) {
  const { t } = useTranslation();
  if (flag === 'expired') {
    return <Badge color="red">{t('people.documents.flags.expired')}</Badge>;
  }
  if (flag === 'no-mrz') {
    return <Badge color="gray">{t('people.documents.flags.noMrz')}</Badge>;
  }
  if (flag.startsWith('mismatch:')) {
    const field = flag.slice('mismatch:'.length);
    return <Badge color="orange">{t('people.documents.flags.mismatch', { field })}</Badge>;
  }
  return <Badge color="yellow">{flag}</Badge>;
}

function AddDocumentForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mrz, setMrz] = useState('');
  const [kind, setKind] = useState<string | null>('passport');
  const [number, setNumber] = useState('');
  const [issuingState, setIssuingState] = useState('');
  const [expiryDate, setExpiryDate] = useState('');
  const add = useMutation({
    mutationFn: () =>
      api.post(`/api/people/${personId}/documents`, {
        kind: kind ?? 'passport',
        number,
        issuingState,
        expiryDate: expiryDate.trim() || null,
        mrz: mrz.trim() || null,
      }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', personId] });
      notifySuccess(t('people.documents.added'));
      setMrz('');
      setNumber('');
      setIssuingState('');
      setExpiryDate('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('people.documents.add')}>
      <Stack gap="sm">
        <Text fw={600}>{t('people.documents.add')}</Text>
        <Textarea
          label={t('people.mrz.label')}
          description={t('people.documents.mrzOrTyped')}
          dir="ltr"
          autosize
          minRows={2}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={mrz}
          onChange={(e) => setMrz(e.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <Select
            label={t('people.documents.kind')}
            data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`people.documents.kinds.${value}`) }))}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
          />
          <TextInput label={t('people.documents.number')} dir="ltr" value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
          <TextInput label={t('people.documents.issuingState')} dir="ltr" maxLength={3} value={issuingState} onChange={(e) => setIssuingState(e.currentTarget.value)} />
          <TextInput label={t('people.documents.expiryDate')} dir="ltr" placeholder="YYYY-MM-DD" value={expiryDate} onChange={(e) => setExpiryDate(e.currentTarget.value)} />
        </Group>
        <ErrorAlert error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('people.documents.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The documents table. */
export function DocumentsPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      {person.documents.length === 0 ? (
        <Text c="dimmed">{t('people.documents.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped aria-label={t('people.documents.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.documents.kind')}</Table.Th>
                <Table.Th>{t('people.documents.number')}</Table.Th>
                <Table.Th>{t('people.documents.issuingState')}</Table.Th>
                <Table.Th>{t('people.documents.expiryDate')}</Table.Th>
                <Table.Th>{t('people.documents.flagsTitle')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>{t(`people.documents.kinds.${document.kind as 'passport'}`, { defaultValue: document.kind })}</Table.Td>
                  <Table.Td>
                    <Ltr mono>{document.number}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <Ltr mono>{document.issuingState}</Ltr>
                  </Table.Td>
                  <Table.Td>{format.date(document.expiryDate)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {document.flags.length === 0 ? (
                        <Badge color="green">{t('people.documents.flags.ok')}</Badge>
                      ) : (
                        document.flags.map((flag) => <DocumentFlag key={flag} flag={flag} />)
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {person.can.edit && <AddDocumentForm personId={person.id} />}
    </Stack>
  );
}
