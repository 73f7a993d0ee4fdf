/** Records a service delivered: its kind, day, person, place, amount (in-kind or cash) and the provider. */
import { Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { casePersonName, organisationsQuery, SERVICE_KINDS, type CaseDetail, type ServiceKind } from '../casesApi';

const WITH_AMOUNT: readonly ServiceKind[] = ['in-kind-assistance', 'cash-assistance'];

/** Today in the browser's calendar, as the date inputs take it. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The dialog; `kind` preselects the kind (e.g. a follow-up visit from the return tab). */
export function ServiceDialog({ detail, kind, onClose }: { detail: CaseDetail; kind?: ServiceKind; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const add = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/services`);
  const organisations = useQuery({ ...organisationsQuery, enabled: detail.access === 'full' });
  const [form, setForm] = useState({
    kind: kind ?? null as string | null,
    deliveredOn: today(),
    description: '',
    personId: detail.persons?.[0]?.personId ?? null as string | null,
    location: '',
    amount: null as number | null,
    currency: 'EUR',
    providerOrganisationId: null as string | null,
  });
  const errors = fieldErrors(add.error);
  const withAmount = WITH_AMOUNT.includes(form.kind as ServiceKind);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        kind: form.kind ?? '',
        deliveredOn: form.deliveredOn,
        description: form.description.trim() || undefined,
        personId: form.personId ?? undefined,
        location: form.location.trim() || undefined,
        amount: withAmount && form.amount !== null ? form.amount : undefined,
        currency: withAmount && form.amount !== null ? form.currency.trim().toUpperCase() : undefined,
        providerOrganisationId: form.providerOrganisationId ?? undefined,
      },
      {
        onSuccess: () => {
          notifySuccess(t('cases.services.recorded'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.services.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('cases.services.kind')}
            required
            searchable
            data={SERVICE_KINDS.map((k) => ({ value: k, label: labels.of('serviceKinds', k) }))}
            value={form.kind}
            onChange={(value) => setForm({ ...form, kind: value })}
            error={errors.kind}
          />
          <TextInput
            type="date"
            dir="ltr"
            label={t('cases.services.deliveredOn')}
            required
            value={form.deliveredOn}
            onChange={(event) => setForm({ ...form, deliveredOn: event.currentTarget.value })}
            error={errors.deliveredOn}
          />
          {(detail.persons?.length ?? 0) > 0 && (
            <Select
              label={t('cases.services.person')}
              clearable
              data={(detail.persons ?? []).map((p) => ({ value: p.personId, label: casePersonName(p) }))}
              value={form.personId}
              onChange={(value) => setForm({ ...form, personId: value })}
              error={errors.personId}
            />
          )}
          <Textarea
            label={t('cases.services.description')}
            autosize
            minRows={2}
            value={form.description}
            onChange={(event) => setForm({ ...form, description: event.currentTarget.value })}
            error={errors.description}
          />
          <TextInput
            label={t('cases.services.location')}
            value={form.location}
            onChange={(event) => setForm({ ...form, location: event.currentTarget.value })}
            error={errors.location}
          />
          {withAmount && (
            <Group grow align="flex-start">
              <NumberInput
                label={t('cases.services.amount')}
                min={0}
                decimalScale={2}
                value={form.amount ?? ''}
                onChange={(value) => setForm({ ...form, amount: typeof value === 'number' ? value : null })}
                error={errors.amount}
              />
              <TextInput
                label={t('cases.services.currency')}
                dir="ltr"
                maxLength={3}
                value={form.currency}
                onChange={(event) => setForm({ ...form, currency: event.currentTarget.value.toUpperCase() })}
                error={errors.currency}
              />
            </Group>
          )}
          {detail.access === 'full' && (
            <Select
              label={t('cases.services.provider')}
              clearable
              searchable
              data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.providerOrganisationId}
              onChange={(value) => setForm({ ...form, providerOrganisationId: value })}
              error={errors.providerOrganisationId}
            />
          )}
          <FormActions error={add.error} pending={add.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
