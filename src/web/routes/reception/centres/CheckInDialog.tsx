/** Checks a person in at a centre: to a free bed, against a reservation, or to the centre only; over capacity asks a reason. */
import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import type { PersonSummary } from '../../people/peopleApi';
import { PersonPicker, personName } from '../PersonPicker';
import {
  postReception,
  useReceptionWrite,
  type CentreDetail,
  type OverCapacityWarning,
  type Placement,
} from './centresApi';
import { asksOverCapacityReason, OverCapacityField } from './OverCapacityField';
import { notifyOverCapacity } from './overCapacityNotice';

interface CheckInBody {
  personId: string;
  siteId: string;
  bedId?: string;
  reservationId?: string;
  overCapacityReason?: string;
  note?: string;
}

/** The free beds of a centre as select options, "Unit · Room · Bed". */
export function freeBedOptions(detail: CentreDetail) {
  return detail.units.flatMap((unit) =>
    unit.rooms.flatMap((room) =>
      room.beds
        .filter((bed) => bed.active && bed.state === 'free')
        .map((bed) => ({ value: bed.id, label: `${unit.name} · ${room.name} · ${bed.label}` })),
    ),
  );
}

/** The dialog. */
export function CheckInDialog({ detail, onClose }: { detail: CentreDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [bedId, setBedId] = useState<string | null>(null);
  const [reservationId, setReservationId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [asked, setAsked] = useState(false);
  const checkIn = useReceptionWrite((body: CheckInBody) =>
    postReception<{ placement: Placement; warning: OverCapacityWarning | null }>('/placements', body),
  );
  const errors = fieldErrors(checkIn.error);
  const reservations = detail.reservations.filter((r) => r.status === 'active');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    checkIn.mutate(
      {
        personId: person?.id ?? '',
        siteId: detail.centre.id,
        bedId: bedId ?? undefined,
        reservationId: reservationId ?? undefined,
        note: note.trim() || undefined,
        overCapacityReason: asked && reason.trim() ? reason.trim() : undefined,
      },
      {
        onSuccess: ({ warning }) => {
          notifySuccess(t('reception.checkIn.done', { name: personName(person) }));
          notifyOverCapacity(warning);
          onClose();
        },
        onError: (error) => setAsked((was) => was || asksOverCapacityReason(error)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('reception.checkIn.title', { centre: detail.centre.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PersonPicker value={person} onChange={setPerson} error={errors.personId} autoFocus />
          <Select
            label={t('reception.checkIn.bed')}
            description={t('reception.checkIn.bedHint')}
            data={freeBedOptions(detail)}
            value={bedId}
            onChange={setBedId}
            searchable
            clearable
            error={errors.bedId}
          />
          {reservations.length > 0 && (
            <Select
              label={t('reception.checkIn.reservation')}
              data={reservations.map((r) => ({
                value: r.id,
                label: `${r.note ?? t('reception.checkIn.reservationPlaces', { count: r.places })} · ${r.until.slice(0, 10)}`,
              }))}
              value={reservationId}
              onChange={setReservationId}
              clearable
              error={errors.reservationId}
            />
          )}
          <Textarea label={t('reception.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
          <OverCapacityField error={checkIn.error} asked={asked} value={reason} onChange={setReason} />
          <FormActions
            error={asked && asksOverCapacityReason(checkIn.error) ? null : checkIn.error}
            pending={checkIn.isPending}
            onCancel={onClose}
            saveLabel={asked ? t('reception.checkIn.submitOver') : t('reception.checkIn.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
