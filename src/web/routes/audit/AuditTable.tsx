/** The audit entries as a table: time, who, organisation, what, on which record, outcome, from where. */
import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import { organisationNames, organisationsQuery } from '../admin/adminApi';
import type { AuditEntry } from './auditApi';
import { Ltr } from '../../components/Ltr';

const OUTCOME_COLOURS = { success: 'green', denied: 'orange', failure: 'red' } as const;

/** One row per entry. */
export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useQuery(organisationsQuery);
  const names = organisationNames(organisations.data);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped withTableBorder aria-label={t('audit.entries')} aria-busy={loading} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('admin.fields.organisation')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.fields')}</Table.Th>
            <Table.Th>{t('audit.outcome')}</Table.Th>
            <Table.Th>{t('audit.ip')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>{t('common.loading')}</Table.Td>
            </Table.Tr>
          )}
          {!loading && entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>{t('audit.none')}</Table.Td>
            </Table.Tr>
          )}
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
              <Table.Td>
                <Ltr>{entry.actorLabel ?? '—'}</Ltr>
              </Table.Td>
              <Table.Td>
                {entry.actorOrganisationId ? (names.get(entry.actorOrganisationId) ?? '—') : '—'}
              </Table.Td>
              <Table.Td>
                <Ltr mono>{entry.action}</Ltr>
              </Table.Td>
              <Table.Td>
                {entry.entityType ? (
                  <>
                    <Ltr>{entry.entityType}</Ltr>
                    {entry.entityId && (
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                        <Ltr mono>{entry.entityId}</Ltr>
                      </Text>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Ltr>{entry.fields?.length ? entry.fields.join(', ') : '—'}</Ltr>
              </Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOURS[entry.outcome]} variant="light">
                  {t(`audit.outcomes.${entry.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Ltr>{entry.ip ?? '—'}</Ltr>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
