/** Retention rules: one per record type, with the dry-run count beside each, editing and purging on demand. */
import { Alert, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../format';
import { PurgeDialog } from './PurgeDialog';
import { rulesQuery, typeKey, useDryRun, type RetentionRule } from './privacyApi';
import { RuleDialog } from './RuleDialog';

/** "5 years" or "18 months". */
export function useKeepFor(): (months: number) => string {
  const { t } = useTranslation();
  return (months) => (months % 12 === 0 ? t('privacy.keep.years', { count: months / 12 }) : t('privacy.keep.months', { count: months }));
}

/** The rules table with its actions. */
export function RetentionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const keepFor = useKeepFor();
  const rules = useQuery(rulesQuery);
  const dryRun = useDryRun();
  const [editing, setEditing] = useState<RetentionRule | null>(null);
  const [purging, setPurging] = useState<RetentionRule | null>(null);
  const report = dryRun.data?.report;
  return (
    <Stack gap="md">
      <Text>{t('privacy.retention.intro')}</Text>
      <Group>
        <Button variant="light" onClick={() => dryRun.mutate()} loading={dryRun.isPending}>
          {t('privacy.retention.dryRun')}
        </Button>
      </Group>
      <ErrorAlert error={rules.error ?? dryRun.error} />
      {dryRun.data && (
        <Alert color="blue" aria-live="polite">
          {t('privacy.retention.dryRunAt', { time: format.dateTime(dryRun.data.at) })}
        </Alert>
      )}
      {rules.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder aria-label={t('privacy.retention.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.retention.columns.type')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.keep')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.countedFrom')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.cutoff')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.status')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.wouldGo')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.lastRun')}</Table.Th>
                <Table.Th>{t('privacy.retention.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.rules.map((rule) => {
                const typeName = t(`privacy.recordTypes.${typeKey(rule.recordType)}`);
                const line = report?.find((r) => r.recordType === rule.recordType);
                return (
                  <Table.Tr key={rule.recordType} data-record-type={rule.recordType}>
                    <Table.Td>
                      <Text fw={600}>{typeName}</Text>
                      {rule.note && (
                        <Text size="xs" c="dimmed">
                          {rule.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{keepFor(rule.keepMonths)}</Table.Td>
                    <Table.Td>{t(`privacy.countedFrom.${rule.countedFrom as 'closure'}`, { defaultValue: rule.countedFrom })}</Table.Td>
                    <Table.Td>{format.date(rule.cutoff)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge color={rule.enabled ? 'green' : 'gray'} variant="light">
                          {t(rule.enabled ? 'privacy.retention.on' : 'privacy.retention.off')}
                        </Badge>
                        {rule.running && <Badge color="orange">{t('privacy.retention.running')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td data-would-go={line?.count}>
                      {line ? (
                        <>
                          {format.number(line.count)}
                          {line.oldest && (
                            <Text size="xs" c="dimmed">
                              {t('privacy.retention.oldest', { date: format.date(line.oldest) })}
                            </Text>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      {rule.lastRun ? (
                        <>
                          {format.dateTime(rule.lastRun.startedAt)}
                          <Text size="xs" c="dimmed">
                            {t(`privacy.runs.statuses.${rule.lastRun.status}`)} · {t('privacy.retention.removed', { count: rule.lastRun.removed, formatted: format.number(rule.lastRun.removed) })}
                          </Text>
                        </>
                      ) : (
                        t('privacy.retention.never')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(rule)} aria-label={t('privacy.retention.editOf', { type: typeName })}>
                          {t('privacy.retention.edit')}
                        </Button>
                        <Tooltip label={t('privacy.retention.purgeNeedsOn')} disabled={rule.enabled}>
                          <Button size="xs" color="red" variant="light" disabled={!rule.enabled || rule.running} onClick={() => setPurging(rule)} aria-label={t('privacy.retention.purgeOf', { type: typeName })}>
                            {t('privacy.retention.purge')}
                          </Button>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('privacy.retention.auditNote')}
      </Text>
      {editing && <RuleDialog rule={editing} onClose={() => setEditing(null)} />}
      {purging && (
        <PurgeDialog
          rule={purging}
          onClose={() => {
            setPurging(null);
            void rules.refetch();
            if (dryRun.data) {
              dryRun.mutate();
            }
          }}
        />
      )}
    </Stack>
  );
}
