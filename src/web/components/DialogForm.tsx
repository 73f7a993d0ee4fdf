/** A dialog holding one form: title, the fields, then the error and Cancel / Save (the shape every form dialog has). */
import { Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormActions } from './FormActions';

/** The dialog; `onSubmit` runs on Save or Enter. */
export function DialogForm({
  title,
  onClose,
  onSubmit,
  error,
  pending,
  saveLabel,
  size,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  error: unknown;
  pending: boolean;
  saveLabel?: string;
  size?: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          <FormActions error={error} pending={pending} onCancel={onClose} saveLabel={saveLabel} />
        </Stack>
      </form>
    </Modal>
  );
}
