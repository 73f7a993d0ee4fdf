/**
 * The search index is kept per server process: a publication through one process reaches the searches of
 * another within the index's check interval (a second), read from `knowledge_index_state`. PostgreSQL only:
 * a second connection pool stands for the second process.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../platform/db/client';
import { createTestDatabase } from '../../platform/db/testing/test-database';
import { uniqueSuffix } from '../../testing/factories';
import { currentIndices } from './search-service';
import { createTestCategory, publishTestArticle } from './test-fixtures';

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('knowledge search across server processes', () => {
  it('finds an article published through another process once the index checks again', async () => {
    const database = await createTestDatabase('postgres');
    const other = await openDatabase({ url: database.url!, poolSize: 2 });
    const word = `zorbulance${uniqueSuffix().replace(/\d/g, 'q')}`;
    const found = async (at: number) => {
      const { indices } = await currentIndices(other.db, at);
      return (indices.get('en')?.search(word, { limit: 5, typing: false }).total ?? 0) > 0;
    };
    const start = Date.now();
    expect(await found(start)).toBe(false);
    const category = await createTestCategory(database.db);
    await publishTestArticle(database.db, category.id, { en: { question: `How do I renew my ${word} permit?`, answer: 'At the regional office.' } });
    // Within the check interval the other process still answers from the index it has.
    expect(await found(start + 10)).toBe(false);
    expect(await found(start + 1_500)).toBe(true);
    await other.close();
    await database.destroy();
  });
});
