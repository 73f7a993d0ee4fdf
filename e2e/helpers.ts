/** Shared steps of the browser specs: signing in through the UI, and setting up data through the API. */
import { expect, request, type APIRequestContext, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Crossroads-demo-2026';
export const SCREENS = 'test-results/screens';

/** Signs in through the login form (English labels) and waits for the answer. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in and waits for the home page. */
export async function signInToHome(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, username, password);
  await expect(page.getByRole('heading', { level: 2, name: /^Welcome, / })).toBeVisible();
}

/** Signs out through the user menu. */
export async function signOut(page: Page, displayName: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: displayName }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

/** The names of the module links in the navbar, in order. */
export async function navigationModules(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Modules' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  return nav.getByRole('link').allTextContents();
}

export interface AdminApi {
  api: APIRequestContext;
  csrf: string;
  organisationId: (code: string) => Promise<string>;
  createUser: (user: {
    username: string;
    displayName: string;
    roles: string[];
    organisation?: string;
    password?: string;
  }) => Promise<string>;
  dispose: () => Promise<void>;
}

export interface UserApi {
  api: APIRequestContext;
  csrf: string;
  /** A JSON write with the anti-forgery token; fails the test unless the server answers `status`. */
  send: <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown, status?: number) => Promise<T>;
  dispose: () => Promise<void>;
}

/** An API session of a demo user (signed in with the demo password), for setting up data as they would. */
export async function userApi(baseURL: string, username: string, password = DEMO_PASSWORD): Promise<UserApi> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', { data: { username, password } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const me = (await (await api.get('/api/auth/me')).json()) as { csrfToken: string };
  const send = async <T>(
    method: 'POST' | 'PUT' | 'PATCH',
    path: string,
    data: unknown,
    status = method === 'POST' ? 201 : 200,
  ) => {
    const response = await api.fetch(path, { method, headers: { 'X-CSRF-Token': me.csrfToken }, data });
    expect(response.status(), await response.text()).toBe(status);
    return (await response.json()) as T;
  };
  return { api, csrf: me.csrfToken, send, dispose: () => api.dispose() };
}

/** An API session of the demo administrator, for creating test data. */
export async function adminApi(baseURL: string): Promise<AdminApi> {
  const { api, csrf } = await userApi(baseURL, 'admin');
  const headers = { 'X-CSRF-Token': csrf };
  const organisationId = async (code: string) => {
    const organisations = (await (await api.get('/api/admin/organisations')).json()) as {
      id: string;
      code: string;
    }[];
    const found = organisations.find((o) => o.code === code);
    if (!found) {
      throw new Error(`No organisation ${code}`);
    }
    return found.id;
  };
  return {
    api,
    csrf,
    organisationId,
    createUser: async ({ username, displayName, roles, organisation = 'igi', password = DEMO_PASSWORD }) => {
      const response = await api.post('/api/admin/users', {
        headers,
        data: { username, displayName, organisationId: await organisationId(organisation), password, roles },
      });
      expect(response.status(), await response.text()).toBe(201);
      return ((await response.json()) as { id: string }).id;
    },
    dispose: () => api.dispose(),
  };
}

/** A page with its own cookies and storage: a second user, or a visitor who is not signed in. */
export async function pageOfItsOwn(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}
