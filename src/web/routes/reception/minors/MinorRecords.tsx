/** The records on a minor's file: age assessments and family tracing, each with its form. */
import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { useDay } from '../asylum/ApplicationPage';
import { ASSESSMENT_METHODS, TRACING_STATUSES, useAsylumWrite, type MinorFile, type TracingStatus } from '../asylum/asylumApi';
import { DialogForm } from '../../../components/DialogForm';

function AssessmentDialog({ file, onClose }: { file: MinorFile; onClose: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<string | null>(null);
  const [assessedOn, setAssessedOn] = useState(todayIn(BORDER_TIME_ZONE));
  const [assessedBy, setAssessedBy] = useState('');
  const [resultKind, setResultKind] = useState<'age' | 'dateOfBirth'>('age');
  const [resultAge, setResultAge] = useState<number | string>('');
  const [resultDateOfBirth, setResultDateOfBirth] = useState('');
  const [note, setNote] = useState('');
  const save = useAsylumWrite((body: Record<string, unknown>) => api.post<MinorFile>(`/api/asylum/minors/${file.personId}/age-assessments`, body));
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={t('asylum.assessments.new')}
      onClose={onClose}
      error={save.error}
      pending={save.isPending}
      onSubmit={() =>
        save.mutate(
          {
            method: method ?? '',
            assessedOn,
            assessedBy: assessedBy.trim(),
            ...(resultKind === 'age' ? { resultAge: typeof resultAge === 'number' ? resultAge : undefined } : { resultDateOfBirth: resultDateOfBirth || undefined }),
            note: note.trim() || undefined,
          },
          { onSuccess: () => { notifySuccess(t('asylum.assessments.saved')); onClose(); } },
        )
      }
    >
      <Select label={t('asylum.assessments.method')} required data-autofocus data={ASSESSMENT_METHODS.map((m) => ({ value: m, label: t(`asylum.assessments.methods.${m}`) }))} value={method} onChange={setMethod} error={errors.method} />
      <TextInput type="date" dir="ltr" label={t('asylum.assessments.assessedOn')} required value={assessedOn} onChange={(e) => setAssessedOn(e.currentTarget.value)} error={errors.assessedOn} />
      <TextInput label={t('asylum.assessments.assessedBy')} required value={assessedBy} onChange={(e) => setAssessedBy(e.currentTarget.value)} error={errors.assessedBy} />
      <SegmentedControl
        aria-label={t('asylum.assessments.resultKind')}
        data={[
          { value: 'age', label: t('asylum.assessments.resultAge') },
          { value: 'dateOfBirth', label: t('asylum.assessments.resultDateOfBirth') },
        ]}
        value={resultKind}
        onChange={(value) => setResultKind(value === 'dateOfBirth' ? 'dateOfBirth' : 'age')}
      />
      {resultKind === 'age' ? (
        <NumberInput label={t('asylum.assessments.resultAge')} required min={0} max={40} allowDecimal={false} value={resultAge} onChange={setResultAge} error={errors.resultAge} />
      ) : (
        <TextInput type="date" dir="ltr" label={t('asylum.assessments.resultDateOfBirth')} required value={resultDateOfBirth} onChange={(e) => setResultDateOfBirth(e.currentTarget.value)} error={errors.resultDateOfBirth} />
      )}
      <Textarea label={t('asylum.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize error={errors.note} />
    </DialogForm>
  );
}

type TracingEdit = { id: string | null; status: TracingStatus; contacts: string; outcome: string };

function TracingDialog({ file, edit, onClose }: { file: MinorFile; edit: TracingEdit; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(edit);
  const [openedOn, setOpenedOn] = useState(todayIn(BORDER_TIME_ZONE));
  const save = useAsylumWrite((body: Record<string, unknown>) =>
    edit.id ? api.patch<MinorFile>(`/api/asylum/family-tracing/${edit.id}`, body) : api.post<MinorFile>(`/api/asylum/minors/${file.personId}/family-tracing`, body),
  );
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={edit.id ? t('asylum.tracing.update') : t('asylum.tracing.new')}
      onClose={onClose}
      error={save.error}
      pending={save.isPending}
      onSubmit={() =>
        save.mutate(
          { ...(edit.id ? {} : { openedOn }), status: draft.status, contacts: draft.contacts.trim(), outcome: draft.outcome.trim() || undefined },
          { onSuccess: () => { notifySuccess(t('asylum.tracing.saved')); onClose(); } },
        )
      }
    >
      {!edit.id && <TextInput type="date" dir="ltr" label={t('asylum.tracing.openedOn')} required value={openedOn} onChange={(e) => setOpenedOn(e.currentTarget.value)} error={errors.openedOn} />}
      <Select label={t('asylum.tracing.status')} required data-autofocus data={TRACING_STATUSES.map((s) => ({ value: s, label: t(`asylum.tracing.statuses.${s}`) }))} value={draft.status} onChange={(value) => setDraft({ ...draft, status: TRACING_STATUSES.find((s) => s === value) ?? 'open' })} allowDeselect={false} error={errors.status} />
      <Textarea label={t('asylum.tracing.contacts')} description={t('asylum.tracing.contactsHint')} required value={draft.contacts} onChange={(e) => setDraft({ ...draft, contacts: e.currentTarget.value })} autosize error={errors.contacts} />
      <Textarea label={t('asylum.tracing.outcome')} value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.currentTarget.value })} autosize error={errors.outcome} />
    </DialogForm>
  );
}

/** Age assessments, newest first, and the button to record one. */
export function AssessmentsSection({ file }: { file: MinorFile }) {
  const { t } = useTranslation();
  const day = useDay();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby="minor-assessments">
      <Group justify="space-between">
        <Title order={3} size="h4" id="minor-assessments">{t('asylum.assessments.title')}</Title>
        {file.can.edit && <Button size="xs" variant="light" onClick={() => setAdding(true)}>{t('asylum.assessments.new')}</Button>}
      </Group>
      {file.assessments.length === 0 ? (
        <Text c="dimmed">{t('asylum.assessments.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('asylum.assessments.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('asylum.assessments.assessedOn')}</Table.Th>
              <Table.Th>{t('asylum.assessments.method')}</Table.Th>
              <Table.Th>{t('asylum.assessments.assessedBy')}</Table.Th>
              <Table.Th>{t('asylum.assessments.result')}</Table.Th>
              <Table.Th>{t('asylum.fields.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.assessments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{day(a.assessedOn)}</Table.Td>
                <Table.Td>{t(`asylum.assessments.methods.${a.method as 'other'}`, { defaultValue: a.method })}</Table.Td>
                <Table.Td>{a.assessedBy}</Table.Td>
                <Table.Td>{a.resultAge !== null ? t('asylum.assessments.years', { count: a.resultAge }) : day(a.resultDateOfBirth)}</Table.Td>
                <Table.Td>{a.note ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && <AssessmentDialog file={file} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

/** Family tracing records with their status, and the buttons to open or update one. */
export function TracingSection({ file }: { file: MinorFile }) {
  const { t } = useTranslation();
  const day = useDay();
  const [edit, setEdit] = useState<TracingEdit | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="minor-tracing">
      <Group justify="space-between">
        <Title order={3} size="h4" id="minor-tracing">{t('asylum.tracing.title')}</Title>
        {file.can.edit && (
          <Button size="xs" variant="light" onClick={() => setEdit({ id: null, status: 'open', contacts: '', outcome: '' })}>
            {t('asylum.tracing.new')}
          </Button>
        )}
      </Group>
      {file.tracing.length === 0 ? (
        <Text c="dimmed">{t('asylum.tracing.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('asylum.tracing.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('asylum.tracing.openedOn')}</Table.Th>
              <Table.Th>{t('asylum.tracing.status')}</Table.Th>
              <Table.Th>{t('asylum.tracing.contacts')}</Table.Th>
              <Table.Th>{t('asylum.tracing.outcome')}</Table.Th>
              {file.can.edit && <Table.Th>{t('reception.residents.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.tracing.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{day(r.openedOn)}</Table.Td>
                <Table.Td>{t(`asylum.tracing.statuses.${r.status}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.contacts}</Table.Td>
                <Table.Td>{r.outcome ?? '—'}</Table.Td>
                {file.can.edit && (
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setEdit({ id: r.id, status: r.status, contacts: r.contacts, outcome: r.outcome ?? '' })}>
                      {t('asylum.tracing.update')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {edit && <TracingDialog file={file} edit={edit} onClose={() => setEdit(null)} />}
    </Stack>
  );
}
