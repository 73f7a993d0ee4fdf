/**
 * The person page's "Subject-access export": the officer says why (the purpose is recorded), the ZIP
 * downloads, and the dialog says whether it is complete or some records were withheld for want of a clearance.
 */
import { Alert, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../components/FormActions';
import { MIN_PURPOSE_LENGTH } from '../../purpose';
import { can, useMe } from '../../session';
import { useSubjectAccessExport } from './privacyApi';

function ExportDialog({ personId, name, onClose }: { personId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const exported = useSubjectAccessExport();
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = purpose.trim().length < MIN_PURPOSE_LENGTH;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!tooShort) {
      exported.mutate({ personId, purpose: purpose.trim() });
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('privacy.subjectAccess.title', { name })} size="lg">
      {exported.data ? (
        <Stack gap="sm">
          <Alert color={exported.data.complete ? 'green' : 'orange'} title={t('privacy.subjectAccess.done', { file: exported.data.fileName })} role="status">
            {t(exported.data.complete ? 'privacy.subjectAccess.complete' : 'privacy.subjectAccess.incomplete')}
          </Alert>
          <Button onClick={onClose} data-autofocus>
            {t('privacy.purge.close')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('privacy.subjectAccess.explanation')}</Text>
            <Textarea
              data-autofocus
              label={t('privacy.subjectAccess.purpose')}
              description={t('privacy.subjectAccess.purposeHint', { count: MIN_PURPOSE_LENGTH })}
              value={purpose}
              onChange={(event) => setPurpose(event.currentTarget.value)}
              error={touched && tooShort ? t('purpose.tooShort', { count: MIN_PURPOSE_LENGTH }) : undefined}
              required
              autosize
              minRows={2}
              maxLength={500}
            />
            <FormActions error={exported.error} pending={exported.isPending} onCancel={onClose} saveLabel={t('privacy.subjectAccess.export')} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** The button (for holders of privacy.subject-access) and its dialog. */
export function SubjectAccessAction({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!can(me, ['privacy.subject-access'])) {
    return null;
  }
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('privacy.subjectAccess.action')}
      </Button>
      {open && <ExportDialog personId={personId} name={name} onClose={() => setOpen(false)} />}
    </>
  );
}
