/** The route tree (code-based): /login, /verify and /kiosk outside, the rest inside the signed-in shell. */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { AppLayout } from './components/AppLayout';
import { Guard } from './components/Guard';
import { NotFoundPage } from './components/NotFoundPage';
import { RouteError } from './components/RouteError';
import { meQuery } from './session';
import { AccountPage } from './routes/account/AccountPage';
import { AdminLayout, firstAdminTab } from './routes/admin/AdminLayout';
import { ApiKeysPage } from './routes/admin/api-keys/ApiKeysPage';
import { apiUsageRoutes } from './routes/admin/api-usage/routes';
import { OrganisationsPage } from './routes/admin/organisations/OrganisationsPage';
import { RolesPage } from './routes/admin/roles/RolesPage';
import { SitesPage } from './routes/admin/sites/SitesPage';
import { UsersPage } from './routes/admin/users/UsersPage';
import { AuditPage } from './routes/audit/AuditPage';
import { BorderLayout, firstBorderTab } from './routes/border/BorderLayout';
import { AlertsPage } from './routes/border/desk/AlertsPage';
import { CrossingsPage } from './routes/border/desk/CrossingsPage';
import { DeskPage } from './routes/border/desk/DeskPage';
import { SupervisionPage } from './routes/border/desk/SupervisionPage';
import { StatisticsPage } from './routes/border/statistics/StatisticsPage';
import { LostDocumentsPage } from './routes/border/watchlists/LostDocumentsPage';
import { OverstayersPage } from './routes/border/watchlists/OverstayersPage';
import { WatchlistsPage } from './routes/border/watchlists/WatchlistsPage';
import { PostsPage } from './routes/sync/PostsPage';
import { ApplyPage } from './routes/documents/ApplyPage';
import { ApprovalsPage } from './routes/documents/ApprovalsPage';
import { DocumentPage } from './routes/documents/DocumentPage';
import { DocumentsLayout, firstDocumentsTab } from './routes/documents/DocumentsLayout';
import { KeysPage } from './routes/documents/KeysPage';
import { OfficesPage } from './routes/documents/OfficesPage';
import { RegisterPage as DocumentRegisterPage } from './routes/documents/RegisterPage';
import { TypesPage } from './routes/documents/TypesPage';
import { VerifyPage } from './routes/documents/verify/VerifyPage';
import { publicTrainingRoutes, trainingRoutes } from './routes/training/routes';
import { interpreterRoutes } from './routes/interpreters/routes';
import { reportsRoutes } from './routes/reports/routes';
import { receptionRoutes } from './routes/reception/routes';
import { casesRoutes } from './routes/cases/routes';
import { privacyRoutes } from './routes/privacy/routes';
import { HomePage } from './routes/home/HomePage';
import { AnalyticsPage } from './routes/knowledge/analytics/AnalyticsPage';
import { ArticleEditorPage, NewArticlePage } from './routes/knowledge/articles/ArticleEditorPage';
import { ArticlesPage } from './routes/knowledge/articles/ArticlesPage';
import { CallLogPage } from './routes/knowledge/calls/CallLogPage';
import { CategoriesPage } from './routes/knowledge/catalogue/CategoriesPage';
import { KioskPage } from './routes/knowledge/kiosk/KioskPage';
import { firstKnowledgeTab, KnowledgeLayout } from './routes/knowledge/KnowledgeLayout';
import { NoticesPage } from './routes/knowledge/notices/NoticesPage';
import { ReviewQueuePage } from './routes/knowledge/review/ReviewQueuePage';
import { LoginPage } from './routes/login/LoginPage';
import { DuplicatesPage } from './routes/people/DuplicatesPage';
import { PeoplePage } from './routes/people/PeoplePage';
import { PersonPage } from './routes/people/PersonPage';
import { RegisterPage } from './routes/people/RegisterPage';

export interface RouterContext {
  queryClient: QueryClient;
}

const LOGIN_NOTICES = ['signed-out', 'signed-out-everywhere', 'password-changed', 'session-expired'] as const;
export type LoginNotice = (typeof LOGIN_NOTICES)[number];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; notice?: LoginNotice } => ({
    redirect: text(search.redirect),
    notice: LOGIN_NOTICES.find((n) => n === search.notice),
  }),
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQuery)) {
      throw redirect({ to: '/' });
    }
  },
  component: LoginPage,
});

// Public: anyone holding a card (or checking one) verifies its barcode without an account.
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  component: VerifyPage,
});

// Public: a reception centre's information kiosk, full screen, for anyone standing in front of it.
const kioskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kiosk/$centre',
  validateSearch: (search: Record<string, unknown>): { idle?: number } => {
    const idle = Number(search.idle);
    return { idle: Number.isFinite(idle) && idle > 0 ? idle : undefined };
  },
  component: KioskPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    // Answers from the cache at once; a stale answer is re-checked in the background on navigation.
    const me = await context.queryClient.ensureQueryData({ ...meQuery, revalidateIfStale: true });
    if (!me) {
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
    return { me };
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: (
    search: Record<string, unknown>,
  ): { q?: string; dateOfBirth?: string; nationality?: string; document?: string; registrationNumber?: string } => ({
    q: text(search.q),
    dateOfBirth: text(search.dateOfBirth),
    nationality: text(search.nationality),
    document: text(search.document),
    registrationNumber: text(search.registrationNumber),
  }),
  component: () => (
    <Guard module="people">
      <PeoplePage />
    </Guard>
  ),
});

const registerPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/new',
  component: () => (
    <Guard module="people" anyOf={['people.write']}>
      <RegisterPage />
    </Guard>
  ),
});

const duplicatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/duplicates',
  component: () => (
    <Guard module="people" anyOf={['people.merge']}>
      <DuplicatesPage />
    </Guard>
  ),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$id',
  component: () => (
    <Guard module="people">
      <PersonPage />
    </Guard>
  ),
});

const borderRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/border',
  component: () => (
    <Guard module="border">
      <BorderLayout />
    </Guard>
  ),
});

const borderIndexRoute = createRoute({
  getParentRoute: () => borderRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const tab = firstBorderTab(context.me);
    if (tab) {
      throw redirect({ to: tab, replace: true });
    }
  },
});

const documentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/documents',
  component: () => (
    <Guard module="documents">
      <DocumentsLayout />
    </Guard>
  ),
});

const documentsIndexRoute = createRoute({
  getParentRoute: () => documentsRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const tab = firstDocumentsTab(context.me);
    if (tab) {
      throw redirect({ to: tab, replace: true });
    }
  },
});

// The apply and document pages sit outside the tabs (they belong to no tab), under the same module guard.
const applyDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/documents/apply',
  validateSearch: (search: Record<string, unknown>): { personId?: string } => ({ personId: text(search.personId) }),
  component: () => (
    <Guard module="documents" anyOf={['documents.issue']}>
      <ApplyPage />
    </Guard>
  ),
});

const documentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/documents/$id',
  component: () => (
    <Guard module="documents">
      <DocumentPage />
    </Guard>
  ),
});

const knowledgeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/knowledge',
  component: () => (
    <Guard module="knowledge">
      <KnowledgeLayout />
    </Guard>
  ),
});

const knowledgeIndexRoute = createRoute({
  getParentRoute: () => knowledgeRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const tab = firstKnowledgeTab(context.me);
    if (tab) {
      throw redirect({ to: tab, replace: true });
    }
  },
});

// The article pages sit outside the tabs (each is a page of its own), under the same module guard.
const newArticleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/knowledge/articles/new',
  component: () => (
    <Guard module="knowledge" anyOf={['knowledge.edit']}>
      <NewArticlePage />
    </Guard>
  ),
});

const articleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/knowledge/articles/$id',
  component: () => (
    <Guard module="knowledge" anyOf={['knowledge.edit']}>
      <ArticleEditorPage />
    </Guard>
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: AccountPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: () => (
    <Guard module="audit">
      <AuditPage />
    </Guard>
  ),
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  component: () => (
    <Guard module="admin">
      <AdminLayout />
    </Guard>
  ),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const tab = firstAdminTab(context.me);
    if (tab) {
      throw redirect({ to: tab, replace: true });
    }
  },
});

function moduleTab<const P extends string>(
  parent: typeof adminRoute | typeof borderRoute | typeof documentsRoute | typeof knowledgeRoute,
  path: P,
  permission: string,
  Page: ComponentType,
) {
  return createRoute({
    getParentRoute: () => parent,
    path,
    component: () => (
      <Guard anyOf={[permission]}>
        <Page />
      </Guard>
    ),
  });
}

const routeTree = rootRoute.addChildren([
  loginRoute,
  verifyRoute,
  kioskRoute,
  ...publicTrainingRoutes(rootRoute),
  appRoute.addChildren([
    homeRoute,
    peopleRoute,
    registerPersonRoute,
    duplicatesRoute,
    personRoute,
    borderRoute.addChildren([
      borderIndexRoute,
      moduleTab(borderRoute, '/desk', 'border.crossings.record', DeskPage),
      moduleTab(borderRoute, '/crossings', 'border.crossings.read', CrossingsPage),
      moduleTab(borderRoute, '/alerts', 'border.alerts.resolve', AlertsPage),
      moduleTab(borderRoute, '/supervision', 'border.alerts.supervise', SupervisionPage),
      moduleTab(borderRoute, '/watchlists', 'border.watchlists.manage', WatchlistsPage),
      moduleTab(borderRoute, '/lost-documents', 'border.watchlists.manage', LostDocumentsPage),
      moduleTab(borderRoute, '/overstayers', 'border.crossings.read', OverstayersPage),
      moduleTab(borderRoute, '/statistics', 'border.crossings.read', StatisticsPage),
      moduleTab(borderRoute, '/posts', 'sync.monitor', PostsPage),
    ]),
    ...receptionRoutes(appRoute),
    ...casesRoutes(appRoute),
    documentsRoute.addChildren([
      documentsIndexRoute,
      moduleTab(documentsRoute, '/register', 'documents.read', DocumentRegisterPage),
      moduleTab(documentsRoute, '/approvals', 'documents.approve', ApprovalsPage),
      moduleTab(documentsRoute, '/offices', 'documents.read', OfficesPage),
      moduleTab(documentsRoute, '/types', 'documents.configure', TypesPage),
      moduleTab(documentsRoute, '/keys', 'documents.configure', KeysPage),
    ]),
    applyDocumentRoute,
    documentRoute,
    knowledgeRoute.addChildren([
      knowledgeIndexRoute,
      moduleTab(knowledgeRoute, '/articles', 'knowledge.edit', ArticlesPage),
      moduleTab(knowledgeRoute, '/review', 'knowledge.publish', ReviewQueuePage),
      moduleTab(knowledgeRoute, '/calls', 'calls.log', CallLogPage),
      moduleTab(knowledgeRoute, '/analytics', 'knowledge.publish', AnalyticsPage),
      moduleTab(knowledgeRoute, '/categories', 'knowledge.publish', CategoriesPage),
      moduleTab(knowledgeRoute, '/notices', 'reception.manage', NoticesPage),
    ]),
    newArticleRoute,
    articleRoute,
    ...trainingRoutes(appRoute),
    ...interpreterRoutes(appRoute),
    ...privacyRoutes(appRoute),
    ...reportsRoutes(appRoute),
    accountRoute,
    auditRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      moduleTab(adminRoute, '/organisations', 'admin.organisations.manage', OrganisationsPage),
      moduleTab(adminRoute, '/sites', 'admin.sites.manage', SitesPage),
      moduleTab(adminRoute, '/users', 'admin.users.manage', UsersPage),
      moduleTab(adminRoute, '/roles', 'admin.roles.manage', RolesPage),
      moduleTab(adminRoute, '/api-keys', 'admin.apikeys.manage', ApiKeysPage),
      ...apiUsageRoutes(adminRoute),
    ]),
  ]),
]);

/** Builds the router with the query client in its context. */
export function buildRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
