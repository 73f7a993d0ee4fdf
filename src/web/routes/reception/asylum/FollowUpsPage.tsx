/** Follow-up tasks created by screenings: open or done, overdue only, and editing one (assignee, due day, outcome). */
import { Anchor, Badge, Button, Checkbox, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { notifySuccess } from '../../../components/notify';
import { DialogForm } from '../../../components/DialogForm';
import { personName } from '../PersonPicker';
import { useDay } from './ApplicationPage';
import { followUpOrganisationsQuery, followUpsQuery, useAsylumWrite, type FollowUp } from './asylumApi';

function EditDialog({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const organisations = useQuery(followUpOrganisationsQuery);
  const [organisationId, setOrganisationId] = useState<string | null>(followUp.assigneeOrganisation?.id ?? null);
  const [team, setTeam] = useState(followUp.assigneeTeam ?? '');
  const [dueOn, setDueOn] = useState(followUp.dueOn);
  const [done, setDone] = useState(followUp.status === 'done');
  const [outcome, setOutcome] = useState(followUp.outcome ?? '');
  const save = useAsylumWrite((body: Record<string, unknown>) => api.patch<FollowUp>(`/api/asylum/follow-ups/${followUp.id}`, body));
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={t('asylum.followUps.editTitle', { name: personName(followUp.person), category: t(`asylum.categories.${followUp.category as 'minor'}`, { defaultValue: followUp.category }) })}
      onClose={onClose}
      error={save.error}
      pending={save.isPending}
      onSubmit={() =>
        save.mutate(
          {
            assigneeOrganisationId: organisationId ?? undefined,
            assigneeTeam: team.trim() || undefined,
            dueOn,
            status: done ? 'done' : 'open',
            outcome: outcome.trim() || undefined,
          },
          {
            onSuccess: () => {
              notifySuccess(t('asylum.followUps.saved'));
              onClose();
            },
          },
        )
      }
    >
      <Select label={t('asylum.followUps.organisation')} data-autofocus searchable data={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))} value={organisationId} onChange={setOrganisationId} error={errors.assigneeOrganisationId} />
      <TextInput label={t('asylum.followUps.team')} value={team} onChange={(e) => setTeam(e.currentTarget.value)} error={errors.assigneeTeam} />
      <TextInput type="date" dir="ltr" label={t('asylum.followUps.dueOn')} required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={errors.dueOn} />
      <Checkbox label={t('asylum.followUps.markDone')} checked={done} onChange={(e) => setDone(e.currentTarget.checked)} />
      <Textarea label={t('asylum.followUps.outcome')} required={done} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} autosize error={errors.outcome} />
    </DialogForm>
  );
}

/** The follow-ups table (also on a person's page, with `rows` given). */
export function FollowUpsTable({ rows }: { rows: FollowUp[] }) {
  const { t } = useTranslation();
  const day = useDay();
  const [editing, setEditing] = useState<FollowUp | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder aria-label={t('reception.tabs.followUps')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('asylum.fields.person')}</Table.Th>
              <Table.Th>{t('asylum.followUps.category')}</Table.Th>
              <Table.Th>{t('asylum.followUps.dueOn')}</Table.Th>
              <Table.Th>{t('asylum.followUps.assignee')}</Table.Th>
              <Table.Th>{t('asylum.fields.status')}</Table.Th>
              <Table.Th>{t('reception.residents.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor renderRoot={(props) => <Link {...props} to="/reception/people/$personId" params={{ personId: f.person.id }} />}>
                    <span dir="auto">{personName(f.person)}</span>
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`asylum.categories.${f.category as 'minor'}`, { defaultValue: f.category })}</Table.Td>
                <Table.Td>
                  {day(f.dueOn)} {f.overdue && f.status === 'open' && <Badge color="red" variant="filled">{t('asylum.followUps.overdue')}</Badge>}
                </Table.Td>
                <Table.Td>{[f.assigneeOrganisation?.name, f.assigneeTeam].filter(Boolean).join(' · ') || '—'}</Table.Td>
                <Table.Td>
                  {f.status === 'done' ? `${t('asylum.followUps.statuses.done')} · ${f.outcome ?? ''}` : t('asylum.followUps.statuses.open')}
                </Table.Td>
                <Table.Td>
                  {f.can.edit && (
                    <Button size="xs" variant="light" onClick={() => setEditing(f)}>
                      {t('asylum.followUps.edit')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <EditDialog followUp={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

/** The follow-ups tab. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const [overdue, setOverdue] = useState(false);
  const followUps = useQuery(followUpsQuery(status, overdue));
  const rows = followUps.data?.followUps ?? [];
  return (
    <Stack gap="md">
      <Text maw={760}>{t('asylum.followUps.intro')}</Text>
      <Group gap="md">
        <SegmentedControl
          aria-label={t('asylum.fields.status')}
          data={(['open', 'done'] as const).map((value) => ({ value, label: t(`asylum.followUps.statuses.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value === 'done' ? 'done' : 'open')}
        />
        {status === 'open' && <Checkbox label={t('asylum.followUps.overdueOnly')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />}
        <ExportButton path="/api/asylum/follow-ups/export" params={{ status, overdue: overdue ? 'true' : undefined }} />
      </Group>
      <ErrorAlert error={followUps.error} />
      {followUps.isPending ? <Text>{t('common.loading')}</Text> : rows.length === 0 ? <Text c="dimmed">{t('asylum.followUps.none')}</Text> : <FollowUpsTable rows={rows} />}
    </Stack>
  );
}
