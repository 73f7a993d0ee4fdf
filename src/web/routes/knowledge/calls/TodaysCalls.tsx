/** The calls of today (the agent's organisation, or every one for a national role), newest first. */
import { Badge, Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { useFormat } from '../../../format';
import type { Catalogue } from '../knowledgeApi';
import { categoryOptions, useLanguageName } from '../knowledgeLabels';
import { formatDuration, today, todaysCallsQuery } from './callsApi';

/** The table of today's calls. */
export function TodaysCalls({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const calls = useQuery(todaysCallsQuery(today()));
  const topics = new Map(categoryOptions(catalogue.categories, (c) => c.name).map((o) => [o.value, o.label]));
  const languageName = useLanguageName();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  return (
    <section aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id={titleId}>
          {t('knowledge.calls.today')}
        </Title>
        <ExportButton path="/api/knowledge/calls/export" params={{ from: today(), to: today() }} disabled={!calls.data?.length} />
      </Group>
      <ErrorAlert error={calls.error} />
      {calls.data?.length === 0 && <Text size="sm">{t('knowledge.calls.noneToday')}</Text>}
      {calls.data && calls.data.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped withTableBorder aria-labelledby={titleId} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('knowledge.calls.startedAt')}</Table.Th>
                <Table.Th>{t('knowledge.calls.duration')}</Table.Th>
                <Table.Th>{t('knowledge.calls.callerLanguage')}</Table.Th>
                <Table.Th>{t('knowledge.calls.topic')}</Table.Th>
                <Table.Th ta="end">{t('knowledge.calls.articlesUsed')}</Table.Th>
                <Table.Th>{t('knowledge.calls.outcome')}</Table.Th>
                <Table.Th>{t('knowledge.calls.agent')}</Table.Th>
                <Table.Th>{t('knowledge.calls.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calls.data.map((call) => (
                <Table.Tr key={call.id}>
                  <Table.Td>{time.format(new Date(call.startedAt))}</Table.Td>
                  <Table.Td dir="ltr">{formatDuration(call.durationSeconds)}</Table.Td>
                  <Table.Td lang={call.callerLanguage}>{languageName(call.callerLanguage)}</Table.Td>
                  <Table.Td>{call.categoryId ? (topics.get(call.categoryId) ?? '—') : '—'}</Table.Td>
                  <Table.Td ta="end">{format.number(call.articleIds.length)}</Table.Td>
                  <Table.Td>
                    <Badge color={call.outcome === 'resolved' ? 'green' : 'orange'} variant="light">
                      {t(`knowledge.outcomes.${call.outcome}`)}
                    </Badge>
                    {call.escalatedToName && <Text size="xs">{call.escalatedToName}</Text>}
                  </Table.Td>
                  <Table.Td>{call.agentName ?? '—'}</Table.Td>
                  <Table.Td dir="auto">{call.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
