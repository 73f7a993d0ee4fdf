/** Renewing a document, or replacing a lost, stolen or damaged one: a new application for the same holder. */
import { Alert, Button, Group, Modal, Radio, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, fieldErrorsByPath } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useDocumentStep } from './documentActions';
import { documentTypesQuery, REPLACE_REASONS, type IssuedDocument, type ReplaceReason } from './documentsApi';
import { feeBody, FeeFields, OfficeSelect, useFeeDraft } from './IssueFields';

/** The dialog of `renew` or `replace`; on success the new application opens. */
export function RenewReplaceDialog({
  document,
  step,
  onClose,
}: {
  document: IssuedDocument;
  step: 'renew' | 'replace';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const types = useQuery(documentTypesQuery);
  const type = types.data?.find((candidate) => candidate.code === document.type.code);
  const mutation = useDocumentStep(document.id, step);
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [reason, setReason] = useState<ReplaceReason | null>(null);
  const [fee, setFee] = useFeeDraft();
  const [reasonMissing, setReasonMissing] = useState(false);
  const errors = fieldErrors(mutation.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'replace' && !reason) {
      setReasonMissing(true);
      return;
    }
    const body = { officeId: officeId ?? '', fee: feeBody(type, fee) };
    mutation.mutate(step === 'replace' ? { ...body, reason: reason ?? '' } : body, {
      onSuccess: (created) => {
        notifySuccess(t(step === 'renew' ? 'documents.done.renewed' : 'documents.done.replaced'));
        onClose();
        void navigate({ to: '/documents/$id', params: { id: created.id } });
      },
    });
  };
  const title = t(step === 'renew' ? 'documents.actions.renew' : 'documents.actions.replace');
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {step === 'replace' && (
            <>
              <Radio.Group
                label={t('documents.document.replace.reason')}
                required
                value={reason}
                onChange={(value) => {
                  setReason(REPLACE_REASONS.find((r) => r === value) ?? null);
                  setReasonMissing(false);
                }}
                error={reasonMissing ? t('documents.document.replace.reasonMissing') : errors.reason}
              >
                <Group mt="xs">
                  {REPLACE_REASONS.map((value) => (
                    <Radio key={value} value={value} label={t(`documents.replaceReasons.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
              {(reason === 'lost' || reason === 'stolen') && (
                <Alert color="red" variant="light">
                  {t('documents.document.replace.reportsOld', { number: document.number })}
                </Alert>
              )}
            </>
          )}
          <OfficeSelect value={officeId} onChange={setOfficeId} error={errors.officeId} />
          <FeeFields type={type} draft={fee} onChange={setFee} errors={fieldErrorsByPath(mutation.error)} />
          <ErrorAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
