/** The purges run under the retention rules, newest first: when, which type, who or what started them, what went. */
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../format';
import { runsQuery, typeKey } from './privacyApi';
import { DeletedList } from './PurgeDialog';
import { useKeepFor } from './RetentionPage';

const STATUS_COLOURS = { running: 'orange', finished: 'green', failed: 'red', interrupted: 'red' } as const;

/** The purges table. */
export function PurgesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const keepFor = useKeepFor();
  const runs = useQuery(runsQuery());
  return (
    <Stack gap="md">
      <Text>{t('privacy.runs.intro')}</Text>
      <ErrorAlert error={runs.error} />
      {runs.data && runs.data.runs.length === 0 && <Text c="dimmed">{t('privacy.runs.none')}</Text>}
      {runs.data && runs.data.runs.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder aria-label={t('privacy.runs.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.runs.columns.startedAt')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.type')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.rule')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.by')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.status')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.removed')}</Table.Th>
                <Table.Th>{t('privacy.runs.columns.deleted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.runs.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{format.dateTime(run.startedAt)}</Table.Td>
                  <Table.Td>{t(`privacy.recordTypes.${typeKey(run.recordType)}`)}</Table.Td>
                  <Table.Td>
                    {keepFor(run.keepMonths)}
                    <Text size="xs" c="dimmed">
                      {t('privacy.runs.before', { date: format.date(run.cutoff) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`privacy.runs.triggers.${run.trigger}`)}
                    {run.startedBy && (
                      <Text size="xs" c="dimmed">
                        {run.startedBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[run.status]} variant="light">
                      {t(`privacy.runs.statuses.${run.status}`)}
                    </Badge>
                    {run.error && (
                      <Text size="xs" c="red">
                        {run.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.number(run.removed)}</Table.Td>
                  <Table.Td>
                    <DeletedList run={run} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
