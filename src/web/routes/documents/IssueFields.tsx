/** Fields an application, a renewal and a replacement share: the issuing office and the fee. */
import { Radio, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session';
import { officesQuery, type DocumentType, type FeeInput } from './documentsApi';
import { useMoney } from './documentLabels';

/** The issuing office picker; preselects the office the caller is posted to, when there is one. */
export function OfficeSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (siteId: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const offices = useQuery(officesQuery);
  const own = offices.data?.find((office) => me.user.siteIds.includes(office.siteId))?.siteId;
  useEffect(() => {
    if (value === null && own) {
      onChange(own);
    }
  }, [value, own, onChange]);
  return (
    <Select
      label={t('documents.fields.office')}
      description={own ? t('documents.apply.ownOffice') : undefined}
      required
      data={(offices.data ?? []).map((office) => ({ value: office.siteId, label: office.name }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      error={error}
    />
  );
}

export interface FeeDraft {
  status: 'paid' | 'waived';
  receipt: string;
  reason: string;
}

/** A fee not filled in yet: paid, no receipt number. */
export function useFeeDraft() {
  return useState<FeeDraft>({ status: 'paid', receipt: '', reason: '' });
}

/** The fee as the API takes it: none for a free type, else paid with its receipt or waived with a reason. */
export function feeBody(type: DocumentType | undefined, draft: FeeDraft): FeeInput {
  if (!type || type.feeAmount === 0) {
    return { status: 'none' };
  }
  return draft.status === 'paid'
    ? { status: 'paid', receipt: draft.receipt.trim() }
    : { status: 'waived', reason: draft.reason.trim() };
}

/** Paid (receipt number) or waived (reason); a line saying there is no fee when the type has none. */
export function FeeFields({
  type,
  draft,
  onChange,
  errors,
}: {
  type: DocumentType | undefined;
  draft: FeeDraft;
  onChange: (draft: FeeDraft) => void;
  /** Field errors keyed by full path (`fee.receipt`). */
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  if (!type) {
    return null;
  }
  if (type.feeAmount === 0) {
    return <Text size="sm">{t('documents.fee.noFee')}</Text>;
  }
  const set = (patch: Partial<FeeDraft>) => onChange({ ...draft, ...patch });
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('documents.fee.title', { amount: money(type.feeAmount, type.feeCurrency) })}
        value={draft.status}
        onChange={(value) => set({ status: value === 'waived' ? 'waived' : 'paid' })}
        error={errors['fee.status'] ?? errors.fee}
      >
        <Group mt="xs">
          <Radio value="paid" label={t('documents.fee.paid')} />
          <Radio value="waived" label={t('documents.fee.waived')} />
        </Group>
      </Radio.Group>
      {draft.status === 'paid' ? (
        <TextInput
          label={t('documents.fee.receipt')}
          required
          dir="ltr"
          value={draft.receipt}
          onChange={(event) => set({ receipt: event.currentTarget.value })}
          error={errors['fee.receipt']}
        />
      ) : (
        <Textarea
          label={t('documents.fee.waiverReason')}
          required
          autosize
          minRows={2}
          value={draft.reason}
          onChange={(event) => set({ reason: event.currentTarget.value })}
          error={errors['fee.reason']}
        />
      )}
    </Stack>
  );
}
