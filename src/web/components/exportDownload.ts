/**
 * Downloading a list's export as it streams: the server announces the rows (`X-Export-Rows`) before
 * sending them; CSV rows are counted as their line ends arrive, an XLSX (compressed) by the bytes received.
 */
import { ApiError, queryString } from '../api';

export type ExportFormat = 'csv' | 'xlsx';

/** How far a download has come. */
export interface ExportProgress {
  /** Rows announced by the server (for a list that hides rows one by one, at most this many). */
  total: number;
  /** CSV: rows received so far (null for XLSX). */
  rows: number | null;
  bytes: number;
}

/** A finished download. */
export interface ExportedFile {
  blob: Blob;
  fileName: string;
  rows: number;
}

const LINE_FEED = 10;

function lineFeeds(chunk: Uint8Array): number {
  let count = 0;
  for (const byte of chunk) {
    if (byte === LINE_FEED) {
      count += 1;
    }
  }
  return count;
}

async function failureOf(response: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; fields?: { field: string; message: string }[] } } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  return new ApiError(response.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `The server answered ${response.status}`, body?.error?.fields ?? []);
}

/**
 * Fetches `path` with the list's filter and the format, reporting progress as the body arrives; `signal`
 * cancels (the server then stops reading and records the export as abandoned).
 */
export async function downloadExport(
  path: string,
  params: Record<string, string | number | undefined | null>,
  format: ExportFormat,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<ExportedFile> {
  let response: Response;
  try {
    response = await fetch(`${path}${queryString({ ...params, format })}`, { credentials: 'same-origin', headers: { Accept: '*/*' }, signal });
  } catch (error) {
    if (signal.aborted) {
      throw error;
    }
    throw new ApiError(0, 'network_error', 'The server cannot be reached; check the connection and try again');
  }
  if (!response.ok || !response.body) {
    throw await failureOf(response);
  }
  const total = Number(response.headers.get('x-export-rows') ?? 0);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `export.${format}`;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  const reader = response.body.getReader();
  onProgress({ total, rows: format === 'csv' ? 0 : null, bytes });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.byteLength;
    if (format === 'csv') {
      lines += lineFeeds(value);
    }
    // The heading is the first line; a cell holding a line break counts twice, hence the ceiling.
    onProgress({ total, rows: format === 'csv' ? Math.min(total, Math.max(0, lines - 1)) : null, bytes });
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), fileName, rows: format === 'csv' ? Math.min(total, Math.max(0, lines - 1)) : total };
}
