/** The navbar: the modules the caller may open, nothing else. */
import { NavLink, Stack } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { modulesFor } from '../modules';
import { useMe } from '../session';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** Links to the caller's modules, the current one marked. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
        {modulesFor(me).map((module) => {
          const active = isActive(pathname, module.path);
          return (
            <NavLink
              key={module.key}
              component={Link}
              to={module.path}
              label={t(`modules.${module.key}.title`)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              data-module={module.key}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
