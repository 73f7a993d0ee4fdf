/** Alerts of the caller's BCPs, open ones first: the officer resolves each as a confirmed match or a false positive. */
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { AlertCard } from './AlertCard';
import { useBcps } from './bcps';
import { ALERT_STATUSES, alertsQuery, type AlertStatus } from './deskApi';
import { BcpFilter, ShowMore } from './ListControls';

/** The alerts page. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { nameOf } = useBcps();
  const statusLabel = useId();
  const [status, setStatus] = useState<AlertStatus>('open');
  const [siteId, setSiteId] = useState<string | null>(null);
  const query = useInfiniteQuery(alertsQuery({ status, siteId: siteId ?? undefined }));
  const alerts = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id={statusLabel}>
            {t('border.desk.alerts.status')}
          </Text>
          <SegmentedControl
            aria-labelledby={statusLabel}
            data={ALERT_STATUSES.map((value) => ({ value, label: t(`border.alertStatuses.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(ALERT_STATUSES.find((s) => s === value) ?? 'open')}
          />
        </Stack>
        <BcpFilter value={siteId} onChange={setSiteId} />
        <ExportButton path="/api/border/alerts/export" params={{ status, siteId }} />
      </Group>
      <ErrorAlert error={query.error} />
      {query.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : alerts.length === 0 ? (
        <Text>{t('border.desk.alerts.none')}</Text>
      ) : (
        alerts.map((alert) => <AlertCard key={alert.id} alert={alert} siteName={nameOf(alert.siteId)} />)
      )}
      <ShowMore query={query} />
    </Stack>
  );
}
