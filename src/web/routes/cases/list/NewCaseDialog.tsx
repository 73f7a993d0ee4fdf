/** Opens a case: its type (those the caller may open), a title, the first person and their role, the team. */
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { useOpenCase } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import type { CaseDetail, CaseTypes } from '../casesApi';
import { PersonPicker } from '../common/PersonPicker';

/** The dialog; `onOpened` gets the new case. */
export function NewCaseDialog({
  types,
  onClose,
  onOpened,
}: {
  types: CaseTypes;
  onClose: () => void;
  onOpened: (detail: CaseDetail) => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const open = useOpenCase();
  const creatable = types.types.filter((d) => d.can.create);
  const [type, setType] = useState<string | null>(creatable[0]?.type ?? null);
  const [title, setTitle] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>('principal');
  const [team, setTeam] = useState('');
  const errors = fieldErrors(open.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(
      {
        type: type ?? '',
        title: title.trim(),
        persons: personId ? [{ personId, role: role ?? 'principal' }] : [],
        assignedTeam: team.trim() || undefined,
      },
      { onSuccess: onOpened },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.list.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('cases.fieldsOfCase.type')}
            required
            data={creatable.map((d) => ({ value: d.type, label: labels.type(d.type) }))}
            value={type}
            onChange={setType}
            error={errors.type}
            data-autofocus
          />
          <TextInput
            label={t('cases.fieldsOfCase.title')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
          />
          <PersonPicker value={personId} onChange={setPersonId} required error={errors.persons} />
          <Select
            label={t('cases.persons.role')}
            required
            data={types.personRoles.map((r) => ({ value: r, label: labels.of('roles', r) }))}
            value={role}
            onChange={setRole}
          />
          <TextInput
            label={t('cases.fieldsOfCase.team')}
            value={team}
            onChange={(event) => setTeam(event.currentTarget.value)}
            error={errors.assignedTeam}
          />
          <FormActions error={open.error} pending={open.isPending} onCancel={onClose} saveLabel={t('cases.list.open')} />
        </Stack>
      </form>
    </Modal>
  );
}
