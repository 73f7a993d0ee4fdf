/** Issuing offices: their number settings, the blocks they hold, and the accounting of every number drawn. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { actorIds } from '../people/service';
import { officeOf } from './holders';
import { drawBlock, formatDocumentNumber } from './numbers';
import * as numberStore from './number-store';
import * as store from './store';

/** Issuing offices the caller may see, with their settings and the numbers they hold per series. */
export async function listOffices(ctx: Ctx) {
  requirePermission(ctx, 'documents.read');
  const offices = await store.selectOffices(ctx.db, undefined);
  const settings = new Map((await numberStore.selectAllOfficeSettings(ctx.db)).map((s) => [s.siteId, s]));
  const remaining = await numberStore.remainingBySeries(
    ctx.db,
    offices.map((o) => o.id),
  );
  return {
    offices: offices.map((office) => ({
      siteId: office.id,
      code: office.code,
      name: office.name,
      active: office.active,
      blockSize: settings.get(office.id)?.blockSize ?? 1000,
      lowWater: settings.get(office.id)?.lowWater ?? 100,
      series: remaining.filter((r) => r.siteId === office.id).map((r) => ({ prefix: r.prefix, remaining: r.remaining })),
    })),
  };
}

/** Changes how many numbers an office draws at a time and when it draws more. */
export async function configureOffice(ctx: Ctx, siteId: string, input: { blockSize: number; lowWater: number }) {
  requirePermission(ctx, 'documents.configure');
  if (input.lowWater >= input.blockSize) {
    throw invalid('The low-water mark must be below the block size, or the office would draw a block for every document', [{ field: 'lowWater', message: 'Below the block size' }]);
  }
  await officeOf(ctx, siteId);
  await inTransaction(ctx, async (tx) => {
    await numberStore.upsertOfficeSettings(tx, siteId, input);
    await recordAudit(tx, ctx, { action: 'document.office.configure', entityType: 'site', entityId: siteId, fields: ['blockSize', 'lowWater'] });
  });
  return input;
}

/** Draws a block of numbers for an office now (e.g. before it goes offline for a while). */
export async function drawOfficeBlock(ctx: Ctx, siteId: string, prefix: string) {
  requirePermission(ctx, 'documents.configure');
  await officeOf(ctx, siteId);
  const block = await drawBlock(ctx, siteId, prefix, actorIds(ctx).userId);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'document.block.draw', entityType: 'site', entityId: siteId, detail: { prefix, ...block } }));
  return { prefix, first: formatDocumentNumber(prefix, block.firstNumber), last: formatDocumentNumber(prefix, block.lastNumber) };
}

/** Every block an office holds and every spoiled number: each number drawn is on a document, spoiled, or still unused. */
export async function officeNumbers(ctx: Ctx, siteId: string) {
  requirePermission(ctx, 'documents.read');
  await officeOf(ctx, siteId, undefined);
  const blocks = await numberStore.selectBlocks(ctx.db, siteId);
  const spoiled = await numberStore.selectSpoiled(ctx.db, siteId);
  const names = await store.selectUserNames(
    ctx.db,
    spoiled.map((s) => s.by),
  );
  return {
    blocks: blocks.map((b) => {
      const used = b.nextNumber - b.firstNumber;
      const spoiledHere = spoiled.filter((s) => {
        const value = Number(s.number.slice(2));
        return s.number.startsWith(b.prefix) && value >= b.firstNumber && value <= b.lastNumber;
      }).length;
      return {
        id: b.id,
        prefix: b.prefix,
        first: formatDocumentNumber(b.prefix, b.firstNumber),
        last: formatDocumentNumber(b.prefix, b.lastNumber),
        next: b.nextNumber > b.lastNumber ? null : formatDocumentNumber(b.prefix, b.nextNumber),
        issued: used - spoiledHere,
        spoiled: spoiledHere,
        remaining: b.lastNumber - b.nextNumber + 1,
        drawnAt: b.drawnAt,
      };
    }),
    spoiled: spoiled.map((s) => ({ number: s.number, reason: s.reason, at: s.at, byName: s.by ? (names.get(s.by) ?? '') : '' })),
  };
}
