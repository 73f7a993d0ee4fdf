/** Assigns a legal representative to a minor, choosing among the active representatives with their caseloads. */
import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { representativesQuery, useAsylumWrite, type MinorFile } from '../asylum/asylumApi';
import { DialogForm } from '../../../components/DialogForm';

/** The dialog, for the minor `personId` named `name`. */
export function AssignDialog({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const representatives = useQuery(representativesQuery(true));
  const [representativeId, setRepresentativeId] = useState<string | null>(null);
  const [fromOn, setFromOn] = useState(todayIn(BORDER_TIME_ZONE));
  const assign = useAsylumWrite((body: { representativeId: string; fromOn: string }) =>
    api.post<MinorFile>(`/api/asylum/minors/${personId}/representative`, body),
  );
  const errors = fieldErrors(assign.error);
  // The least loaded first: the natural choice when nothing else decides.
  const rows = [...(representatives.data?.representatives ?? [])].sort((a, b) => a.caseload - b.caseload || a.name.localeCompare(b.name));
  return (
    <DialogForm
      title={t('asylum.minors.assignTitle', { name })}
      onClose={onClose}
      error={assign.error}
      pending={assign.isPending}
      saveLabel={t('asylum.minors.assign')}
      size="lg"
      onSubmit={() =>
        assign.mutate(
          { representativeId: representativeId ?? '', fromOn },
          {
            onSuccess: (file) => {
              notifySuccess(t('asylum.minors.assigned', { name, representative: file.representative?.name ?? '' }));
              onClose();
            },
          },
        )
      }
    >
      <ErrorAlert error={representatives.error} />
      {representatives.data && rows.length === 0 && <Text c="dimmed">{t('asylum.representatives.noneActive')}</Text>}
      <Radio.Group label={t('asylum.minors.representative')} required value={representativeId} onChange={setRepresentativeId} error={errors.representativeId}>
        <Stack gap={6} mt={6}>
          {rows.map((r, index) => (
            <Radio
              key={r.id}
              value={r.id}
              data-autofocus={index === 0 || undefined}
              label={t('asylum.minors.representativeOption', { name: r.name, organisation: r.organisation, caseload: format.number(r.caseload) })}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput type="date" dir="ltr" label={t('asylum.minors.fromOn')} required value={fromOn} onChange={(e) => setFromOn(e.currentTarget.value)} error={errors.fromOn} />
    </DialogForm>
  );
}
