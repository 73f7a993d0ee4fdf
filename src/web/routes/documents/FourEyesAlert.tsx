/** Why an approval failed, said plainly when it is the four-eyes rule (the requester cannot approve). */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isFourEyesRefusal } from './documentActions';

/** Nothing without an error; the four-eyes explanation for that refusal; the server's message otherwise. */
export function ApprovalError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) {
    return null;
  }
  if (isFourEyesRefusal(error)) {
    return (
      <Alert color="red" variant="filled" role="alert" title={t('documents.fourEyes.title')}>
        {t('documents.fourEyes.body')}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
