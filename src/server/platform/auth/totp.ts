/** Time-based one-time passwords (RFC 6238) for the second factor. */
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Crossroads';

function totpFor(secretBase32: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random base32 secret. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (as a QR code or typed). */
export function totpUri(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

/** Accepts the current code or the one just before/after, to allow for clock drift. */
export function verifyTotp(secretBase32: string, username: string, code: string, now = new Date()): boolean {
  if (!/^\d{6}$/.test(code)) {
    return false;
  }
  return totpFor(secretBase32, username).validate({ token: code, window: 1, timestamp: now.getTime() }) !== null;
}

/** The current code (for tests and for the CLI's own checks). */
export function currentTotp(secretBase32: string, username: string, now = new Date()): string {
  return totpFor(secretBase32, username).generate({ timestamp: now.getTime() });
}
