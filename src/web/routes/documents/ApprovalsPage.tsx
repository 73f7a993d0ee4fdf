/** Applications waiting for a second officer: approve or reject each one where it is listed. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { ShowMore } from '../border/desk/ListControls';
import { useDocumentStep } from './documentActions';
import { registerQuery, type DocumentSummary } from './documentsApi';
import { DocumentsTable } from './DocumentsTable';
import { ApprovalError } from './FourEyesAlert';
import { ReasonDialog } from './ReasonDialog';

const APPLIED = { status: 'applied' } as const;

function ApprovalButtons({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const approve = useDocumentStep(document.id, 'approve');
  const reject = useDocumentStep(document.id, 'reject');
  const [rejecting, setRejecting] = useState(false);
  const name = document.person.surname || document.person.registrationNumber;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          color="green"
          loading={approve.isPending}
          aria-label={t('documents.actions.approveFor', { name })}
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
        <Button
          size="xs"
          color="red"
          variant="light"
          aria-label={t('documents.actions.rejectFor', { name })}
          onClick={() => setRejecting(true)}
        >
          {t('documents.actions.reject')}
        </Button>
      </Group>
      <ApprovalError error={approve.error} />
      {rejecting && (
        <ReasonDialog
          title={t('documents.actions.reject')}
          body={t('documents.confirm.reject')}
          confirmLabel={t('documents.actions.reject')}
          error={reject.error}
          pending={reject.isPending}
          onConfirm={(reason) =>
            reject.mutate(
              { reason },
              {
                onSuccess: () => {
                  notifySuccess(t('documents.done.rejected'));
                  setRejecting(false);
                },
              },
            )
          }
          onClose={() => setRejecting(false)}
        />
      )}
    </Stack>
  );
}

/** The applications-to-approve tab. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const applications = useInfiniteQuery(registerQuery(APPLIED));
  const documents = applications.data?.pages.flatMap((page) => page.documents) ?? [];
  return (
    <Stack gap="md">
      <Text>{t('documents.register.approvals.intro')}</Text>
      <ErrorAlert error={applications.error} />
      {applications.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <DocumentsTable
          documents={documents}
          label={t('documents.register.approvals.tableLabel')}
          withRequested
          withDates={false}
          actions={(document) => <ApprovalButtons document={document} />}
        />
      )}
      <ShowMore query={applications} />
    </Stack>
  );
}
