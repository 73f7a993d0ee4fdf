/** Creating or changing a site; a border crossing point also gets its mode and lanes. */
import { Select, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { notifySuccess } from '../../../components/notify';
import { BCP_MODES, SITE_TYPES } from '../../../reference';
import { CodeInput, NameInput, OrganisationSelect } from '../AdminFields';
import { sitesQuery, type Site } from '../adminApi';
import { bcpLanes, bcpMode, parseLanes } from './siteDetails';

interface Props {
  site?: Site;
  onClose: () => void;
}

/** A modal form; `site` given means edit, absent means create. */
export function SiteForm({ site, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [organisationId, setOrganisationId] = useState<string | null>(site?.organisationId ?? null);
  const [code, setCode] = useState(site?.code ?? '');
  const [name, setName] = useState(site?.name ?? '');
  const [type, setType] = useState<string | null>(site?.type ?? null);
  const [mode, setMode] = useState<string | null>(site ? bcpMode(site.details) : null);
  const [lanes, setLanes] = useState(site ? bcpLanes(site.details).join(', ') : '');
  const [active, setActive] = useState(site?.active ?? true);
  const save = useMutation({
    mutationFn: () => {
      const details: Record<string, unknown> = { ...(site?.details ?? {}) };
      if (type === 'bcp') {
        details.mode = mode ?? undefined;
        details.lanes = parseLanes(lanes);
      }
      const body = { organisationId, code: code.trim(), name: name.trim(), type, details, active };
      return site
        ? api.patch<Site>(`/api/admin/sites/${site.id}`, body)
        : api.post<Site>('/api/admin/sites', body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: sitesQuery.queryKey });
      notifySuccess(t('admin.sites.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={site ? t('admin.sites.edit') : t('admin.sites.create')}
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={null}
      pending={save.isPending}
    >
      <OrganisationSelect value={organisationId} onChange={setOrganisationId} error={errors.organisationId} />
      <CodeInput value={code} onChange={setCode} error={errors.code} />
      <NameInput value={name} onChange={setName} error={errors.name} />
      <Select
        label={t('admin.fields.type')}
        required
        data={SITE_TYPES.map((value) => ({ value, label: t(`siteTypes.${value}`) }))}
        value={type}
        onChange={setType}
        error={errors.type}
        allowDeselect={false}
      />
      {type === 'bcp' && (
        <>
          <Select
            label={t('admin.sites.mode')}
            data={BCP_MODES.map((value) => ({ value, label: t(`bcpModes.${value}`) }))}
            value={mode}
            onChange={setMode}
            error={errors.details}
          />
          <TextInput
            label={t('admin.sites.lanes')}
            description={t('admin.sites.lanesHint')}
            dir="ltr"
            value={lanes}
            onChange={(event) => setLanes(event.currentTarget.value)}
          />
        </>
      )}
      <Switch
        label={t('admin.fields.active')}
        checked={active}
        onChange={(event) => setActive(event.currentTarget.checked)}
      />
    </DialogForm>
  );
}
