/** The web client of streamed exports: rows counted as the chunks arrive, the file kept whole, the server's error passed on. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { downloadExport, type ExportProgress } from './exportDownload';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(encoder.encode(chunk)));
      controller.close();
    },
  });
}

function answer(response: Response) {
  const fetchMock = vi.fn<typeof fetch>(async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('downloadExport', () => {
  it('counts CSV rows as their line ends arrive, out of the rows announced, and keeps the file', async () => {
    const chunks = ['\uFEFFreference,title\r\n', 'PC-1,First\r\nPC-2,"Two\r\nlines"\r\n', 'PC-3,Third\r\n'];
    const fetchMock = answer(
      new Response(streamOf(chunks), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="cases-cases-2026-12-07.csv"', 'x-export-rows': '3' },
      }),
    );
    const seen: ExportProgress[] = [];
    const file = await downloadExport('/api/cases/export', { type: 'protection', q: undefined }, 'csv', (p) => seen.push(p), new AbortController().signal);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/cases/export?type=protection&format=csv');
    expect(seen.map((p) => p.rows)).toEqual([0, 0, 3, 3]);
    expect(seen.every((p) => p.total === 3)).toBe(true);
    expect(file.fileName).toBe('cases-cases-2026-12-07.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.blob.arrayBuffer())).toBe(chunks.join(''));
    expect(file.rows).toBe(3);
  });

  it('reports an XLSX by bytes, its rows unknown until the end', async () => {
    answer(new Response(streamOf(['PK\u0003\u0004', 'rest of the package']), { headers: { 'x-export-rows': '120000' } }));
    const seen: ExportProgress[] = [];
    const file = await downloadExport('/api/border/crossings/export', {}, 'xlsx', (p) => seen.push(p), new AbortController().signal);
    expect(seen.at(-1)).toEqual({ total: 120_000, rows: null, bytes: 23 });
    expect(file).toMatchObject({ fileName: 'export.xlsx', rows: 120_000 });
  });

  it('passes the server’s refusal on as an ApiError', async () => {
    answer(new Response(JSON.stringify({ error: { code: 'rule_violated', message: 'Too many rows for XLSX', fields: [{ field: 'format', message: 'Too many rows for XLSX' }] } }), { status: 422 }));
    const failure = downloadExport('/api/border/crossings/export', {}, 'xlsx', () => undefined, new AbortController().signal);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 422, code: 'rule_violated', message: 'Too many rows for XLSX' });
  });
});
