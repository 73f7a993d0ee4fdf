/** HTTP of streamed exports: the `format` parameter every export route takes, and sending an opened export. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../context';
import { EXPORT_FORMATS, openExport, type ExportSource } from './stream';

/** The query parameter choosing the file format (CSV unless asked otherwise). */
export const exportFormatQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('csv') });

/** The response header announcing the rows of an export before they arrive (read by the web app's progress bar). */
export const EXPORT_ROWS_HEADER = 'x-export-rows';

/**
 * Opens the export of `source` (count, audit) and streams it as the response, with the row count and the
 * file name in the headers. Errors before the first byte (e.g. too many rows for XLSX) answer as JSON.
 */
export async function sendExport<Row, Key>(ctx: Ctx, reply: FastifyReply, source: ExportSource<Row, Key>, format: z.infer<typeof exportFormatQuery>['format']): Promise<FastifyReply> {
  const opened = await openExport(ctx, source, format);
  return reply
    .header('content-type', opened.contentType)
    .header('content-disposition', `attachment; filename="${opened.filename}"`)
    .header(EXPORT_ROWS_HEADER, String(opened.rows))
    .header('cache-control', 'no-store')
    .send(opened.body);
}
