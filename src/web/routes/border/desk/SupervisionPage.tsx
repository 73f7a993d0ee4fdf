/** The supervisors' queue: matches an officer confirmed, each closed with a note once dealt with. */
import { Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { AlertCard } from './AlertCard';
import { useBcps } from './bcps';
import { supervisionQuery } from './deskApi';
import { BcpFilter, ShowMore } from './ListControls';

/** The supervision page. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const { nameOf } = useBcps();
  const [siteId, setSiteId] = useState<string | null>(null);
  const query = useInfiniteQuery(supervisionQuery({ siteId: siteId ?? undefined }));
  const alerts = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <BcpFilter value={siteId} onChange={setSiteId} />
        <ExportButton path="/api/border/alerts/export" params={{ status: 'confirmed', siteId }} />
      </Group>
      <Text size="sm">{t('border.desk.supervision.hint')}</Text>
      <ErrorAlert error={query.error} />
      {query.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : alerts.length === 0 ? (
        <Text>{t('border.desk.supervision.none')}</Text>
      ) : (
        alerts.map((alert) => <AlertCard key={alert.id} alert={alert} siteName={nameOf(alert.siteId)} />)
      )}
      <ShowMore query={query} />
    </Stack>
  );
}
