/** The buttons of the steps the server says the caller may take now (`can`), and their dialogs. */
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useDocumentStep } from './documentActions';
import { cardPdfUrl, type IssuedDocument } from './documentsApi';
import { ApprovalError } from './FourEyesAlert';
import { HandOverDialog } from './HandOverDialog';
import { ReasonDialog } from './ReasonDialog';
import { RenewReplaceDialog } from './RenewReplaceDialog';
import { ReportLostDialog } from './ReportLostDialog';

type Dialog = 'reject' | 'spoil' | 'handOver' | 'revoke' | 'reportLost' | 'renew' | 'replace';

/** The file name a downloaded card gets. */
export function cardFileName(document: Pick<IssuedDocument, 'id' | 'number'>): string {
  return `card-${document.number ?? document.id}.pdf`;
}

/** Starts the download of the card, as a click on its link would. */
function downloadCard(document: IssuedDocument) {
  const link = window.document.createElement('a');
  link.href = cardPdfUrl(document.id);
  link.download = cardFileName(document);
  window.document.body.append(link);
  link.click();
  link.remove();
}

function ReasonStep({
  document,
  step,
  onClose,
}: {
  document: IssuedDocument;
  step: 'reject' | 'spoil' | 'revoke';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useDocumentStep(document.id, step);
  const labels = {
    reject: { title: t('documents.actions.reject'), done: t('documents.done.rejected'), warning: undefined },
    spoil: {
      title: t('documents.actions.spoil'),
      done: t('documents.done.spoiled'),
      warning: t('documents.confirm.spoil', { number: document.number }),
    },
    revoke: {
      title: t('documents.actions.revoke'),
      done: t('documents.done.revoked'),
      warning: t('documents.confirm.revoke', { number: document.number }),
    },
  }[step];
  return (
    <ReasonDialog
      title={labels.title}
      body={step === 'reject' ? t('documents.confirm.reject') : undefined}
      warning={labels.warning}
      confirmLabel={labels.title}
      error={mutation.error}
      pending={mutation.isPending}
      onConfirm={(reason) =>
        mutation.mutate(
          { reason },
          {
            onSuccess: () => {
              notifySuccess(labels.done);
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    />
  );
}

/** The action bar of the document page. */
export function DocumentActions({ document }: { document: IssuedDocument }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const approve = useDocumentStep(document.id, 'approve');
  const print = useDocumentStep(document.id, 'print');
  const { can } = document;
  const close = () => setDialog(null);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {can.approve && (
          <Button
            color="green"
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(
                {},
                {
                  onSuccess: (approved) =>
                    notifySuccess(t('documents.done.approved', { number: approved.number })),
                },
              )
            }
          >
            {t('documents.actions.approve')}
          </Button>
        )}
        {can.reject && (
          <Button color="red" variant="light" onClick={() => setDialog('reject')}>
            {t('documents.actions.reject')}
          </Button>
        )}
        {can.print && (
          <Button
            loading={print.isPending}
            onClick={() =>
              print.mutate(
                {},
                {
                  onSuccess: (printed) => {
                    notifySuccess(t('documents.done.printed'));
                    downloadCard(printed);
                  },
                },
              )
            }
          >
            {t('documents.actions.print')}
          </Button>
        )}
        {can.spoil && (
          <Button color="orange" variant="light" onClick={() => setDialog('spoil')}>
            {t('documents.actions.spoil')}
          </Button>
        )}
        {can.handOver && (
          <Button color="green" onClick={() => setDialog('handOver')}>
            {t('documents.actions.handOver')}
          </Button>
        )}
        {can.renew && (
          <Button variant="light" onClick={() => setDialog('renew')}>
            {t('documents.actions.renew')}
          </Button>
        )}
        {can.replace && (
          <Button variant="light" onClick={() => setDialog('replace')}>
            {t('documents.actions.replace')}
          </Button>
        )}
        {can.reportLost && (
          <Button color="orange" variant="outline" onClick={() => setDialog('reportLost')}>
            {t('documents.actions.reportLost')}
          </Button>
        )}
        {can.revoke && (
          <Button color="red" variant="outline" onClick={() => setDialog('revoke')}>
            {t('documents.actions.revoke')}
          </Button>
        )}
      </Group>
      <ApprovalError error={approve.error} />
      <ErrorAlert error={print.error} />
      {(dialog === 'reject' || dialog === 'spoil' || dialog === 'revoke') && (
        <ReasonStep document={document} step={dialog} onClose={close} />
      )}
      {dialog === 'handOver' && <HandOverDialog document={document} onClose={close} />}
      {dialog === 'reportLost' && <ReportLostDialog document={document} onClose={close} />}
      {(dialog === 'renew' || dialog === 'replace') && (
        <RenewReplaceDialog document={document} step={dialog} onClose={close} />
      )}
    </Stack>
  );
}
