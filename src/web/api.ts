/**
 * The web app's HTTP client: JSON in and out, the session cookie, and the anti-forgery token on writes.
 * Every failure becomes an `ApiError` carrying the server's stable code, its message and any field errors.
 */

export interface FieldError {
  field: string;
  message: string;
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldError[] };
}

/** A failed API call, as the server described it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field errors keyed by the top-level field name (`roles.0` → `roles`, `querystring.from` → `from`). */
  fieldMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const { field, message } of this.fields) {
      const key = field.replace(/^(querystring|params)\./, '').split('.')[0] ?? field;
      map[key] = map[key] ? `${map[key]}; ${message}` : message;
    }
    return map;
  }
}

let csrfToken: string | undefined;

/** Remembers the anti-forgery token of the current session (from GET /api/auth/me). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network_error',
      'The server cannot be reached; check the connection and try again',
    );
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    const error = (parsed as ErrorBody | undefined)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status} ${response.statusText}`,
      error?.fields ?? [],
    );
  }
  return parsed as T;
}

/** Builds a query string from the defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** True when `error` is an ApiError with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

/** Field errors of a failed call keyed by field name (empty for other failures). */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldMap() : {};
}

/** Field errors of a failed call keyed by the full path (`addresses.1.from`), for errors inside list rows. */
export function fieldErrorsByPath(error: unknown): Record<string, string> {
  const map: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.fields) {
      map[field] = map[field] ? `${map[field]}; ${message}` : message;
    }
  }
  return map;
}
