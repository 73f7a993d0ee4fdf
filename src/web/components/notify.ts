/** Notifications for the outcome of an action: the server's message for failures, a short line for success. */
import { notifications } from '@mantine/notifications';
import i18n from '../i18n';
import { ApiError } from '../api';

const KNOWN_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rule_violated',
  'unavailable',
  'invalid_credentials',
  'account_locked',
  'account_disabled',
  'totp_required',
  'totp_invalid',
  'password_rejected',
  'csrf_failed',
  'rate_limited',
  'payload_too_large',
  'internal_error',
  'network_error',
  'purpose_required',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** A translated one-line summary of what went wrong, by the server's error code. */
export function errorTitle(error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'internal_error';
  return isKnownCode(code) ? i18n.t(`errors.codes.${code}`) : i18n.t('errors.generic');
}

/** The server's own message (it names the field or the rule), or a generic line. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : i18n.t('errors.generic');
}

/** Shows a failure with the server's message. */
export function notifyError(error: unknown): void {
  notifications.show({
    color: 'red',
    title: errorTitle(error),
    message: errorMessage(error),
    autoClose: 8000,
  });
}

/** Shows a short success line. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 4000 });
}
