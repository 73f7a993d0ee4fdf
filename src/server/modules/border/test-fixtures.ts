/** Fixtures for border tests: MRZs, CSV uploads, lists imported to the end. */
import { expect } from 'vitest';
import { uniqueSuffix } from '../../testing/factories';
import type { Session } from '../../testing/http';
import { passportMrz as peoplePassportMrz } from '../people/test-fixtures';

/** A valid passport MRZ (the people fixture, valid until 2034). */
export function passportMrz(overrides: Parameters<typeof peoplePassportMrz>[0] = {}): string {
  return peoplePassportMrz({ expiryDate: '2034-01-31', ...overrides });
}

/** A document number no other test uses. */
export function uniqueDocumentNumber(prefix = 'T'): string {
  return `${prefix}${uniqueSuffix().toUpperCase()}`.slice(0, 9);
}

/** A multipart/form-data body with one file field. */
export function multipartFile(content: string | Buffer, fileName = 'list.csv', field = 'file') {
  const boundary = '----crossroads-border-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a CSV to a path (query string included). */
export function uploadCsv(session: Session, url: string, content: string | Buffer) {
  const { payload, headers } = multipartFile(content);
  return session.request('POST', url, payload, headers);
}

export const WATCHLIST_HEADER = 'external_ref,name,aliases,date_of_birth,nationalities,document_numbers,action,valid_from,valid_to,note';

/** Waits for an import job to end and returns it. */
export async function waitForImport(session: Session, importId: string) {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const job = (await session.get(`/api/border/watchlist-imports/${importId}`)).json<{ status: string; progress: number; version: number }>();
    if (job.status !== 'running') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${importId} did not finish`);
}

/** Creates a watchlist source and returns its id. */
export async function createSource(session: Session, body: { kind?: string; threshold?: number } = {}) {
  const response = await session.post('/api/border/watchlists', { code: `list-${uniqueSuffix()}`, name: 'Test list', kind: body.kind ?? 'national', threshold: body.threshold });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; code: string }>();
}

/** Imports CSV rows (without the header) into a source and waits until the version is live. */
export async function importRows(session: Session, sourceId: string, rows: string[], mode: 'replace' | 'append' = 'replace') {
  const response = await uploadCsv(session, `/api/border/watchlists/${sourceId}/imports?mode=${mode}`, [WATCHLIST_HEADER, ...rows].join('\n'));
  expect(response.statusCode, response.body).toBe(202);
  const job = await waitForImport(session, response.json<{ id: string }>().id);
  expect(job.status).toBe('done');
  return job;
}

/** A crossing body at a BCP with a passport MRZ. */
export function crossingBody(siteId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientRef: `desk-${uniqueSuffix()}-${uniqueSuffix()}`,
    siteId,
    lane: 'A1',
    direction: 'entry',
    document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber() }) },
    purpose: 'tourism',
    decision: 'admitted',
    ...overrides,
  };
}
