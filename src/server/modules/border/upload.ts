/** Reading an uploaded list (multipart field "file") as UTF-8 text, refusing what is too large with the limit. */
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../platform/errors';
import { LIST_UPLOAD_MAX_BYTES } from './reference';

const MEGABYTE = 1024 * 1024;

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
}

/** The uploaded CSV's text and file name. */
export async function readUploadedList(request: FastifyRequest): Promise<{ text: string; fileName: string | null }> {
  const tooLarge = new AppError(
    'payload_too_large',
    413,
    `The file is larger than ${LIST_UPLOAD_MAX_BYTES / MEGABYTE} MB, the most one upload may carry. Split it and import the parts one after the other (mode=append).`,
    [{ field: 'file', message: `At most ${LIST_UPLOAD_MAX_BYTES / MEGABYTE} MB` }],
  );
  let data: Buffer;
  let fileName: string | null;
  try {
    const file = await request.file({ limits: { fileSize: LIST_UPLOAD_MAX_BYTES } });
    if (!file) {
      throw invalid('Attach the CSV file as the multipart field "file"', [{ field: 'file', message: 'Missing' }]);
    }
    fileName = file.filename || null;
    data = await file.toBuffer();
  } catch (error) {
    if (isTooLarge(error)) {
      throw tooLarge;
    }
    if (error instanceof AppError) {
      throw error;
    }
    throw invalid('Send the CSV file as multipart/form-data, field "file"', [{ field: 'file', message: error instanceof Error ? error.message : 'Unreadable upload' }]);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), fileName };
  } catch {
    throw invalid('The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again', [{ field: 'file', message: 'Not UTF-8' }]);
  }
}
