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
  /** Headquarters (serves the sync endpoints) or a remote border post (edge: runs the sync loop). */
  sync: SyncConfig;
  /** Indicator counts below this are suppressed for callers without record access (0 or 1: never). */
  reportsSuppressionThreshold: number;
}

/** Synchronisation settings (see src/server/modules/sync/README.md "Configuration"). */
export type SyncConfig =
  | { mode: 'hq'; staleAfterMinutes: number }
  | { mode: 'edge'; siteId: string; hqUrl: string; credential: string; intervalSeconds: number; batchSize: number; devLinkControl: boolean };

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

function syncFromEnv(env: NodeJS.ProcessEnv): SyncConfig {
  const mode = env.SYNC_MODE ?? 'hq';
  if (mode === 'hq') {
    const staleAfterMinutes = intFromEnv(env, 'SYNC_STALE_AFTER_MINUTES', 15);
    if (staleAfterMinutes < 1) {
      throw new Error(`Environment variable SYNC_STALE_AFTER_MINUTES must be at least 1, got "${env.SYNC_STALE_AFTER_MINUTES ?? ''}"`);
    }
    return { mode, staleAfterMinutes };
  }
  if (mode !== 'edge') {
    throw new Error(`Environment variable SYNC_MODE must be "hq" or "edge", got "${mode}"`);
  }
  const siteId = env.SYNC_SITE_ID ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(siteId)) {
    throw new Error('An edge needs SYNC_SITE_ID: the id of its BCP as headquarters knows it');
  }
  if (!env.SYNC_CREDENTIAL) {
    throw new Error('An edge needs SYNC_CREDENTIAL: the site credential issued by headquarters');
  }
  let hqUrl: URL;
  try {
    hqUrl = new URL(env.SYNC_HQ_URL ?? '');
  } catch {
    throw new Error(`An edge needs SYNC_HQ_URL: headquarters' address (https://…), got "${env.SYNC_HQ_URL ?? ''}"`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(hqUrl.hostname);
  if (hqUrl.protocol !== 'https:' && !(hqUrl.protocol === 'http:' && loopback)) {
    throw new Error('SYNC_HQ_URL must use https:// (plain http only to a loopback address)');
  }
  return {
    mode,
    siteId: siteId.toLowerCase(),
    hqUrl: hqUrl.toString().replace(/\/$/, ''),
    credential: env.SYNC_CREDENTIAL,
    intervalSeconds: Math.max(1, intFromEnv(env, 'SYNC_INTERVAL_SECONDS', 10)),
    batchSize: Math.min(1000, Math.max(1, intFromEnv(env, 'SYNC_BATCH_SIZE', 200))),
    devLinkControl: env.SYNC_DEV_LINK_CONTROL === 'true' || env.SYNC_DEV_LINK_CONTROL === '1',
  };
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
    apiKeyRateLimitPerMinute: intFromEnv(env, 'API_KEY_RATE_LIMIT_PER_MINUTE', 120),
    loginRateLimitPerMinute: intFromEnv(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 30),
    webDir: path.resolve(env.WEB_DIR ?? './dist/web'),
    issuingState: issuingStateFromEnv(env),
    sealKeyPassphrase: env.SEAL_KEY_PASSPHRASE || undefined,
    verifyRateLimitPerMinute: intFromEnv(env, 'VERIFY_RATE_LIMIT_PER_MINUTE', 60),
    sync: syncFromEnv(env),
    reportsSuppressionThreshold: intFromEnv(env, 'REPORTS_SUPPRESSION_THRESHOLD', 5),
  };
}
