/**
 * A second server process for the number-series tests: opens the same PostgreSQL database and takes
 * `count` numbers for an office through the same code path approval uses (top up, then take in a
 * transaction), printing them as JSON on stdout.
 * Usage: tsx number-issuer.worker.ts <databaseUrl> <siteId> <prefix> <count>
 */
import { systemContext, inTransaction } from '../../platform/context';
import { openDatabase } from '../../platform/db/client';
import { ensureNumbers, takeNumber } from './numbers';

const [url, siteId, prefix, count] = process.argv.slice(2) as [string, string, string, string];
const database = await openDatabase({ url, poolSize: 4 });
const ctx = systemContext(database.db, 'number-issuer');
const numbers: string[] = [];
for (let i = 0; i < Number(count); i++) {
  await ensureNumbers(ctx, siteId, prefix, null);
  numbers.push(await inTransaction(ctx, (tx) => takeNumber(tx, siteId, prefix)));
}
await database.close();
process.stdout.write(JSON.stringify(numbers));
