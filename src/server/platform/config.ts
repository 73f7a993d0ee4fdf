/** Runtime configuration, read once from the environment with safe defaults for a laptop demo. */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL URL; when absent the embedded PGlite database under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxAttempts: number;
  loginLockMinutes: number;
  rateLimitPerMinute: number;
  /** Requests per minute of an API key that has no limit of its own. */
  apiKeyRateLimitPerMinute: number;
  /** Login attempts per minute per client IP (on top of the per-account lockout). */
  loginRateLimitPerMinute: number;
  /** Where the built web app lives; served at `/` when present. */
  webDir: string;
  /** ICAO code of the state issuing our documents (MRZ and seal). */
  issuingState: string;
  /** Encrypts the document signing keys at rest; must be set in production. */
  sealKeyPassphrase: string | undefined;
  /** Public seal verifications per minute per client address. */
  verifyRateLimitPerMinute: number;
  /** Indicator counts below this are suppressed for callers without record access (0 or 1: never). */
  reportsSuppressionThreshold: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Environment variable ${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function issuingStateFromEnv(env: NodeJS.ProcessEnv): string {
  const value = env.ISSUING_STATE ?? 'ROU';
  if (!/^[A-Z]{3}$/.test(value)) {
    throw new Error(`Environment variable ISSUING_STATE must be a three-letter ICAO code, got "${value}"`);
  }
  return value;
}

/** Builds the configuration from environment variables (see README "Configuration"). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFromEnv(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    sessionIdleMinutes: intFromEnv(env, 'SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: intFromEnv(env, 'SESSION_MAX_HOURS', 12),
    loginMaxAttempts: intFromEnv(env, 'LOGIN_MAX_ATTEMPTS', 5),
    loginLockMinutes: intFromEnv(env, 'LOGIN_LOCK_MINUTES', 15),
    rateLimitPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', 600),
    loginRateLimitPerMinute: intFromEnv(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 30),
    webDir: path.resolve(env.WEB_DIR ?? './dist/web'),
    issuingState: issuingStateFromEnv(env),
    sealKeyPassphrase: env.SEAL_KEY_PASSPHRASE || undefined,
    verifyRateLimitPerMinute: intFromEnv(env, 'VERIFY_RATE_LIMIT_PER_MINUTE', 60),
    reportsSuppressionThreshold: intFromEnv(env, 'REPORTS_SUPPRESSION_THRESHOLD', 5),
  };
}
    apiKeyRateLimitPerMinute: intFromEnv(env, 'API_KEY_RATE_LIMIT_PER_MINUTE', 120),
