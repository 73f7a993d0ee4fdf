/** The columns every usage table ends with: last use, then calls, refusals for lack of scope and calls over the limit. */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import type { UsageCounts } from './usageApi';

/** The headings of the usage columns. */
export function UsageHeadings() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th>{t('partnerApi.lastUsed')}</Table.Th>
      <Table.Th ta="end">{t('partnerApi.calls')}</Table.Th>
      <Table.Th ta="end">{t('partnerApi.denied')}</Table.Th>
      <Table.Th ta="end">{t('partnerApi.rateLimited')}</Table.Th>
    </>
  );
}

/** The usage cells of one row (an organisation or a key). */
export function UsageCells({ usage }: { usage: UsageCounts & { lastUsedAt: string | null } }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Table.Td>{usage.lastUsedAt ? format.dateTime(usage.lastUsedAt) : t('partnerApi.never')}</Table.Td>
      <Table.Td ta="end">{format.number(usage.calls)}</Table.Td>
      <Table.Td ta="end">{format.number(usage.denied)}</Table.Td>
      <Table.Td ta="end">{format.number(usage.rateLimited)}</Table.Td>
    </>
  );
}
