/** HTTP test helpers: a real app over a test database, and signed-in sessions through real cookies. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db/client';
import type { TestUser } from './factories';

/** Builds the application on `database` with test settings (no logs, generous rate limits). */
export async function createTestApp(database: Database, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '100000', WEB_DIR: '/nonexistent', ...env });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return app;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/** The session cookie set by a response. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'cr_session');
  if (!cookie) {
    throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  }
  return `cr_session=${cookie.value}`;
}

/** Wraps a cookie into a session helper that sends the CSRF token on writes. */
export async function sessionFromCookie(app: FastifyInstance, cookie: string): Promise<Session> {
  const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  if (me.statusCode !== 200) {
    throw new Error(`/api/auth/me answered ${me.statusCode}: ${me.body}`);
  }
  const csrfToken = me.json<{ csrfToken: string }>().csrfToken;
  const request: Session['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method,
      url,
      headers: { cookie, 'x-csrf-token': csrfToken, ...headers },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
  return {
    cookie,
    csrfToken,
    request,
    get: (url, headers) => request('GET', url, undefined, headers),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
  };
}

/** Signs in with username and password (no second factor) and returns the session. */
export async function signIn(app: FastifyInstance, user: Pick<TestUser, 'username' | 'password'>): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } });
  if (response.statusCode !== 200 || response.json<{ status: string }>().status !== 'ok') {
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  }
  return sessionFromCookie(app, sessionCookieOf(response));
}
