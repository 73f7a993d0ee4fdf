/** Creating or changing a document type: names, MRZ code, number series, validity, renewals, who may hold it, fee. */
import { Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../api';
import { notifySuccess } from '../../components/notify';
import { LEGAL_STATUSES, type LegalStatus } from '../../reference';
import { documentTypesQuery, type DocumentType } from './documentsApi';
import { toMinorUnits } from './documentLabels';
import { FormActions } from '../../components/FormActions';

const NEW_TYPE: DocumentType = {
  code: '',
  nameEn: '',
  nameRo: '',
  mrzCode: 'I',
  numberPrefix: '',
  validityMonths: 6,
  renewable: true,
  maxRenewals: 1,
  renewalWindowDays: 30,
  allowedStatuses: [],
  feeAmount: 0,
  feeCurrency: 'RON',
  active: true,
};

/** A modal form; `type` given means edit (the code stays), absent means create. */
export function TypeForm({ type, onClose }: { type?: DocumentType; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<DocumentType>(type ?? NEW_TYPE);
  // The fee is typed in RON (major units) and sent in bani.
  const [fee, setFee] = useState<number | string>((type?.feeAmount ?? 0) / 100);
  const set = (patch: Partial<DocumentType>) => setDraft((current) => ({ ...current, ...patch }));
  const whole = (value: number | string) => (typeof value === 'number' ? value : Number(value));
  const save = useMutation({
    mutationFn: () => {
      const { code, ...rest } = draft;
      const body = { ...rest, feeAmount: toMinorUnits(fee) ?? 0 };
      return type
        ? api.put<DocumentType>(`/api/documents/types/${encodeURIComponent(type.code)}`, body)
        : api.post<DocumentType>('/api/documents/types', { code, ...body });
    },
    meta: { silent: true },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: documentTypesQuery.queryKey });
      notifySuccess(t('documents.types.saved', { code: saved.code }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const feeInvalid = toMinorUnits(fee) === null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!feeInvalid) {
      save.mutate();
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={type ? t('documents.types.edit') : t('documents.types.create')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('documents.types.code')}
              required
              dir="ltr"
              disabled={!!type}
              value={draft.code}
              onChange={(event) => set({ code: event.currentTarget.value.toUpperCase() })}
              error={errors.code}
            />
            <Switch
              mt="lg"
              label={t('documents.types.active')}
              checked={draft.active}
              onChange={(event) => set({ active: event.currentTarget.checked })}
            />
            <TextInput
              label={t('documents.types.nameRo')}
              required
              lang="ro"
              value={draft.nameRo}
              onChange={(event) => set({ nameRo: event.currentTarget.value })}
              error={errors.nameRo}
            />
            <TextInput
              label={t('documents.types.nameEn')}
              required
              lang="en"
              value={draft.nameEn}
              onChange={(event) => set({ nameEn: event.currentTarget.value })}
              error={errors.nameEn}
            />
            <TextInput
              label={t('documents.types.mrzCode')}
              description={t('documents.types.mrzCodeHint')}
              required
              dir="ltr"
              maxLength={2}
              value={draft.mrzCode}
              onChange={(event) => set({ mrzCode: event.currentTarget.value.toUpperCase() })}
              error={errors.mrzCode}
            />
            <TextInput
              label={t('documents.types.numberPrefix')}
              description={t('documents.types.numberPrefixHint')}
              required
              dir="ltr"
              maxLength={2}
              value={draft.numberPrefix}
              onChange={(event) => set({ numberPrefix: event.currentTarget.value.toUpperCase() })}
              error={errors.numberPrefix}
            />
            <NumberInput
              label={t('documents.types.validityMonths')}
              required
              min={1}
              allowDecimal={false}
              value={draft.validityMonths}
              onChange={(value) => set({ validityMonths: whole(value) })}
              error={errors.validityMonths}
            />
            <Switch
              mt="lg"
              label={t('documents.types.renewable')}
              checked={draft.renewable}
              onChange={(event) => set({ renewable: event.currentTarget.checked })}
            />
            <NumberInput
              label={t('documents.types.maxRenewals')}
              min={0}
              allowDecimal={false}
              disabled={!draft.renewable}
              value={draft.maxRenewals}
              onChange={(value) => set({ maxRenewals: whole(value) })}
              error={errors.maxRenewals}
            />
            <NumberInput
              label={t('documents.types.renewalWindowDays')}
              description={t('documents.types.renewalWindowHint')}
              min={0}
              allowDecimal={false}
              disabled={!draft.renewable}
              value={draft.renewalWindowDays}
              onChange={(value) => set({ renewalWindowDays: whole(value) })}
              error={errors.renewalWindowDays}
            />
            <NumberInput
              label={t('documents.types.fee')}
              description={t('documents.types.feeHint')}
              min={0}
              decimalScale={2}
              value={fee}
              onChange={setFee}
              error={feeInvalid ? t('documents.types.feeInvalid') : errors.feeAmount}
            />
            <TextInput
              label={t('documents.types.currency')}
              dir="ltr"
              maxLength={3}
              value={draft.feeCurrency}
              onChange={(event) => set({ feeCurrency: event.currentTarget.value.toUpperCase() })}
              error={errors.feeCurrency}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('documents.types.allowedStatuses')}
            description={t('documents.types.allowedStatusesHint')}
            data={LEGAL_STATUSES.map((value) => ({ value, label: t(`people.legalStatuses.${value}`) }))}
            value={draft.allowedStatuses}
            onChange={(values) =>
              set({ allowedStatuses: LEGAL_STATUSES.filter((s): s is LegalStatus => values.includes(s)) })
            }
            error={errors.allowedStatuses}
            clearable
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
