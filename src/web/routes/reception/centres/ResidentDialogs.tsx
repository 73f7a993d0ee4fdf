/** What is done to one resident: check-out, absence (start or end), transfer to another centre, a service given. */
import { Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { personName } from '../PersonPicker';
import {
  centreQuery,
  centresQuery,
  CHECKOUT_REASONS,
  personPlacementsQuery,
  postReception,
  SERVICE_KINDS,
  useReceptionWrite,
  type CheckoutReason,
  type OverCapacityWarning,
  type Resident,
  type ServiceKind,
} from './centresApi';
import { freeBedOptions } from './CheckInDialog';
import { asksOverCapacityReason, OverCapacityField } from './OverCapacityField';
import { notifyOverCapacity } from './overCapacityNotice';

export type ResidentAction = 'check-out' | 'absence' | 'transfer' | 'service';

/** A `datetime-local` value as an ISO instant (empty: undefined, the server takes now). */
function instant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

function CheckOutForm({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CheckoutReason | null>(null);
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const checkOut = useReceptionWrite((body: { reason: string; note?: string; at?: string }) =>
    postReception(`/placements/${resident.placementId}/check-out`, body),
  );
  const errors = fieldErrors(checkOut.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    checkOut.mutate(
      { reason: reason ?? '', note: note.trim() || undefined, at: instant(at) },
      {
        onSuccess: () => {
          notifySuccess(t('reception.checkOut.done', { name: personName(resident.person) }));
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('reception.checkOut.reason')}
          required
          data-autofocus
          data={CHECKOUT_REASONS.map((value) => ({ value, label: t(`reception.checkoutReasons.${value}`) }))}
          value={reason}
          onChange={(value) => setReason(CHECKOUT_REASONS.find((r) => r === value) ?? null)}
          error={errors.reason}
        />
        <TextInput type="datetime-local" dir="ltr" label={t('reception.checkOut.at')} description={t('reception.fields.nowIfEmpty')} value={at} onChange={(e) => setAt(e.currentTarget.value)} error={errors.at} />
        <Textarea label={t('reception.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize error={errors.note} />
        <FormActions error={checkOut.error} pending={checkOut.isPending} onCancel={onClose} saveLabel={t('reception.checkOut.submit')} />
      </Stack>
    </form>
  );
}

function AbsenceForm({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useQuery({ ...personPlacementsQuery(resident.person?.id ?? ''), enabled: resident.absent && !!resident.person });
  const open = history.data?.placements
    .find((p) => p.id === resident.placementId)
    ?.absences.find((a) => a.to === null);
  const [reason, setReason] = useState('');
  const [at, setAt] = useState('');
  const start = useReceptionWrite((body: { reason: string; from?: string }) =>
    postReception(`/placements/${resident.placementId}/absences`, body),
  );
  const end = useReceptionWrite((body: { at?: string }) => postReception(`/absences/${open?.id ?? ''}/end`, body));
  const write = resident.absent ? end : start;
  const errors = fieldErrors(write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => {
      notifySuccess(t(resident.absent ? 'reception.absence.ended' : 'reception.absence.started', { name: personName(resident.person) }));
      onClose();
    };
    if (resident.absent) {
      end.mutate({ at: instant(at) }, { onSuccess: done });
    } else {
      start.mutate({ reason: reason.trim(), from: instant(at) }, { onSuccess: done });
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {resident.absent ? (
          <Text>{open ? t('reception.absence.openSince', { reason: open.reason }) : t('common.loading')}</Text>
        ) : (
          <Textarea label={t('reception.absence.reason')} required data-autofocus value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize error={errors.reason} />
        )}
        <TextInput
          type="datetime-local"
          dir="ltr"
          label={resident.absent ? t('reception.absence.returnedAt') : t('reception.absence.from')}
          description={t('reception.fields.nowIfEmpty')}
          value={at}
          onChange={(e) => setAt(e.currentTarget.value)}
          error={errors.at ?? errors.from}
          data-autofocus={resident.absent || undefined}
        />
        <FormActions
          error={write.error}
          pending={write.isPending}
          onCancel={onClose}
          saveLabel={resident.absent ? t('reception.absence.end') : t('reception.absence.start')}
        />
      </Stack>
    </form>
  );
}

function TransferForm({ resident, siteId, onClose }: { resident: Resident; siteId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const centres = useQuery(centresQuery);
  const [toSiteId, setToSiteId] = useState<string | null>(null);
  const target = useQuery({ ...centreQuery(toSiteId ?? ''), enabled: !!toSiteId });
  const [bedId, setBedId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [overReason, setOverReason] = useState('');
  const [asked, setAsked] = useState(false);
  const transfer = useReceptionWrite(
    (body: { toSiteId: string; bedId?: string; reason: string; overCapacityReason?: string }) =>
      postReception<{ warning: OverCapacityWarning | null }>(`/placements/${resident.placementId}/transfer`, body),
  );
  const errors = fieldErrors(transfer.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    transfer.mutate(
      {
        toSiteId: toSiteId ?? '',
        bedId: bedId ?? undefined,
        reason: reason.trim(),
        overCapacityReason: asked && overReason.trim() ? overReason.trim() : undefined,
      },
      {
        onSuccess: ({ warning }) => {
          notifySuccess(t('reception.transfer.done', { name: personName(resident.person) }));
          notifyOverCapacity(warning);
          onClose();
        },
        onError: (error) => setAsked((was) => was || asksOverCapacityReason(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('reception.transfer.to')}
          required
          data-autofocus
          data={(centres.data?.centres ?? [])
            .filter((c) => c.id !== siteId)
            .map((c) => ({ value: c.id, label: t('reception.transfer.centreFree', { name: c.name, free: c.free }) }))}
          value={toSiteId}
          onChange={(value) => {
            setToSiteId(value);
            setBedId(null);
          }}
          error={errors.toSiteId}
        />
        <Select
          label={t('reception.checkIn.bed')}
          description={t('reception.checkIn.bedHint')}
          data={target.data ? freeBedOptions(target.data) : []}
          value={bedId}
          onChange={setBedId}
          searchable
          clearable
          disabled={!target.data}
          error={errors.bedId}
        />
        <Textarea label={t('reception.transfer.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize error={errors.reason} />
        <OverCapacityField error={transfer.error} asked={asked} value={overReason} onChange={setOverReason} />
        <FormActions
          error={asked && asksOverCapacityReason(transfer.error) ? null : transfer.error}
          pending={transfer.isPending}
          onCancel={onClose}
          saveLabel={t('reception.transfer.submit')}
        />
      </Stack>
    </form>
  );
}

function ServiceForm({ resident, onClose }: { resident: Resident; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ServiceKind | null>(null);
  const [note, setNote] = useState('');
  const [givenAt, setGivenAt] = useState('');
  const record = useReceptionWrite((body: { kind: string; note?: string; givenAt?: string }) =>
    postReception(`/placements/${resident.placementId}/services`, body),
  );
  const errors = fieldErrors(record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { kind: kind ?? '', note: note.trim() || undefined, givenAt: instant(givenAt) },
      {
        onSuccess: () => {
          notifySuccess(t('reception.service.done'));
          onClose();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('reception.service.kind')}
          required
          data-autofocus
          data={SERVICE_KINDS.map((value) => ({ value, label: t(`reception.serviceKinds.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(SERVICE_KINDS.find((k) => k === value) ?? null)}
          error={errors.kind}
        />
        <TextInput type="datetime-local" dir="ltr" label={t('reception.service.givenAt')} description={t('reception.fields.nowIfEmpty')} value={givenAt} onChange={(e) => setGivenAt(e.currentTarget.value)} error={errors.givenAt} />
        <Textarea label={t('reception.fields.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize error={errors.note} />
        <FormActions error={record.error} pending={record.isPending} onCancel={onClose} saveLabel={t('reception.service.submit')} />
      </Stack>
    </form>
  );
}

/** The dialog of one action on one resident. */
export function ResidentDialog({
  action,
  resident,
  siteId,
  onClose,
}: {
  action: ResidentAction;
  resident: Resident;
  siteId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const name = personName(resident.person);
  const title = {
    'check-out': t('reception.checkOut.title', { name }),
    absence: resident.absent ? t('reception.absence.endTitle', { name }) : t('reception.absence.title', { name }),
    transfer: t('reception.transfer.title', { name }),
    service: t('reception.service.title', { name }),
  }[action];
  return (
    <Modal opened onClose={onClose} title={title}>
      {action === 'check-out' && <CheckOutForm resident={resident} onClose={onClose} />}
      {action === 'absence' && <AbsenceForm resident={resident} onClose={onClose} />}
      {action === 'transfer' && <TransferForm resident={resident} siteId={siteId} onClose={onClose} />}
      {action === 'service' && <ServiceForm resident={resident} onClose={onClose} />}
    </Modal>
  );
}
