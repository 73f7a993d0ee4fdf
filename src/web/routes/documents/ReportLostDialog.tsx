/** Reporting a card lost or stolen: it leaves use at once and its number goes onto the border's list. */
import { Alert, Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useDocumentStep } from './documentActions';
import type { IssuedDocument } from './documentsApi';

/** The report dialog: lost or stolen, and the day it was reported (today when left empty). */
export function ReportLostDialog({ document, onClose }: { document: IssuedDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useDocumentStep(document.id, 'report-lost');
  const [kind, setKind] = useState<'lost' | 'stolen'>('lost');
  const [reportedOn, setReportedOn] = useState('');
  const errors = fieldErrors(report.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(
      { kind, reportedOn: reportedOn || undefined },
      {
        onSuccess: () => {
          notifySuccess(t('documents.done.reported'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('documents.actions.reportLost')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Alert color="red" variant="light">
            {t('documents.confirm.reportLost', { number: document.number })}
          </Alert>
          <Radio.Group
            label={t('documents.document.reportLost.kind')}
            value={kind}
            onChange={(value) => setKind(value === 'stolen' ? 'stolen' : 'lost')}
            error={errors.kind}
          >
            <Group mt="xs">
              <Radio value="lost" label={t('documents.replaceReasons.lost')} />
              <Radio value="stolen" label={t('documents.replaceReasons.stolen')} />
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            dir="ltr"
            label={t('documents.document.reportLost.reportedOn')}
            description={t('documents.document.reportLost.reportedOnHint')}
            value={reportedOn}
            onChange={(event) => setReportedOn(event.currentTarget.value)}
            error={errors.reportedOn}
            w={220}
          />
          <ErrorAlert error={report.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={report.isPending}>
              {t('documents.actions.reportLost')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
