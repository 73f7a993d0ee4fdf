/**
 * The post's link with headquarters, on the officer's desk at a remote border post: whether the link is up,
 * how many recorded changes wait to be sent, and which watchlist versions screening uses. Refreshed every
 * few seconds; shows nothing at headquarters (which has no link of its own).
 */
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { syncStatusQuery, type EdgeSyncStatus, type LinkState } from './syncApi';
import { useAgo } from './syncFormat';

const LINK_COLOURS: Record<LinkState, string> = { up: 'green', degraded: 'yellow', down: 'red' };

/** The compact status bar; renders nothing where the server is not a border post. */
export function EdgeStatus() {
  const status = useQuery(syncStatusQuery);
  if (!status.data || status.data.mode !== 'edge') {
    return null;
  }
  return <EdgeStatusBar status={status.data} />;
}

function EdgeStatusBar({ status }: { status: EdgeSyncStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ago = useAgo();
  const queryClient = useQueryClient();
  const syncNow = useMutation({
    mutationFn: () => api.post<EdgeSyncStatus>('/api/sync/run'),
    onSuccess: (next) => queryClient.setQueryData(syncStatusQuery.queryKey, next),
  });
  const { link, outbox } = status;
  const active = status.watchlists.filter((list) => list.active);
  return (
    <Paper withBorder p="xs" role="status" aria-label={t('sync.status.label')} data-link={link.state}>
      <Group gap="lg" wrap="wrap">
        <Group gap={6}>
          <Text size="sm" fw={500}>
            {t('sync.status.link')}
          </Text>
          <Badge color={LINK_COLOURS[link.state]} variant={link.state === 'up' ? 'light' : 'filled'}>
            {t(`sync.status.states.${link.state}`)}
          </Badge>
          {link.forcedDown && (
            <Text size="xs" c="dimmed">
              {t('sync.status.forcedDown')}
            </Text>
          )}
        </Group>
        <Text size="sm" data-testid="sync-queue">
          <Text span fw={500}>
            {t('sync.status.queue')}
          </Text>{' '}
          <Text span fw={outbox.queueLength > 0 ? 700 : 400} c={outbox.queueLength > 0 && link.state !== 'up' ? 'red' : undefined}>
            {format.number(outbox.queueLength)}
          </Text>
          {outbox.oldestUnsentAt && (
            <Text span size="xs" c="dimmed">
              {' '}
              {t('sync.status.oldest', { ago: ago(outbox.oldestUnsentAt) })}
            </Text>
          )}
        </Text>
        {outbox.rejected > 0 && (
          <Text size="sm" c="red">
            {t('sync.status.rejected', { count: outbox.rejected })}
          </Text>
        )}
        <Text size="sm">
          <Text span fw={500}>
            {t('sync.status.watchlists')}
          </Text>{' '}
          {active.length === 0
            ? t('sync.status.noWatchlists')
            : active.map((list, index) => (
                <span key={list.sourceId}>
                  {index > 0 && ' · '}
                  {list.name} <Ltr mono>v{list.version}</Ltr>
                </span>
              ))}
        </Text>
        <Text size="xs" c="dimmed">
          {link.lastSuccessAt ? t('sync.status.lastSync', { ago: ago(link.lastSuccessAt) }) : t('sync.status.neverSynced')}
        </Text>
        <Button size="compact-sm" variant="default" loading={syncNow.isPending} onClick={() => syncNow.mutate()}>
          {t('sync.status.syncNow')}
        </Button>
      </Group>
    </Paper>
  );
}
