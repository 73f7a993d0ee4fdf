/** The one command line of Crossroads: serve, start, migrate, seed, create-admin, verify-audit. */
import { parseArgs } from 'node:util';
import { inArray } from 'drizzle-orm';
import { buildApp } from './app';
import { warmScreeningIndex } from './modules/border/screening-index/live-index';
import { runDuplicateJob, startDuplicateJob } from './modules/people/duplicates';
import { retentionCommand } from './modules/privacy/cli';
import { issueCredentialFromCli } from './modules/sync/cli';
import { startEdgeSync } from './modules/sync/setup';
import { systemContext } from './platform/context';
import { verifyAuditChain } from './platform/audit/audit';
import { hashPassword, passwordProblems } from './platform/auth/passwords';
import { organisations, roles, userRoles, users } from './platform/auth/tables';
import { loadConfig, type Config } from './platform/config';
import { openDatabase, type Database } from './platform/db/client';
import { migrateDatabase } from './platform/db/migrate';
import { runDueJobs, startHousekeeping } from './platform/jobs/housekeeping';
import { HOUSEKEEPING_JOBS } from './housekeeping-jobs';
import { DEMO_PASSWORD, DEMO_USERS, ensureBuiltinRoles, seedDemoData } from './seed/demo';

const USAGE = `Usage: crossroads <command>
  start          migrate, seed demo data on first run, then serve (what \`npm start\` runs)
  serve          serve the API and the web app
  migrate        apply database migrations
  seed           load demo data into an empty database
  create-admin   --username NAME --password PASS [--organisation CODE]
  verify-audit   check the audit trail's hash chain
  housekeeping   run the housekeeping jobs that are due (serve does it every minute)
  find-duplicates  search the whole registry for duplicate persons (progress on stderr)
  retention      [--dry-run] [--type T] purge what the enabled retention rules let go (or report it)
  sync-credential  --site CODE [--days N]: issue a site credential for a remote BCP (prints its SYNC_* settings)`;

async function open(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
}

async function serve(config: Config, database: Database): Promise<void> {
  const app = await buildApp({ config, database, processMetrics: true });
  await app.listen({ port: config.port, host: config.host });
  // The watchlists' in-memory index is built in the background: screening uses the database until it is ready.
  warmScreeningIndex(database.db);
  // A remote border post synchronises with headquarters in the background; the desk never waits for it.
  const edge = config.sync.mode === 'edge' ? startEdgeSync(database.db, config.sync) : null;
  // Every process ticks; each job runs in one process per interval (claimed in the database).
  const stopHousekeeping = startHousekeeping(database.db, HOUSEKEEPING_JOBS, (job, error) => app.log.error({ err: error, job }, 'housekeeping failed'));
  const shutdown = () => {
    stopHousekeeping();
    void Promise.resolve(edge?.stop())
      .then(() => app.close())
      .then(() => database.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function printWelcome(config: Config, seeded: boolean): void {
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `Crossroads is running at ${url}  (API docs: ${url}/api/docs)`,
    `Database: ${config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`}${seeded ? ' — demo data loaded' : ''}`,
    `Public pages (no login): help ${url}/help · kiosk ${url}/kiosk/rc-timisoara · document check ${url}/verify`,
    '',
    `Demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.username.padEnd(22)} ${u.role}`),
    '',
  ];
  console.log(lines.join('\n'));
}

async function createAdmin(database: Database, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, password: { type: 'string' }, organisation: { type: 'string', default: 'igi' } },
  });
  if (!values.username || !values.password) {
    throw new Error('create-admin needs --username and --password');
  }
  const problems = passwordProblems(values.password, values.username);
  if (problems.length > 0) {
    throw new Error(`Password rejected: ${problems.join('; ')}`);
  }
  await ensureBuiltinRoles(database.db);
  let [org] = await database.db.select().from(organisations).where(inArray(organisations.code, [values.organisation]));
  if (!org) {
    [org] = await database.db
      .insert(organisations)
      .values({ code: values.organisation, name: 'Immigration service', type: 'immigration-service' })
      .returning();
  }
  const [role] = await database.db.select().from(roles).where(inArray(roles.code, ['administrator']));
  const [user] = await database.db
    .insert(users)
    .values({ username: values.username, displayName: values.username, organisationId: org!.id, passwordHash: await hashPassword(values.password) })
    .returning({ id: users.id });
  await database.db.insert(userRoles).values({ userId: user!.id, roleId: role!.id });
  console.log(`Administrator "${values.username}" created.`);
}

async function main(argv: string[]): Promise<number> {
  const [command = 'start', ...rest] = argv;
  const config = loadConfig();
  if (!['start', 'serve', 'migrate', 'seed', 'create-admin', 'verify-audit', 'find-duplicates', 'housekeeping', 'sync-credential', 'retention'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const database = await open(config);
  let keepOpen = false;
  try {
    switch (command) {
      case 'migrate':
        await migrateDatabase(database);
        console.log('Migrations applied.');
        break;
      case 'seed':
        await migrateDatabase(database);
        console.log((await seedDemoData(database.db)) ? 'Demo data loaded.' : 'The database already holds data; nothing seeded.');
        break;
      case 'create-admin':
        await migrateDatabase(database);
        await createAdmin(database, rest);
        break;
      case 'verify-audit': {
        const result = await verifyAuditChain(database.db, (checked) => {
          process.stderr.write(`\rchecked ${checked} entries`);
        });
        process.stderr.write('\n');
        for (const problem of result.problems) {
          console.log(`PROBLEM at entry ${problem.seq} (${problem.problem}): ${problem.message}`);
        }
        console.log(result.ok ? `Audit trail intact: ${result.entries} entries.` : `Audit trail DAMAGED: ${result.problems.length} problem(s).`);
        return result.ok ? 0 : 1;
      }
      case 'housekeeping': {
        const outcomes = await runDueJobs(database.db, HOUSEKEEPING_JOBS, (job, error) => console.error(`${job} failed:`, error));
        for (const [job, outcome] of Object.entries(outcomes)) {
          console.log(`${job}: ${outcome}`);
        }
        return Object.values(outcomes).includes('failed') ? 1 : 0;
      }
      case 'sync-credential':
        await migrateDatabase(database);
        console.log(await issueCredentialFromCli(database.db, rest));
        break;
      case 'retention':
        await migrateDatabase(database);
        return await retentionCommand(database.db, rest);
      case 'find-duplicates': {
        await migrateDatabase(database);
        const ctx = systemContext(database.db, 'find-duplicates');
        const job = await startDuplicateJob(ctx);
        const started = Date.now();
        const result = await runDuplicateJob(ctx, job.id, (done, total, found) =>
          process.stderr.write(`\rblocks ${done}/${total} (${total ? Math.round((100 * done) / total) : 100}%), ${found} candidate pairs`),
        );
        process.stderr.write('\n');
        console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.pairsScored} pairs scored, ${result.found} new candidate pairs for review.`);
        break;
      }
      case 'serve':
        await ensureBuiltinRoles(database.db);
        await serve(config, database);
        printWelcome(config, false);
        keepOpen = true;
        break;
      case 'start': {
        await migrateDatabase(database);
        // A post's data all comes from headquarters (same ids): it never loads demo data of its own.
        const seeded = config.sync.mode === 'edge' ? false : await seedDemoData(database.db);
        await serve(config, database);
        printWelcome(config, seeded);
        keepOpen = true;
        break;
      }
    }
    return 0;
  } finally {
    if (!keepOpen) {
      await database.close();
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) {
      process.exit(code);
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
