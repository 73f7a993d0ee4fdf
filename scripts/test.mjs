// `npm test`: typecheck, lint, unit + integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set),
// web build, then the Playwright specs. Ends with one summary line: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const ci = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

fs.mkdirSync('test-results', { recursive: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) {
    totals.passed += 1;
  } else {
    totals.failed += 1;
    problems.push(`${label} failed`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;

check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);

fs.rmSync('test-results/vitest.json', { force: true });
const vitestOk = run('unit and database tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) {
    totals.failed += vitest.numFailedTestSuites;
    problems.push(`${vitest.numFailedTestSuites} test file(s) failed to run`);
  }
  if (!vitestOk && vitest.numFailedTests === 0 && vitest.numFailedTestSuites === 0) {
    totals.failed += 1;
    problems.push('vitest exited with an error');
  }
} else {
  totals.failed += 1;
  problems.push('vitest produced no report');
}

check('web build', bin('vite'), ['build', '--logLevel', 'warn']);

if (fs.existsSync(chromium)) {
  fs.rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('browser tests', bin('playwright'), ['test']);
  const report = readJson('test-results/e2e.json');
  if (report?.stats) {
    totals.passed += report.stats.expected + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!e2eOk && report.stats.unexpected === 0) {
      totals.failed += 1;
      problems.push('playwright exited with an error');
    }
  } else {
    totals.failed += 1;
    problems.push('playwright produced no report');
  }
} else if (ci) {
  totals.failed += 1;
  problems.push(`browser tests could not run: ${chromium} is missing`);
} else {
  console.warn(`\nBrowser tests skipped: ${chromium} not found (apt-get install chromium).`);
}

if (ci && !process.env.TEST_DATABASE_URL) {
  totals.failed += 1;
  problems.push('PostgreSQL tests did not run: TEST_DATABASE_URL is not set');
}
if (ci && totals.skipped > 0) {
  totals.failed += 1;
  problems.push(`${totals.skipped} test(s) were skipped; nothing may be skipped in CI`);
}

for (const problem of problems) {
  console.log(`PROBLEM: ${problem}`);
}
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
fs.writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(totals.failed > 0 ? 1 : 0);
