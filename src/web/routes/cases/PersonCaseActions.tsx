/** On a person's page: file the trafficking indicators for them (first-line professionals holding cases.signal). */
import { Button } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../session';

/** The button, or nothing for callers who may not signal. */
export function PersonCaseActions({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!can(me, ['cases.signal'])) {
    return null;
  }
  return (
    <Button variant="default" renderRoot={(props) => <Link {...props} to="/cases/signals" search={{ personId }} />}>
      {t('cases.signals.fromPerson')}
    </Button>
  );
}
