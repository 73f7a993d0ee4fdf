// Starts the built app on a fresh embedded database with demo data, for the Playwright specs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.argv[2] ?? '4173';
const dataDir = path.resolve('.tmp', `e2e-data-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
if (!fs.existsSync('dist/web/index.html')) {
  console.error('dist/web is missing: run `npm run build` first');
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'start'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
