/**
 * National number series. The central allocator hands each issuing office blocks of consecutive
 * numbers; an office issues only from the blocks it holds, so it keeps issuing while the allocator
 * cannot be reached, and two offices never collide because their blocks never overlap.
 */
import type { Ctx } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import * as store from './number-store';

/** Digits after the two-letter prefix: prefix + 7 digits = 9 characters, the TD1 number field. */
export const NUMBER_DIGITS = 7;
const NUMBER_PATTERN = /^([A-Z]{2})(\d{7})$/;

/** `TA` + 1234 → `TA0001234`. */
export function formatDocumentNumber(prefix: string, value: number): string {
  return `${prefix}${String(value).padStart(NUMBER_DIGITS, '0')}`;
}

/** The series and the value of a number we issue, or null for anything else. */
export function parseDocumentNumber(number: string): { prefix: string; value: number } | null {
  const match = NUMBER_PATTERN.exec(number);
  return match ? { prefix: match[1]!, value: Number(match[2]) } : null;
}

/** Where blocks come from: the headquarters database, or (for a remote office) headquarters over the network. */
export interface CentralAllocator {
  drawBlock(request: { prefix: string; size: number; siteId: string; drawnBy: string | null }): Promise<{ firstNumber: number; lastNumber: number }>;
}

/** The allocator of the headquarters database: advances the series and records the block in one transaction. */
export function databaseAllocator(db: Db): CentralAllocator {
  return {
    async drawBlock({ prefix, size, siteId, drawnBy }) {
      return db.transaction(async (tx) => {
        const first = await store.advanceSeries(tx, prefix, size);
        if (first === null) {
          throw new AppError('unavailable', 503, `The number series ${prefix} has fewer than ${size} numbers left: ask the administrator to open a new series`);
        }
        const block = await store.insertBlock(tx, { siteId, prefix, firstNumber: first, lastNumber: first + size - 1, drawnBy });
        return { firstNumber: block.firstNumber, lastNumber: block.lastNumber };
      });
    },
  };
}

type AllocatorFactory = (ctx: Ctx) => CentralAllocator;
const defaultAllocator: AllocatorFactory = (ctx) => databaseAllocator(ctx.db);
let allocatorOf: AllocatorFactory = defaultAllocator;

/** Replaces the central allocator (a remote office reaching headquarters; fault tests); null restores the database one. */
export function useCentralAllocator(factory: AllocatorFactory | null): void {
  allocatorOf = factory ?? defaultAllocator;
}

/** The numbers an office still holds in one series. */
export async function numbersLeft(db: Executor, siteId: string, prefix: string): Promise<number> {
  const rows = await store.remainingBySeries(db, [siteId]);
  return rows.find((r) => r.prefix === prefix)?.remaining ?? 0;
}

/** Draws one block for an office now (its configured size) from the central allocator. */
export async function drawBlock(ctx: Ctx, siteId: string, prefix: string, drawnBy: string | null) {
  const { blockSize } = await store.selectOfficeSettings(ctx.db, siteId);
  return allocatorOf(ctx).drawBlock({ prefix, size: blockSize, siteId, drawnBy });
}

/**
 * Tops up an office's numbers when it holds fewer than its low-water mark. Called outside the issuing
 * transaction. When the allocator cannot be reached the office goes on with what it holds; only an
 * office with no number left is refused.
 */
export async function ensureNumbers(ctx: Ctx, siteId: string, prefix: string, drawnBy: string | null): Promise<void> {
  const { lowWater } = await store.selectOfficeSettings(ctx.db, siteId);
  const left = await numbersLeft(ctx.db, siteId, prefix);
  if (left > lowWater) {
    return;
  }
  try {
    await drawBlock(ctx, siteId, prefix, drawnBy);
  } catch (error) {
    if (left === 0) {
      throw new AppError('unavailable', 503, `This office has no ${prefix} numbers left and the central number allocator cannot be reached: ${(error as Error).message}`);
    }
  }
}

/** Takes the office's next number inside the issuing transaction; a number leaves its block exactly once. */
export async function takeNumber(tx: Executor, siteId: string, prefix: string): Promise<string> {
  const value = await store.takeFromBlocks(tx, siteId, prefix);
  if (value === null) {
    throw new AppError('unavailable', 503, `This office has no ${prefix} numbers left; draw a new block and try again`);
  }
  return formatDocumentNumber(prefix, value);
}
