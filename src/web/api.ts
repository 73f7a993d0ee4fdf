/**
 * The web app's HTTP client: JSON in and out, the session cookie, and the anti-forgery token on writes.
 * Every failure becomes an `ApiError` carrying the server's stable code, its message and any field errors.
 */
import { askPurpose, forgetPurpose, forgetPurposes, purposeFor, recordOf } from './purpose';

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

/** Remembers the anti-forgery token of the current session (from GET /api/auth/me); a new session forgets the purposes given. */
export function setCsrfToken(token: string | undefined): void {
  if (token !== csrfToken) {
    forgetPurposes();
  }
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The failure a response describes (its body is read). */
async function errorOf(response: Response): Promise<ApiError> {
  let parsed: ErrorBody | undefined;
  try {
    parsed = JSON.parse(await response.text()) as ErrorBody;
  } catch {
    parsed = undefined;
  }
  const error = parsed?.error;
  return new ApiError(
    response.status,
    error?.code ?? 'http_error',
    error?.message ?? `The server answered ${response.status} ${response.statusText}`,
    error?.fields ?? [],
  );
}

/**
 * Sends a request with the session's anti-forgery token and, for a record opened for a purpose, that
 * purpose (percent-encoded: header values are Latin-1). A 428 `purpose_required` asks the person why
 * (the purpose prompt) and sends the request again with the answer; cancelling fails with that error.
 */
async function send(method: Method, path: string, body: unknown, accept: string): Promise<Response> {
  const record = recordOf(path);
  for (let attempt = 0; ; attempt += 1) {
    const headers: Record<string, string> = { Accept: accept };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
      headers['X-CSRF-Token'] = csrfToken;
    }
    const purpose = purposeFor(record);
    if (purpose) {
      headers['X-Purpose'] = encodeURIComponent(purpose);
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
    if (response.status !== 428) {
      return response;
    }
    const error = await errorOf(response);
    if (error.code !== 'purpose_required' || attempt >= 3) {
      throw error;
    }
    if (purpose) {
      forgetPurpose(record);
    }
    if (!(await askPurpose({ record, message: error.message }))) {
      throw error;
    }
  }
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body, 'application/json');
  if (!response.ok) {
    throw await errorOf(response);
  }
  const text = await response.text();
  if (!text) {
    return undefined as T;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined as T;
  }
}

/** A file the server answered with. */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition, or the fallback given. */
  fileName: string;
  headers: Headers;
}

/** Posts `body` and takes the answer as a file (e.g. an export), with the same token, purpose and errors as JSON calls. */
export async function downloadFile(path: string, body: unknown, fallbackName: string): Promise<DownloadedFile> {
  const response = await send('POST', path, body, '*/*');
  if (!response.ok) {
    throw await errorOf(response);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName: decodeURIComponent(fileName), headers: response.headers };
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile(file: Pick<DownloadedFile, 'blob' | 'fileName'>): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
