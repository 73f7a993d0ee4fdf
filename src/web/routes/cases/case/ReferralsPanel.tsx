/** The referrals and transfers of a case, and a new one: to whom, which parts, why, on which consent. */
import { Alert, Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useCaseWrite } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { casePersonName, organisationsQuery, REFERRAL_REASONS, type CaseDetail, type CaseTypes } from '../casesApi';
import { ReferralsTable } from '../common/ReferralsTable';
import { ConsentDialog } from './ConsentsPanel';

function ReferralDialog({ detail, types, onClose }: { detail: CaseDetail; types: CaseTypes; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const organisations = useQuery(organisationsQuery);
  const refer = useCaseWrite<object>(detail.id, 'POST', `/${detail.id}/referrals`);
  const usable = (detail.consents ?? []).filter((c) => !c.withdrawnAt && c.scope === 'referral');
  const [form, setForm] = useState({
    toOrganisationId: null as string | null,
    kind: 'referral',
    sections: ['summary', 'persons'] as string[],
    reason: 'AdditionalServicesRequired' as string | null,
    details: '',
    consentId: (usable[0]?.id ?? null) as string | null,
  });
  const [recording, setRecording] = useState(false);
  const errors = fieldErrors(refer.error);
  const personName = (id: string) => {
    const person = detail.persons?.find((p) => p.personId === id);
    return person ? casePersonName(person) : '—';
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    refer.mutate(
      {
        toOrganisationId: form.toOrganisationId ?? '',
        kind: form.kind,
        sections: [...new Set(['summary', ...form.sections])],
        reason: form.reason ?? '',
        details: form.details.trim() || undefined,
        consentId: form.consentId ?? '',
      },
      {
        onSuccess: () => {
          notifySuccess(t('cases.referrals.sent'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('cases.referrals.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label={t('cases.referrals.to')}
            required
            searchable
            data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={form.toOrganisationId}
            onChange={(value) => setForm({ ...form, toOrganisationId: value })}
            error={errors.toOrganisationId}
            data-autofocus
          />
          <Radio.Group
            label={t('cases.referrals.kind')}
            required
            value={form.kind}
            onChange={(value) => setForm({ ...form, kind: value })}
          >
            <Group mt={4}>
              <Radio value="referral" label={labels.of('referralKinds', 'referral')} />
              <Radio value="transfer" label={labels.of('referralKinds', 'transfer')} />
            </Group>
          </Radio.Group>
          <Checkbox.Group
            label={t('cases.referrals.sections')}
            description={t('cases.referrals.sectionsHint')}
            value={[...new Set(['summary', ...form.sections])]}
            onChange={(value) => setForm({ ...form, sections: value })}
            error={errors.sections}
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={6} mt={6}>
              {types.grantableSections.map((section) => (
                <Checkbox
                  key={section}
                  value={section}
                  label={labels.of('sections', section)}
                  disabled={section === 'summary'}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Select
            label={t('cases.referrals.reason')}
            required
            data={REFERRAL_REASONS.map((r) => ({ value: r, label: labels.of('referralReasons', r) }))}
            value={form.reason}
            onChange={(value) => setForm({ ...form, reason: value })}
            error={errors.reason}
          />
          <Textarea
            label={t('cases.referrals.details')}
            autosize
            minRows={2}
            value={form.details}
            onChange={(event) => setForm({ ...form, details: event.currentTarget.value })}
            error={errors.details}
          />
          {usable.length === 0 && (
            <Alert color="yellow" title={t('cases.referrals.needsConsent')}>
              {t('cases.referrals.needsConsentBody')}
            </Alert>
          )}
          <Group align="flex-end">
            <Select
              label={t('cases.referrals.consent')}
              required
              data={usable.map((c) => ({
                value: c.id,
                label: `${personName(c.personId)} · ${labels.of('consentBases', c.basis)} · ${format.date(`${c.recordedOn}T12:00:00Z`)}`,
              }))}
              value={form.consentId}
              onChange={(value) => setForm({ ...form, consentId: value })}
              error={errors.consentId}
              style={{ flex: 1 }}
            />
            {detail.can.recordConsent && (
              <Button variant="default" onClick={() => setRecording(true)}>
                {t('cases.consents.add')}
              </Button>
            )}
          </Group>
          <FormActions error={refer.error} pending={refer.isPending} onCancel={onClose} saveLabel={t('cases.referrals.send')} />
        </Stack>
      </form>
      {recording && (
        <ConsentDialog
          detail={detail}
          onClose={() => setRecording(false)}
          onRecorded={(consent) => setForm((current) => ({ ...current, consentId: consent.id }))}
        />
      )}
    </Modal>
  );
}

/** The referrals tab. */
export function ReferralsPanel({ detail, types }: { detail: CaseDetail; types: CaseTypes }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <ReferralsTable referrals={detail.referrals ?? []} label={t('cases.sections.referrals')} />
      {detail.can.refer && (
        <Group>
          <Button onClick={() => setCreating(true)}>{t('cases.referrals.new')}</Button>
        </Group>
      )}
      {creating && <ReferralDialog detail={detail} types={types} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
