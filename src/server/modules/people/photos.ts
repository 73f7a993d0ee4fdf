/**
 * Person photos: JPEG or PNG only, size-limited, decoded and re-encoded (which drops EXIF and any payload
 * hidden in the file) to a JPEG of at most 1024 px.
 */
import sharp from 'sharp';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { actorIds, lockVisiblePerson, personScope } from './service';
import * as store from './store';
import { persons } from './tables';
import { eq } from 'drizzle-orm';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const MAX_EDGE = 1024;

/** Validates and re-encodes an uploaded photo. */
export async function reencodePhoto(data: Buffer): Promise<{ image: Buffer; width: number; height: number }> {
  if (data.length > PHOTO_MAX_BYTES) {
    throw new AppError('payload_too_large', 413, `The photo is larger than ${PHOTO_MAX_BYTES / 1024 / 1024} MB`);
  }
  let format: string | undefined;
  try {
    format = (await sharp(data).metadata()).format;
  } catch {
    throw invalid('The file is not a readable image', [{ field: 'photo', message: 'Not an image' }]);
  }
  if (format !== 'jpeg' && format !== 'png') {
    throw invalid(`Photos must be JPEG or PNG, not ${format ?? 'this format'}`, [{ field: 'photo', message: 'JPEG or PNG only' }]);
  }
  const { data: image, info } = await sharp(data, { limitInputPixels: 40_000_000 })
    .rotate()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { image, width: info.width, height: info.height };
}

/** Stores a person's photo (replacing any earlier one). */
export async function setPhoto(ctx: Ctx, personId: string, data: Buffer) {
  requirePermission(ctx, 'people.write');
  const photo = await reencodePhoto(data);
  const actor = actorIds(ctx);
  await inTransaction(ctx, async (tx) => {
    await lockVisiblePerson(tx, ctx, personId);
    await store.upsertPhoto(tx, { personId, contentType: 'image/jpeg', image: photo.image, width: photo.width, height: photo.height, uploadedAt: ctx.now() });
    await tx.update(persons).set({ hasPhoto: true }).where(eq(persons.id, personId));
    await store.insertHistory(tx, { personId, actorUserId: actor.userId, actorLabel: actor.label, action: 'photo-set' });
    await recordAudit(tx, ctx, { action: 'person.photo.set', entityType: 'person', entityId: personId, fields: ['photo'] });
  });
  return { width: photo.width, height: photo.height };
}

/** A person's photo (audited). */
export async function getPhoto(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'people.read');
  return inTransaction(ctx, async (tx) => {
    const person = await store.selectPerson(tx, personId, personScope(ctx));
    const photo = person ? await store.selectPhoto(tx, personId) : undefined;
    if (!photo) {
      throw notFound('Photo');
    }
    await recordAudit(tx, ctx, { action: 'person.photo.read', entityType: 'person', entityId: personId, fields: ['photo'] });
    return photo;
  });
}
