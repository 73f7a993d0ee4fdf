/** Lodges an asylum application: the person (found, or given), the day and the place it was lodged. */
import { Select, Textarea, TextInput, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { notifySuccess } from '../../../components/notify';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import type { PersonSummary } from '../../people/peopleApi';
import { DialogForm } from '../../../components/DialogForm';
import { PersonPicker, personName } from '../PersonPicker';
import { lodgingSitesQuery, useAsylumWrite, type Application } from './asylumApi';

/** The dialog; with `person` the applicant is fixed (from their page). */
export function LodgeDialog({ person: given, onClose }: { person?: PersonSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sites = useQuery(lodgingSitesQuery);
  const [person, setPerson] = useState<PersonSummary | null>(given ?? null);
  const [lodgedOn, setLodgedOn] = useState(todayIn(BORDER_TIME_ZONE));
  const [siteId, setSiteId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const lodge = useAsylumWrite((body: { personId: string; lodgedOn: string; siteId: string; note?: string }) =>
    api.post<Application>('/api/asylum/applications', body),
  );
  const errors = fieldErrors(lodge.error);
  return (
    <DialogForm
      title={t('asylum.lodge.title')}
      onClose={onClose}
      error={lodge.error}
      pending={lodge.isPending}
      saveLabel={t('asylum.lodge.submit')}
      size="lg"
      onSubmit={() =>
        lodge.mutate(
          { personId: person?.id ?? '', lodgedOn, siteId: siteId ?? '', note: note.trim() || undefined },
          {
            onSuccess: (application) => {
              notifySuccess(t('asylum.lodge.done', { number: application.number }));
              void navigate({ to: '/reception/applications/$id', params: { id: application.id } });
            },
          },
        )
      }
    >
      {given ? (
        <Text>{t('asylum.lodge.for', { name: personName(given) })}</Text>
      ) : (
        <PersonPicker value={person} onChange={setPerson} error={errors.personId} autoFocus />
      )}
      <TextInput type="date" dir="ltr" label={t('asylum.fields.lodgedOn')} required value={lodgedOn} onChange={(e) => setLodgedOn(e.currentTarget.value)} error={errors.lodgedOn} data-autofocus={given ? true : undefined} />
      <Select
        label={t('asylum.fields.site')}
        required
        searchable
        data={(sites.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={siteId}
        onChange={setSiteId}
        error={errors.siteId}
      />
      <Textarea label={t('asylum.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize error={errors.note} />
    </DialogForm>
  );
}
