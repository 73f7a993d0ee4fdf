/** A confirmation dialog that asks why (reject, revoke, spoiled card, revoke a key) before it acts. */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The dialog; `onConfirm` gets the trimmed reason, `error` and `pending` come from the caller's mutation. */
export function ReasonDialog({
  title,
  body,
  warning,
  confirmLabel,
  color = 'red',
  reasonLabel,
  error,
  pending,
  onConfirm,
  onClose,
}: {
  title: string;
  body?: ReactNode;
  /** Said in a red box: what cannot be undone. */
  warning?: string;
  confirmLabel: string;
  color?: string;
  reasonLabel?: string;
  error: unknown;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {body && <Text size="sm">{body}</Text>}
          {warning && (
            <Alert color="red" variant="light">
              {warning}
            </Alert>
          )}
          <Textarea
            label={reasonLabel ?? t('documents.reason')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? t('documents.reasonMissing') : fieldErrors(error).reason}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
