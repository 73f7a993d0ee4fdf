/** The register of trained legal representatives with their caseloads; adding and editing one. */
import { Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { notifySuccess } from '../../../components/notify';
import { YesNo } from '../../../components/YesNo';
import { useFormat } from '../../../format';
import { can, useMe } from '../../../session';
import { useDay } from '../asylum/ApplicationPage';
import { representativesQuery, useAsylumWrite, type Representative } from '../asylum/asylumApi';
import { DialogForm } from '../../../components/DialogForm';

type Draft = Omit<Representative, 'id' | 'caseload'>;

function RepresentativeDialog({ representative, onClose }: { representative: Representative | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(
    representative ?? { name: '', organisation: '', contact: '', trainedOn: '', active: true },
  );
  const save = useAsylumWrite((body: Draft) =>
    representative ? api.patch<Representative>(`/api/asylum/representatives/${representative.id}`, body) : api.post<Representative>('/api/asylum/representatives', body),
  );
  const errors = fieldErrors(save.error);
  const text = (key: 'name' | 'organisation' | 'contact', autofocus = false) => (
    <TextInput label={t(`asylum.representatives.${key}`)} required data-autofocus={autofocus || undefined} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} error={errors[key]} />
  );
  return (
    <DialogForm
      title={representative ? t('asylum.representatives.edit') : t('asylum.representatives.new')}
      onClose={onClose}
      error={save.error}
      pending={save.isPending}
      onSubmit={() =>
        save.mutate(
          { ...draft, name: draft.name.trim(), organisation: draft.organisation.trim(), contact: draft.contact.trim() },
          { onSuccess: () => { notifySuccess(t('asylum.representatives.saved')); onClose(); } },
        )
      }
    >
      {text('name', true)}
      {text('organisation')}
      {text('contact')}
      <TextInput type="date" dir="ltr" label={t('asylum.representatives.trainedOn')} required value={draft.trainedOn} onChange={(e) => setDraft({ ...draft, trainedOn: e.currentTarget.value })} error={errors.trainedOn} />
      <Checkbox label={t('asylum.representatives.active')} checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })} />
    </DialogForm>
  );
}

/** The representatives tab. */
export function RepresentativesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const day = useDay();
  const me = useMe();
  const manage = can(me, ['reception.manage']);
  const [activeOnly, setActiveOnly] = useState(false);
  const representatives = useQuery(representativesQuery(activeOnly));
  const [editing, setEditing] = useState<Representative | 'new' | null>(null);
  const rows = representatives.data?.representatives ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('asylum.representatives.intro')}</Text>
        {manage && <Button onClick={() => setEditing('new')}>{t('asylum.representatives.new')}</Button>}
      </Group>
      <Group justify="space-between">
        <Checkbox label={t('asylum.representatives.activeOnly')} checked={activeOnly} onChange={(e) => setActiveOnly(e.currentTarget.checked)} />
        <ExportButton path="/api/asylum/representatives/export" params={{ active: activeOnly ? 'true' : undefined }} />
      </Group>
      <ErrorAlert error={representatives.error} />
      {representatives.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('asylum.representatives.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('reception.tabs.representatives')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('asylum.representatives.name')}</Table.Th>
                <Table.Th>{t('asylum.representatives.organisation')}</Table.Th>
                <Table.Th>{t('asylum.representatives.contact')}</Table.Th>
                <Table.Th>{t('asylum.representatives.trainedOn')}</Table.Th>
                <Table.Th>{t('asylum.representatives.active')}</Table.Th>
                <Table.Th ta="end">{t('asylum.representatives.caseload')}</Table.Th>
                {manage && <Table.Th>{t('reception.residents.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw="normal">{r.name}</Table.Th>
                  <Table.Td>{r.organisation}</Table.Td>
                  <Table.Td>{r.contact}</Table.Td>
                  <Table.Td>{day(r.trainedOn)}</Table.Td>
                  <Table.Td><YesNo value={r.active} /></Table.Td>
                  <Table.Td ta="end">{format.number(r.caseload)}</Table.Td>
                  {manage && (
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(r)} aria-label={t('asylum.representatives.editNamed', { name: r.name })}>
                        {t('asylum.representatives.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <RepresentativeDialog representative={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
