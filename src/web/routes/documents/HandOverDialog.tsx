/** Handing the card to its holder: who received it, a note, and optionally their signature as the receipt. */
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useDocumentStep } from './documentActions';
import type { IssuedDocument } from './documentsApi';
import { SignaturePad } from './SignaturePad';

/** The hand-over dialog. */
export function HandOverDialog({ document, onClose }: { document: IssuedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const handOver = useDocumentStep(document.id, 'hand-over');
  const [receivedBy, setReceivedBy] = useState('');
  const [note, setNote] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const errors = fieldErrors(handOver.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    handOver.mutate(
      {
        receivedBy: receivedBy.trim() || undefined,
        note: note.trim() || undefined,
        receiptImage: signature ?? undefined,
      },
      {
        onSuccess: () => {
          notifySuccess(t('documents.done.handedOver'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('documents.actions.handOver')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('documents.document.handOver.receivedBy')}
            description={t('documents.document.handOver.receivedByHint')}
            data-autofocus
            value={receivedBy}
            onChange={(event) => setReceivedBy(event.currentTarget.value)}
            error={errors.receivedBy}
          />
          <Textarea
            label={t('documents.fields.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
          <SignaturePad onChange={setSignature} />
          <ErrorAlert error={handOver.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="green" loading={handOver.isPending}>
              {t('documents.actions.handOver')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
