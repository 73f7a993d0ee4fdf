/**
 * Documents per issuing office over the register's issue dates: a bar per office split by type (types do
 * not overlap, so the stack adds up to the documents issued), and a table with every count per office and type.
 */
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../format';
import { FigureCard, type FigureRow } from '../../components/FigureCard';
import { countsQuery, documentTypesQuery, type OfficeCountRow, type Period } from './documentsApi';
import { useTypeName } from './documentLabels';

const TYPE_COLOURS = ['blue.7', 'teal.7', 'grape.6', 'orange.7', 'cyan.7', 'pink.6', 'lime.7', 'indigo.6'];
const COUNTS = ['issued', 'handedOver', 'revoked', 'reportedLost', 'expired'] as const;

/** One bar per office, a stacked segment per type, from the rows of GET /counts. */
function officeRows(rows: readonly OfficeCountRow[]): FigureRow[] {
  const offices = new Map<string, FigureRow>();
  for (const row of rows) {
    const office = offices.get(row.siteId) ?? { key: row.siteId, label: row.officeName, values: {} };
    office.values[row.type] = (office.values[row.type] ?? 0) + row.issued;
    offices.set(row.siteId, office);
  }
  return [...offices.values()];
}

function CountsTable({
  rows,
  caption,
  typeLabel,
}: {
  rows: readonly OfficeCountRow[];
  caption: string;
  typeLabel: (code: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {caption}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-label={caption} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.fields.office')}</Table.Th>
                <Table.Th>{t('documents.fields.type')}</Table.Th>
                {COUNTS.map((count) => (
                  <Table.Th key={count} ta="end">
                    {t(`documents.register.counts.${count}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.siteId}/${row.type}`}>
                  <Table.Th scope="row" fw="normal">
                    {row.officeName}
                  </Table.Th>
                  <Table.Td>{typeLabel(row.type)}</Table.Td>
                  {COUNTS.map((count) => (
                    <Table.Td key={count} ta="end">
                      {format.number(row[count])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** The counts per office for a period of issue dates (the register's own dates, or the last year). */
export function OfficeCounts({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeName = useTypeName();
  const counts = useQuery(countsQuery(period));
  const types = useQuery(documentTypesQuery);
  const rows = counts.data ?? [];
  if (counts.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!counts.data) {
    return <ErrorAlert error={counts.error} />;
  }
  const typeLabel = (code: string) => {
    const type = types.data?.find((candidate) => candidate.code === code);
    return type ? typeName(type) : code;
  };
  const codes = [...new Set(rows.map((row) => row.type))];
  const series = codes.map((code, index) => ({
    key: code,
    label: typeLabel(code),
    color: TYPE_COLOURS[index % TYPE_COLOURS.length]!,
  }));
  return (
    <Stack gap="md">
      <FigureCard
        title={t('documents.register.counts.title')}
        rowHeading={t('documents.fields.office')}
        figure={{ series, rows: officeRows(rows) }}
        kind="ranking"
        withTotals
        note={t('documents.register.counts.note', {
          from: format.date(period.from),
          to: format.date(period.to),
        })}
      />
      {rows.length > 0 && (
        <CountsTable rows={rows} caption={t('documents.register.counts.tableTitle')} typeLabel={typeLabel} />
      )}
    </Stack>
  );
}
