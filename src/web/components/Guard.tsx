/** Shows a page only to callers allowed to open it; others get an explanation instead of a broken screen. */
import { Alert, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moduleByKey, mayOpen, type ModuleKey } from '../modules';
import { can, useMe } from '../session';

/** A page explaining that the caller lacks the permission for what they opened. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="md">
        {t('notAllowed.title')}
      </Title>
      <Alert color="yellow">{t('notAllowed.body')}</Alert>
    </>
  );
}

/** Renders `children` when the caller may open the module (or holds one of `anyOf`). */
export function Guard({
  module,
  anyOf,
  children,
}: {
  module?: ModuleKey;
  anyOf?: readonly string[];
  children: ReactNode;
}) {
  const me = useMe();
  const allowed = (module ? mayOpen(me, moduleByKey(module)) : true) && (anyOf ? can(me, anyOf) : true);
  return allowed ? children : <NotAllowed />;
}
