/** The one error type of the application: a stable code, an HTTP status and a message a person can act on. */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'invalid_credentials'
  | 'account_locked'
  | 'account_disabled'
  | 'totp_required'
  | 'totp_invalid'
  | 'password_rejected'
  | 'password_change_required'
  | 'csrf_failed'
  | 'rate_limited'
  | 'payload_too_large'
  | 'rule_violated'
  | 'purpose_required'
  | 'unavailable'
  | 'internal_error';

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A record that does not exist or that the caller may not see: the two answer the same way. */
export function notFound(what = 'Record'): AppError {
  return new AppError('not_found', 404, `${what} not found`);
}

/** The caller lacks a permission needed for this action. */
export function forbidden(message = 'You do not have the permission needed for this action'): AppError {
  return new AppError('forbidden', 403, message);
}

/** Input that breaks a rule, naming the offending field(s). */
export function invalid(message: string, fields?: FieldError[]): AppError {
  return new AppError('validation_failed', 400, message, fields);
}

/** Well-formed input that a rule of the domain refuses (e.g. a legal status a document type does not allow). */
export function ruleViolated(message: string, fields?: FieldError[]): AppError {
  return new AppError('rule_violated', 422, message, fields);
}

/** A write that collides with existing state (duplicate code, stale version...). */
export function conflict(message: string): AppError {
  return new AppError('conflict', 409, message);
}

/** True when a database error is a unique-constraint violation (PostgreSQL code 23505, possibly wrapped by Drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}
