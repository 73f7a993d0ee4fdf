/**
 * Headquarters' view of the remote border posts: when each last called, what it still had to send, how far
 * its watchlists are behind, what it sent and what was refused; posts silent for too long (the server's
 * setting and judgement) stand out. Under it, the persons edited at a post and at headquarters, for review.
 */
import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { FigureCard, type Figure } from '../../components/FigureCard';
import { ConflictsSection } from './ConflictsSection';
import { syncPostsQuery, type PostOverview } from './syncApi';
import { useAgo } from './syncFormat';

function PostRow({ post, now }: { post: PostOverview; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ago = useAgo();
  const { stale } = post;
  const behind = post.watchlists.filter((list) => (list.lag ?? 0) > 0);
  return (
    <Table.Tr bg={stale ? 'var(--mantine-color-red-light)' : undefined} data-stale={stale}>
      <Table.Th scope="row" fw="normal">
        <Text size="sm" fw={500}>
          {post.name}
        </Text>
        <Text size="xs" c="dimmed">
          <Ltr mono>{post.code}</Ltr>
        </Text>
      </Table.Th>
      <Table.Td>
        {post.lastContactAt && <span title={format.dateTime(post.lastContactAt)}>{ago(post.lastContactAt, now)}</span>}
        {stale && (
          <Badge ms="xs" color="red" variant="filled" size="sm">
            {post.lastContactAt ? t('sync.posts.stale') : t('sync.posts.neverBadge')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td ta="end">{post.queueLength === null ? '—' : format.number(post.queueLength)}</Table.Td>
      <Table.Td>{post.oldestUnsentAt ? <span title={format.dateTime(post.oldestUnsentAt)}>{ago(post.oldestUnsentAt, now)}</span> : '—'}</Table.Td>
      <Table.Td>
        {post.maxVersionLag === null
          ? '—'
          : post.maxVersionLag === 0
            ? t('sync.posts.upToDate')
            : behind.map((list) => t('sync.posts.behind', { list: list.code, count: list.lag ?? 0 })).join(', ')}
      </Table.Td>
      <Table.Td ta="end">{format.number(post.changesApplied)}</Table.Td>
      <Table.Td ta="end" c={post.rejected > 0 ? 'red' : undefined} fw={post.rejected > 0 ? 700 : undefined}>
        {format.number(post.rejected)}
      </Table.Td>
      <Table.Td ta="end">{format.number(post.openConflicts)}</Table.Td>
    </Table.Tr>
  );
}

/** The posts page (Border → Posts), for holders of sync.monitor. */
export function PostsPage() {
  const { t } = useTranslation();
  const posts = useQuery(syncPostsQuery);
  // The query refreshes every quarter minute; "ago" is read against its answer's time, staleness is the server's.
  const now = posts.dataUpdatedAt || Date.now();
  if (posts.error) {
    return <ErrorAlert error={posts.error} />;
  }
  if (!posts.data) {
    return <Text>{t('common.loading')}</Text>;
  }
  const { staleAfterMinutes } = posts.data;
  const list = posts.data.posts;
  const stale = list.filter((post) => post.stale);
  const queues: Figure = {
    series: [{ key: 'queue', label: t('sync.posts.columns.queue'), color: 'blue.6' }],
    rows: list
      .filter((post) => post.queueLength !== null)
      .map((post) => ({ key: post.siteId, label: post.name, color: post.stale ? 'red.6' : 'blue.6', values: { queue: post.queueLength ?? 0 } })),
  };
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('sync.posts.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('sync.posts.intro', { count: staleAfterMinutes })}
      </Text>
      {list.length === 0 ? (
        <Alert color="gray">{t('sync.posts.none')}</Alert>
      ) : (
        <>
          {stale.length > 0 && (
            <Alert color="red" title={t('sync.posts.staleTitle', { count: stale.length })}>
              {stale.map((post) => post.name).join(', ')}
            </Alert>
          )}
          <Table.ScrollContainer minWidth={760}>
            <Table striped withTableBorder aria-label={t('sync.posts.title')} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.posts.columns.post')}</Table.Th>
                  <Table.Th>{t('sync.posts.columns.lastContact')}</Table.Th>
                  <Table.Th ta="end">{t('sync.posts.columns.queue')}</Table.Th>
                  <Table.Th>{t('sync.posts.columns.oldest')}</Table.Th>
                  <Table.Th>{t('sync.posts.columns.watchlists')}</Table.Th>
                  <Table.Th ta="end">{t('sync.posts.columns.applied')}</Table.Th>
                  <Table.Th ta="end">{t('sync.posts.columns.rejected')}</Table.Th>
                  <Table.Th ta="end">{t('sync.posts.columns.conflicts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((post) => (
                  <PostRow key={post.siteId} post={post} now={now} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {queues.rows.length > 1 && (
            <FigureCard title={t('sync.posts.queueFigure')} rowHeading={t('sync.posts.columns.post')} figure={queues} kind="ranking" note={t('sync.posts.queueNote')} />
          )}
        </>
      )}
      <ConflictsSection />
    </Stack>
  );
}
