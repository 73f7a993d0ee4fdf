/** The consents of a case's persons (or the legal basis for a child), to record and withdraw. */
import { Button, Group, Modal, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { casePersonName, CONSENT_SCOPES, type CaseDetail, type Consent } from '../casesApi';
import { today } from './ServiceDialog';

/** The dialog; `onRecorded` gets the new consent (the referral dialog picks it at once). */
export function ConsentDialog({
  detail,
  scope = 'referral',
  onClose,
  onRecorded,
}: {
  detail: CaseDetail;
  scope?: string;
  onClose: () => void;
  onRecorded?: (consent: Consent) => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const record = useCaseWrite<object, Consent>(detail.id, 'POST', `/${detail.id}/consents`);
  const persons = detail.persons ?? [];
  const [form, setForm] = useState({
    personId: (persons[0]?.personId ?? null) as string | null,
    scope: scope as string | null,
    basis: 'consent',
    legalBasis: '',
    givenBy: '',
    recordedOn: today(),
  });
  const errors = fieldErrors(record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        personId: form.personId ?? '',
        scope: form.scope ?? '',
        basis: form.basis,
        legalBasis: form.basis === 'legal-basis' ? form.legalBasis.trim() : undefined,
        givenBy: form.givenBy.trim() || undefined,
        recordedOn: form.recordedOn,
      },
      {
        onSuccess: (consent) => {
          notifySuccess(t('cases.consents.recorded'));
          onRecorded?.(consent);
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.consents.add')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('cases.services.person')}
            required
            data={persons.map((p) => ({ value: p.personId, label: casePersonName(p) }))}
            value={form.personId}
            onChange={(value) => setForm({ ...form, personId: value })}
            error={errors.personId}
          />
          <Select
            label={t('cases.consents.scope')}
            required
            data={CONSENT_SCOPES.map((s) => ({ value: s, label: labels.of('consentScopes', s) }))}
            value={form.scope}
            onChange={(value) => setForm({ ...form, scope: value })}
            error={errors.scope}
          />
          <Radio.Group
            label={t('cases.consents.basis')}
            required
            value={form.basis}
            onChange={(value) => setForm({ ...form, basis: value })}
            error={errors.basis}
          >
            <Group mt={4}>
              <Radio value="consent" label={labels.of('consentBases', 'consent')} />
              <Radio value="legal-basis" label={labels.of('consentBases', 'legal-basis')} />
            </Group>
          </Radio.Group>
          {form.basis === 'legal-basis' && (
            <TextInput
              label={t('cases.consents.legalBasis')}
              required
              value={form.legalBasis}
              onChange={(event) => setForm({ ...form, legalBasis: event.currentTarget.value })}
              error={errors.legalBasis}
            />
          )}
          <TextInput
            label={t('cases.consents.givenBy')}
            description={t('cases.consents.givenByHint')}
            value={form.givenBy}
            onChange={(event) => setForm({ ...form, givenBy: event.currentTarget.value })}
            error={errors.givenBy}
          />
          <TextInput
            type="date"
            dir="ltr"
            label={t('cases.consents.recordedOn')}
            required
            value={form.recordedOn}
            onChange={(event) => setForm({ ...form, recordedOn: event.currentTarget.value })}
            error={errors.recordedOn}
          />
          <FormActions error={record.error} pending={record.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The consents tab. */
export function ConsentsPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const withdraw = useCaseWrite<{ id: string }>(detail.id, 'POST', ({ id }) => `/consents/${id}/withdraw`);
  const consents = detail.consents ?? [];
  const personName = (id: string) => {
    const person = detail.persons?.find((p) => p.personId === id);
    return person ? casePersonName(person) : '—';
  };
  return (
    <Stack gap="md">
      {consents.length === 0 ? (
        <Text c="dimmed">{t('cases.consents.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('cases.sections.consents')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.services.person')}</Table.Th>
              <Table.Th>{t('cases.consents.scope')}</Table.Th>
              <Table.Th>{t('cases.consents.basis')}</Table.Th>
              <Table.Th>{t('cases.consents.recordedOn')}</Table.Th>
              <Table.Th>{t('cases.consents.withdrawn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((consent) => (
              <Table.Tr key={consent.id}>
                <Table.Th scope="row" fw="normal" dir="auto">
                  {personName(consent.personId)}
                </Table.Th>
                <Table.Td>{labels.of('consentScopes', consent.scope)}</Table.Td>
                <Table.Td>
                  {labels.of('consentBases', consent.basis)}
                  {consent.legalBasis && ` · ${consent.legalBasis}`}
                  {consent.givenBy && ` · ${consent.givenBy}`}
                </Table.Td>
                <Table.Td>{format.date(`${consent.recordedOn}T12:00:00Z`)}</Table.Td>
                <Table.Td>
                  {consent.withdrawnAt ? (
                    format.date(consent.withdrawnAt)
                  ) : detail.can.recordConsent ? (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => withdraw.mutate({ id: consent.id }, { onError: notifyError })}
                    >
                      {t('cases.consents.withdraw')}
                    </Button>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {detail.can.recordConsent && (
        <Group>
          <Button onClick={() => setAdding(true)}>{t('cases.consents.add')}</Button>
        </Group>
      )}
      {adding && <ConsentDialog detail={detail} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
