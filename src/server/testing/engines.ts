/** Runs a suite once per database engine available (PGlite always, PostgreSQL when configured). */
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../platform/db/testing/test-database';

/** Declares `body` once per engine; `database()` returns that engine's fresh database. */
export function describeOnEachEngine(name: string, body: (database: () => TestDatabase) => void): void {
  describe.each(testEngines())(`${name} [%s]`, (engine) => {
    let database: TestDatabase | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(engine);
    });
    afterAll(async () => {
      await database?.destroy();
    });
    body(() => {
      if (!database) {
        throw new Error('database not ready');
      }
      return database;
    });
  });
}
