/**
 * The interpreter routes: an /interpreters frame with the pool, booking and bookings tabs, and one
 * interpreter's page beside it under the same module guard.
 */
import { createRoute, redirect, type AnyRouteWithContext } from '@tanstack/react-router';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { BookingsPage } from './BookingsPage';
import { BookPage } from './BookPage';
import { firstInterpreterTab, InterpretersLayout } from './InterpretersLayout';
import { InterpreterPage } from './InterpreterPage';
import { PoolPage } from './PoolPage';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

const BOOK = ['interpreters.book'];
const READ = ['interpreters.book', 'interpreters.manage'];

/** The signed-in interpreter routes under `parent` (the signed-in shell, whose context carries `me`). */
export function interpreterRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const frame = createRoute({
    getParentRoute: () => parent,
    path: '/interpreters',
    component: () => (
      <Guard module="interpreters">
        <InterpretersLayout />
      </Guard>
    ),
  });
  const index = createRoute({
    getParentRoute: () => frame,
    path: '/',
    beforeLoad: ({ context }) => {
      const tab = firstInterpreterTab((context as { me: Me }).me);
      if (tab) {
        throw redirect({ to: tab, replace: true });
      }
    },
  });
  const pool = createRoute({
    getParentRoute: () => frame,
    path: '/pool',
    validateSearch: (search: Record<string, unknown>): { language?: string; q?: string } => ({
      language: text(search.language),
      q: text(search.q),
    }),
    component: () => (
      <Guard anyOf={READ}>
        <PoolPage />
      </Guard>
    ),
  });
  const book = createRoute({
    getParentRoute: () => frame,
    path: '/new-booking',
    validateSearch: (search: Record<string, unknown>): { interpreterId?: string; language?: string } => ({
      interpreterId: text(search.interpreterId),
      language: text(search.language),
    }),
    component: () => (
      <Guard anyOf={BOOK}>
        <BookPage />
      </Guard>
    ),
  });
  const bookings = createRoute({
    getParentRoute: () => frame,
    path: '/bookings',
    validateSearch: (
      search: Record<string, unknown>,
    ): { from?: string; to?: string; cancelled?: string } => ({
      from: text(search.from),
      to: text(search.to),
      cancelled: text(search.cancelled),
    }),
    component: () => (
      <Guard anyOf={BOOK}>
        <BookingsPage />
      </Guard>
    ),
  });
  const interpreter = createRoute({
    getParentRoute: () => parent,
    path: '/interpreters/$id',
    component: () => (
      <Guard module="interpreters" anyOf={READ}>
        <InterpreterPage />
      </Guard>
    ),
  });
  return [frame.addChildren([index, pool, book, bookings]), interpreter] as const;
}
