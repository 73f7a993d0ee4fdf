/** The one answer a verifying officer reads first, from the browser's signature check and the register's status. */
import type { SealData } from '../../../../common/seal';
import type { SignatureResult, VerificationStatus } from '../../../../server/modules/documents/reference';
import type { LocalSignature } from './sealCheck';

/** The answer of POST /api/documents/verify. */
export interface OnlineAnswer {
  signature: SignatureResult;
  status: VerificationStatus | null;
  data: SealData | null;
  message: string;
}

export type VerdictKind =
  | 'valid'
  | 'valid-offline'
  | 'expired'
  | 'revoked'
  | 'reported-lost'
  | 'reported-stolen'
  | 'superseded'
  | 'not-issued'
  | 'unknown'
  | 'forged'
  | 'revoked-key'
  | 'unknown-key'
  | 'malformed';

/** Green: accept. Red: do not accept. Orange: look closer. */
export type VerdictTone = 'green' | 'red' | 'orange';

export const VERDICT_TONES: Record<VerdictKind, VerdictTone> = {
  valid: 'green',
  'valid-offline': 'orange',
  expired: 'orange',
  revoked: 'red',
  'reported-lost': 'red',
  'reported-stolen': 'red',
  superseded: 'orange',
  'not-issued': 'red',
  unknown: 'orange',
  forged: 'red',
  'revoked-key': 'red',
  'unknown-key': 'orange',
  malformed: 'red',
};

/**
 * The verdict. A signature that fails (here or on the server) outranks everything: the data cannot be
 * trusted. With a good signature the register's status decides; without a connection the seal's own expiry.
 * `online` is null when the server could not be asked.
 */
export function verdictOf(
  local: LocalSignature,
  online: OnlineAnswer | null,
  expiresOn: string,
  today: string,
): VerdictKind {
  const signature = local === 'unsupported' ? (online?.signature ?? 'unknown-key') : local;
  if (signature === 'malformed') {
    return 'malformed';
  }
  if (signature === 'invalid' || online?.signature === 'invalid') {
    return 'forged';
  }
  if (signature === 'revoked-key' || online?.signature === 'revoked-key') {
    return 'revoked-key';
  }
  if (signature === 'unknown-key') {
    // The browser's keys may be older than the seal: the server's check of a newer key counts then.
    if (online?.signature !== 'valid') {
      return 'unknown-key';
    }
  }
  if (!online || online.status === null) {
    return expiresOn < today ? 'expired' : 'valid-offline';
  }
  return online.status;
}
