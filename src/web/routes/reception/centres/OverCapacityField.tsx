/** The over-capacity step of a check-in, transfer or reservation: the server warns, the user gives a reason. */
import { Alert, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';

/** True when the server refused only for want of a reason to go over capacity. */
export function asksOverCapacityReason(error: unknown): boolean {
  return error instanceof ApiError && error.fields.some((f) => f.field === 'overCapacityReason');
}

/** Shown once the server said the centre is full: its message, and the reason field (required from now on). */
export function OverCapacityField({
  error,
  asked,
  value,
  onChange,
}: {
  error: unknown;
  asked: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  if (!asked) {
    return null;
  }
  return (
    <>
      <Alert color="orange" title={t('reception.overCapacity.title')} role="alert">
        {error instanceof ApiError ? error.message : t('reception.overCapacity.body')}
      </Alert>
      <Textarea
        label={t('reception.overCapacity.reason')}
        description={t('reception.overCapacity.reasonHint')}
        required
        autosize
        minRows={2}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        // Appears after a refusal: the reason is what the user has to type next.
        autoFocus
      />
    </>
  );
}
