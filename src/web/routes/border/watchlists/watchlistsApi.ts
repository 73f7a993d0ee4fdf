/** Shapes and queries of the border's lists: watchlist sources and imports, lost/stolen documents, overstayers. */
import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, queryString, type FieldError } from '../../../api';
import type {
  ImportMode,
  LostDocumentReason,
  Purpose,
  SourceKind,
  WatchlistAction,
} from '../../../../server/modules/border/reference';

export type { ImportMode } from '../../../../server/modules/border/reference';

export {
  IMPORT_MODES,
  LIST_UPLOAD_MAX_BYTES,
  LOST_DOCUMENT_REASONS,
  SOURCE_KINDS,
} from '../../../../server/modules/border/reference';
// The border's calendar day of an instant (pure; the server counts days with it too).
export { localDay } from '../../../../server/modules/border/travel-days';

export {
  LOST_DOCUMENTS_CSV_COLUMNS,
  WATCHLIST_CSV_COLUMNS,
} from '../../../../server/modules/border/reference';

export interface WatchlistSource {
  id: string;
  code: string;
  name: string;
  kind: SourceKind;
  threshold: number;
  active: boolean;
  currentVersion: number;
  createdAt: string;
  liveEntries: number;
}

export type ImportStatus = 'running' | 'done' | 'failed';

/** An import of a CSV into a source: the job row, updated as the entries are written. */
export interface WatchlistImport {
  id: string;
  sourceId: string;
  version: number;
  mode: ImportMode;
  status: ImportStatus;
  fileName: string | null;
  note: string | null;
  totalRows: number;
  processedRows: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  failure: string | null;
  startedBy: string | null;
  /** The display name of who started it (null for the system or a removed user). */
  startedByName?: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface RowError {
  line: number;
  column?: string;
  message: string;
}

export interface WatchlistRow {
  line: number;
  externalRef: string;
  name: string;
  aliases: string[];
  dateOfBirth: string | null;
  nationalities: string[];
  documentNumbers: string[];
  action: WatchlistAction;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

export interface ImportChanges {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** What a watchlist file would do to the live list (a dry run writes nothing). */
export interface WatchlistPreview {
  dryRun: true;
  mode: ImportMode;
  currentVersion: number;
  wouldBecomeVersion: number;
  rows: number;
  changes: ImportChanges;
  errorCount: number;
  errors: RowError[];
  firstRows: WatchlistRow[];
}

export interface LostDocument {
  id: string;
  number: string;
  issuingState: string;
  reason: LostDocumentReason;
  reportedAt: string;
  source: string | null;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export interface LostDocumentRow {
  line: number;
  number: string;
  issuingState: string;
  reason: LostDocumentReason;
  reportedAt: string;
  source: string | null;
}

/** A lost-documents file read (dry run) or imported: rows, row errors, and what the import did. */
export interface LostDocumentsImport {
  dryRun: boolean;
  rows: number;
  errorCount: number;
  errors: RowError[];
  firstRows: LostDocumentRow[];
  added: number;
  updated: number;
}

export interface Overstayer {
  personId: string;
  /** Null when the caller may not see the person's record. */
  person: { registrationNumber: string; givenNames: string; surname: string } | null;
  openEntry: {
    crossingId: string;
    day: string;
    siteId: string;
    purpose: Purpose | null;
    nationality: string | null;
    document: { number: string | null; issuingState: string | null };
  } | null;
  daysUsed: number;
  windowStart: string;
  overstayStart: string | null;
  latestLegalExit: string | null;
  overstayDays: number;
}

export interface OverstayersReport {
  on: string;
  evaluated: number;
  items: Overstayer[];
}

export const sourcesQuery = queryOptions({
  queryKey: ['border', 'watchlists'],
  queryFn: () => api.get<WatchlistSource[]>('/api/border/watchlists'),
});

/** Imports of a source, newest first. */
export function importsQuery(sourceId: string) {
  return queryOptions({
    queryKey: ['border', 'watchlists', sourceId, 'imports'],
    queryFn: () => api.get<WatchlistImport[]>(`/api/border/watchlists/${sourceId}/imports`),
  });
}

/** One import job; polled every second while it runs. */
export function importJobQuery(importId: string) {
  return queryOptions({
    queryKey: ['border', 'watchlist-imports', importId],
    queryFn: () =>
      api.get<WatchlistImport & { progress: number }>(`/api/border/watchlist-imports/${importId}`),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

/** A document's entry on the lost/stolen list, active or taken off (null when never listed). */
export function lostDocumentQuery(number: string, issuingState: string) {
  return queryOptions({
    queryKey: ['border', 'lost-documents', issuingState, number],
    queryFn: () =>
      api.get<{ document: LostDocument | null }>(
        `/api/border/lost-documents${queryString({ number, issuingState })}`,
      ),
  });
}

export function overstayersQuery(on: string) {
  return queryOptions({
    queryKey: ['border', 'overstayers', on],
    queryFn: () => api.get<OverstayersReport>(`/api/border/overstayers${queryString({ on })}`),
  });
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldError[] };
}

/**
 * Uploads a CSV as the multipart field "file" (the JSON client cannot) and returns the answer; a refusal
 * becomes an ApiError carrying the server's row errors as field errors (`line 12, action`).
 */
export async function uploadList<T>(path: string, file: File, csrf: string | undefined): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: csrf ? { 'X-CSRF-Token': csrf, Accept: 'application/json' } : { Accept: 'application/json' },
    });
  } catch {
    throw new ApiError(
      0,
      'network_error',
      'The server cannot be reached; check the connection and try again',
    );
  }
  const parsed = (await response.json().catch(() => ({}))) as unknown;
  if (!response.ok) {
    const error = (parsed as ErrorBody).error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status}`,
      error?.fields ?? [],
    );
  }
  return parsed as T;
}

/** Offers a CSV with only the header row as a download, so a list can be started from the right columns. */
export function downloadCsvTemplate(fileName: string, columns: readonly string[]): void {
  // The byte-order mark makes spreadsheet programs open the file as UTF-8.
  const blob = new Blob([`\uFEFF${columns.join(',')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released a moment later: a browser may still be reading the blob when click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
