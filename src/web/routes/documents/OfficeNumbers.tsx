/** The accounting of an office's numbers: each block it drew, and each spoiled number with its reason. */
import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { officeNumbersQuery } from './documentsApi';

const BLOCK_COUNTS = ['issued', 'spoiled', 'remaining'] as const;

/** Blocks and spoiled numbers of one office. */
export function OfficeNumbers({ siteId, officeName }: { siteId: string; officeName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const numbers = useQuery(officeNumbersQuery(siteId));
  if (numbers.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!numbers.data) {
    return <ErrorAlert error={numbers.error} />;
  }
  const { blocks, spoiled } = numbers.data;
  return (
    <Stack gap="sm">
      <Title order={4} size="h5">
        {t('documents.offices.blocks')}
      </Title>
      {blocks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('documents.offices.noBlocks')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table
            striped
            withTableBorder
            fz="sm"
            aria-label={t('documents.offices.blocksOf', { office: officeName })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.offices.first')}</Table.Th>
                <Table.Th>{t('documents.offices.last')}</Table.Th>
                <Table.Th>{t('documents.offices.next')}</Table.Th>
                {BLOCK_COUNTS.map((count) => (
                  <Table.Th key={count} ta="end">
                    {t(`documents.offices.columns.${count}`)}
                  </Table.Th>
                ))}
                <Table.Th>{t('documents.offices.drawnAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {blocks.map((block) => (
                <Table.Tr key={block.id}>
                  <Table.Td>
                    <Ltr mono>{block.first}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <Ltr mono>{block.last}</Ltr>
                  </Table.Td>
                  <Table.Td>{block.next ? <Ltr mono>{block.next}</Ltr> : '—'}</Table.Td>
                  {BLOCK_COUNTS.map((count) => (
                    <Table.Td key={count} ta="end">
                      {format.number(block[count])}
                    </Table.Td>
                  ))}
                  <Table.Td>{format.dateTime(block.drawnAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={4} size="h5">
        {t('documents.offices.spoiledTitle')}
      </Title>
      {spoiled.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('documents.offices.noSpoiled')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table
            striped
            withTableBorder
            fz="sm"
            aria-label={t('documents.offices.spoiledOf', { office: officeName })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.fields.number')}</Table.Th>
                <Table.Th>{t('documents.reason')}</Table.Th>
                <Table.Th>{t('documents.offices.spoiledAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {spoiled.map((row) => (
                <Table.Tr key={row.number}>
                  <Table.Td>
                    <Ltr mono>{row.number}</Ltr>
                  </Table.Td>
                  <Table.Td>
                    <span dir="auto">{row.reason}</span>
                  </Table.Td>
                  <Table.Td>
                    {format.dateTime(row.at)}
                    {row.byName ? ` · ${row.byName}` : ''}
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
