/** Creating or changing an organisation. */
import { Select, Switch } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { notifySuccess } from '../../../components/notify';
import { ORGANISATION_TYPES, type OrganisationType } from '../../../reference';
import { CodeInput, NameInput } from '../AdminFields';
import { organisationsQuery, type Organisation } from '../adminApi';

interface Props {
  organisation?: Organisation;
  onClose: () => void;
}

/** A modal form; `organisation` given means edit, absent means create. */
export function OrganisationForm({ organisation, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState(organisation?.code ?? '');
  const [name, setName] = useState(organisation?.name ?? '');
  const [type, setType] = useState<string | null>(organisation?.type ?? null);
  const [active, setActive] = useState(organisation?.active ?? true);
  const save = useMutation({
    mutationFn: () => {
      const body = { code: code.trim(), name: name.trim(), type, active };
      return organisation
        ? api.patch<Organisation>(`/api/admin/organisations/${organisation.id}`, body)
        : api.post<Organisation>('/api/admin/organisations', body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
      notifySuccess(t('admin.organisations.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={organisation ? t('admin.organisations.edit') : t('admin.organisations.create')}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={null}
      pending={save.isPending}
    >
      <CodeInput value={code} onChange={setCode} error={errors.code} />
      <NameInput value={name} onChange={setName} error={errors.name} />
      <Select
        label={t('admin.fields.type')}
        required
        data={ORGANISATION_TYPES.map((value) => ({ value, label: t(`organisationTypes.${value}`) }))}
        value={type}
        onChange={setType}
        error={errors.type}
        allowDeselect={false}
      />
      <Switch
        label={t('admin.fields.active')}
        checked={active}
        onChange={(event) => setActive(event.currentTarget.checked)}
      />
    </DialogForm>
  );
}

/** The translation key of an organisation type (callers pass the code as the default value). */
export function organisationTypeKey(type: string): `organisationTypes.${OrganisationType}` {
  return `organisationTypes.${type as OrganisationType}`;
}
