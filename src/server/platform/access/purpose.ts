/**
 * Purposes: opening a sensitive record (a trafficking case, a flagged vulnerability screening, a minor's
 * file, a subject-access export) needs the reason why. The request carries it (header `X-Purpose`, or a
 * body field the route copies into `ctx.purpose`); the audit entry of the read records it.
 */
import type { Ctx } from '../context';
import { AppError } from '../errors';

/** Shortest purpose accepted: enough for "court order 12/2026", not for "x". */
export const MIN_PURPOSE_LENGTH = 5;
/** Longest purpose kept (the access hook cuts the header there too). */
export const MAX_PURPOSE_LENGTH = 500;

/** A purpose as typed: trimmed, or undefined when empty. */
export function normalisePurpose(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, MAX_PURPOSE_LENGTH) : undefined;
}

/**
 * The header as sent: the web app percent-encodes it (HTTP header values are Latin-1, purposes are typed in
 * Romanian or Arabic); a header that does not decode is taken as it is.
 */
export function purposeFromHeader(header: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) {
    return undefined;
  }
  try {
    return normalisePurpose(decodeURIComponent(raw));
  } catch {
    return normalisePurpose(raw);
  }
}

/**
 * Throws 428 `purpose_required` unless the caller stated a purpose (of at least MIN_PURPOSE_LENGTH
 * characters) for opening `what`. Work the system does by itself needs none. Call it only after the record
 * was found visible, so that the answer never reveals a record the caller may not see.
 */
export function requirePurpose(ctx: Ctx, what: string): void {
  if (ctx.actor.kind === 'system') {
    return;
  }
  const purpose = normalisePurpose(ctx.purpose);
  if (!purpose || purpose.length < MIN_PURPOSE_LENGTH) {
    throw new AppError(
      'purpose_required',
      428,
      `Opening ${what} needs a purpose: say why you open it (at least ${MIN_PURPOSE_LENGTH} characters); it is recorded in the audit trail`,
    );
  }
}
