/** A case's checklist (AVRR pre-departure, family reunification): each item's status and note, changed in place. */
import { Badge, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { CHECKLIST_STATUSES, type CaseDetail, type ChecklistEntry, type ChecklistStatus } from '../casesApi';

const STATUS_COLOURS: Record<ChecklistStatus, string> = { pending: 'gray', 'in-progress': 'yellow', done: 'green', 'not-needed': 'blue' };

function ItemRow({ detail, entry }: { detail: CaseDetail; entry: ChecklistEntry }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const update = useCaseWrite<{ status: string; note?: string }>(detail.id, 'PUT', `/${detail.id}/checklist/${entry.item}`);
  const [note, setNote] = useState(entry.note ?? '');
  const name = labels.of('checklistItems', entry.item);
  const save = (status: string, nextNote = note) =>
    update.mutate({ status, note: nextNote.trim() || undefined }, { onError: notifyError });
  return (
    <Table.Tr>
      <Table.Th scope="row" fw="normal">
        {name}
      </Table.Th>
      <Table.Td>
        {detail.can.updateChecklist ? (
          <Select
            aria-label={t('cases.checklist.statusOf', { item: name })}
            data={CHECKLIST_STATUSES.map((s) => ({ value: s, label: labels.of('checklistStatuses', s) }))}
            value={entry.status}
            allowDeselect={false}
            onChange={(value) => value && save(value)}
            disabled={update.isPending}
            w={180}
          />
        ) : (
          <Badge color={STATUS_COLOURS[entry.status]} variant="light">
            {labels.of('checklistStatuses', entry.status)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {detail.can.updateChecklist ? (
          <TextInput
            aria-label={t('cases.checklist.noteOf', { item: name })}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            onBlur={() => note !== (entry.note ?? '') && save(entry.status)}
          />
        ) : (
          <Text size="sm" dir="auto">
            {entry.note ?? '—'}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{format.dateTime(entry.updatedAt)}</Table.Td>
    </Table.Tr>
  );
}

/** The checklist table, in the order the case type lists its items (`order`). */
export function ChecklistPanel({ detail, order = [] }: { detail: CaseDetail; order?: readonly string[] }) {
  const { t } = useTranslation();
  const rank = (item: string) => (order.includes(item) ? order.indexOf(item) : order.length);
  const entries = [...(detail.checklist ?? [])].sort((a, b) => rank(a.item) - rank(b.item) || a.item.localeCompare(b.item));
  if (entries.length === 0) {
    return <Text c="dimmed">{t('cases.checklist.none')}</Text>;
  }
  const done = entries.filter((e) => e.status === 'done' || e.status === 'not-needed').length;
  return (
    <>
      <Text size="sm" mb="xs" aria-live="polite">
        {t('cases.checklist.progress', { done, total: entries.length })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder aria-label={t('cases.sections.checklist')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.checklist.item')}</Table.Th>
              <Table.Th>{t('cases.checklist.status')}</Table.Th>
              <Table.Th>{t('cases.checklist.note')}</Table.Th>
              <Table.Th>{t('cases.checklist.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <ItemRow key={entry.item} detail={detail} entry={entry} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
