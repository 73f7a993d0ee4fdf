/** Changing a retention rule: how long (years or months), whether it purges, and a note. */
import { Modal, NumberInput, SegmentedControl, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { FormActions } from '../../components/FormActions';
import { notifySuccess } from '../../components/notify';
import { typeKey, useUpdateRule, type RetentionRule } from './privacyApi';

type Unit = 'years' | 'months';

/** The dialog for one rule. */
export function RuleDialog({ rule, onClose }: { rule: RetentionRule; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRule();
  const inYears = rule.keepMonths % 12 === 0;
  const [unit, setUnit] = useState<Unit>(inYears ? 'years' : 'months');
  const [amount, setAmount] = useState<number | string>(inYears ? rule.keepMonths / 12 : rule.keepMonths);
  const [enabled, setEnabled] = useState(rule.enabled);
  const [note, setNote] = useState(rule.note ?? '');
  const typeName = t(`privacy.recordTypes.${typeKey(rule.recordType)}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount);
    update.mutate(
      { recordType: rule.recordType, version: rule.version, keepMonths: unit === 'years' ? value * 12 : value, enabled, note: note.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t('privacy.rule.saved', { type: typeName }));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('privacy.rule.title', { type: typeName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('privacy.rule.countedFrom', { from: t(`privacy.countedFrom.${rule.countedFrom as 'closure'}`, { defaultValue: rule.countedFrom }) })}</Text>
          <NumberInput
            data-autofocus
            label={t('privacy.rule.keepFor')}
            min={1}
            max={unit === 'years' ? 100 : 1200}
            allowDecimal={false}
            value={amount}
            onChange={setAmount}
            error={fieldErrors(update.error).keepMonths}
            required
          />
          <SegmentedControl
            aria-label={t('privacy.rule.unit')}
            value={unit}
            onChange={(value) => setUnit(value as Unit)}
            data={[
              { value: 'years', label: t('privacy.rule.years') },
              { value: 'months', label: t('privacy.rule.months') },
            ]}
          />
          <Switch label={t('privacy.rule.enabled')} description={t('privacy.rule.enabledHint')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
          <Textarea label={t('privacy.rule.note')} description={t('privacy.rule.noteHint')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={1000} />
          <FormActions error={update.error} pending={update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
