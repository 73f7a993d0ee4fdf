import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgHashtext } from './hashtext';
import { queryRows } from './query';
import { createTestDatabase, testEngines, type TestDatabase } from './testing/test-database';

describe.each(testEngines())('pgHashtext [%s]', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await database.destroy();
  });

  async function databaseHashes(texts: string[]): Promise<number[]> {
    const rows = await queryRows<{ hash: number }>(database.db, sql`select hashtext(t) as hash from jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb) with ordinality as u(t, ord) order by ord`);
    return rows.map((row) => Number(row.hash));
  }

  it('equals the database on every length around the 12-byte blocks and on name keys', async () => {
    const texts = ['', 'a', 'mhmd', 'mhmd@1985', 'abdallah@?', 'ş', 'محمد', 'Олена', ...Array.from({ length: 40 }, (_, n) => 'x'.repeat(n))];
    expect(texts.map(pgHashtext)).toEqual(await databaseHashes(texts));
  });

  it('equals the database on any text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 50 }), async (texts) => {
        const clean = texts.map((t) => t.replace(/\0/g, ''));
        expect(clean.map(pgHashtext)).toEqual(await databaseHashes(clean));
      }),
      { numRuns: 40 },
    );
  });
});
