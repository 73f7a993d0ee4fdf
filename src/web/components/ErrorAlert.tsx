/** An inline alert for a failed request: a translated summary and the server's own explanation. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { useFormat } from '../format';
import { errorMessage, errorTitle } from './notify';

// For these the translated summary already says everything the server's message says.
const SELF_EXPLANATORY = new Set(['invalid_credentials', 'totp_invalid', 'network_error']);

function lockedUntil(error: ApiError): string | undefined {
  return /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/.exec(error.message)?.[0];
}

/** The detail line under the summary, in the interface language where the client knows it. */
function useDetail(error: unknown): string | null {
  const { t } = useTranslation();
  const format = useFormat();
  if (!(error instanceof ApiError)) {
    return errorMessage(error);
  }
  if (SELF_EXPLANATORY.has(error.code)) {
    return null;
  }
  if (error.code === 'account_locked') {
    const until = lockedUntil(error);
    return until ? t('errors.lockedUntil', { time: format.dateTime(until) }) : error.message;
  }
  return error.message;
}

/** Renders nothing when there is no error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const detail = useDetail(error);
  if (!error) {
    return null;
  }
  return (
    <Alert color="red" title={errorTitle(error)}>
      {detail}
    </Alert>
  );
}
