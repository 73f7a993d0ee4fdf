/** Entry point of the web app: providers (Mantine, direction, Query, i18n) and the router. */
import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { hasStatus } from './api';
import { DirectionSync } from './components/DirectionSync';
import { notifyError } from './components/notify';
import i18n, { directionOf } from './i18n';
import { buildRouter } from './router';
import { forgetSession } from './session';
import { cssVariablesResolver, theme } from './theme';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { silent?: boolean };
  }
}

// A 401 on any call after sign-in means the session ended (idle timeout, signed out elsewhere).
function onSessionLost(error: unknown): boolean {
  if (!hasStatus(error, 401)) {
    return false;
  }
  forgetSession(queryClient);
  void router.navigate({ to: '/login', search: { notice: 'session-expired' } });
  return true;
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (!onSessionLost(error)) {
        notifyError(error);
      }
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (mutation.meta?.silent) {
        return;
      }
      if (!onSessionLost(error)) {
        notifyError(error);
      }
    },
  }),
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

const router = buildRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
          <DirectionSync />
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  </StrictMode>,
);
