/**
 * Overstayers: persons in the territory on a day with more than 90 days in the 180 ending on it, longest
 * overstay first, with the entry still open. Everyone is counted under the rule; the purpose is shown so a
 * reader can set aside asylum seekers and residents.
 */
import { Anchor, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../common/stays';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { sitesQuery } from '../../admin/adminApi';
import { localDay, overstayersQuery, type Overstayer } from './watchlistsApi';

/** The person's name linking to their record, with the document of the open entry beneath. */
function PersonLink({ item }: { item: Overstayer }) {
  const { t } = useTranslation();
  const travelDocument = item.openEntry?.document;
  return (
    <Stack gap={0}>
      <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: item.personId }} />}>
        {item.person
          ? `${item.person.givenNames} ${item.person.surname}`
          : t('border.watchlists.overstayers.personRecord')}
      </Anchor>
      {travelDocument?.number && (
        <Text size="xs" c="dimmed">
          <Ltr mono>
            {travelDocument.number}
            {travelDocument.issuingState ? ` (${travelDocument.issuingState})` : ''}
          </Ltr>
        </Text>
      )}
    </Stack>
  );
}

function OverstayerRow({ item, siteNames }: { item: Overstayer; siteNames: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = item.openEntry;
  return (
    <Table.Tr>
      <Table.Td>
        <PersonLink item={item} />
      </Table.Td>
      <Table.Td>
        <Ltr mono>{entry?.nationality ?? '—'}</Ltr>
      </Table.Td>
      <Table.Td>{entry ? (siteNames.get(entry.siteId) ?? '—') : '—'}</Table.Td>
      <Table.Td>{format.date(entry?.day)}</Table.Td>
      <Table.Td>{entry?.purpose ? t(`border.purposes.${entry.purpose}`) : '—'}</Table.Td>
      <Table.Td>{format.number(item.daysUsed)}</Table.Td>
      {/* The last lawful day is the one before the overstay began. */}
      <Table.Td>{item.latestLegalExit ? format.date(item.latestLegalExit) : '—'}</Table.Td>
      <Table.Td>{format.date(item.overstayStart)}</Table.Td>
      <Table.Td>{format.number(item.overstayDays)}</Table.Td>
    </Table.Tr>
  );
}

function OverstayersTable({ on }: { on: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useQuery(overstayersQuery(on));
  const sites = useQuery(sitesQuery);
  const siteNames = new Map((sites.data ?? []).map((site) => [site.id, site.name]));
  const headers = [
    t('border.watchlists.overstayers.person'),
    t('border.watchlists.overstayers.nationality'),
    t('border.watchlists.overstayers.bcp'),
    t('border.watchlists.overstayers.entered'),
    t('border.watchlists.overstayers.purpose'),
    t('border.watchlists.overstayers.daysUsed'),
    t('border.watchlists.overstayers.latestLegalExit'),
    t('border.watchlists.overstayers.overstaySince'),
    t('border.watchlists.overstayers.overstayDays'),
  ];
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        {report.data && (
          <Text role="status">
            {t('border.watchlists.overstayers.summary', {
              overstaying: format.number(report.data.items.length),
              evaluated: format.number(report.data.evaluated),
              date: format.date(report.data.on),
            })}
          </Text>
        )}
        <ExportButton path="/api/border/overstayers/export" params={{ on }} />
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped withTableBorder aria-label={t('border.watchlists.overstayers.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header) => (
                <Table.Th key={header}>{header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.isPending && (
              <Table.Tr>
                <Table.Td colSpan={headers.length}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {report.data?.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={headers.length}>{t('border.watchlists.overstayers.empty')}</Table.Td>
              </Table.Tr>
            )}
            {report.data?.items.map((item) => (
              <OverstayerRow key={item.personId} item={item} siteNames={siteNames} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The overstayers report on a chosen day, today at the border by default. */
export function OverstayersPage() {
  const { t } = useTranslation();
  const [on, setOn] = useState(() => localDay(new Date()));
  return (
    <Stack gap="md">
      <Text>{t('border.watchlists.overstayers.intro')}</Text>
      <Group>
        <TextInput
          label={t('border.watchlists.overstayers.on')}
          type="date"
          required
          value={on}
          onChange={(event) => setOn(event.currentTarget.value)}
        />
      </Group>
      {isIsoDate(on) && <OverstayersTable on={on} />}
    </Stack>
  );
}
