/** Voluntary return statistics over a period: cases and departures by country of return and by vulnerability, each a chart with its table. */
import { Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PeriodForm, type Period } from '../../../components/PeriodForm';
import { useFormat } from '../../../format';
import { FigureCard } from '../../../components/FigureCard';
import { useCaseLabels } from '../caseLabels';
import { avrrStatisticsQuery, type AvrrStatistics } from '../casesApi';
import { useMoney } from '../case/ServicesPanel';
import { today } from '../case/ServiceDialog';

type Row = AvrrStatistics['rows'][number];

/** The last twelve months up to today. */
function lastYear(): Period {
  const to = today();
  const from = new Date(`${to}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 364);
  return { from: from.toISOString().slice(0, 10), to };
}

/** Sums cases and departures by a key of the rows (a case counted once per vulnerability it has). */
function totalsBy(rows: readonly Row[], key: (row: Row) => string) {
  const totals = new Map<string, { cases: number; departed: number }>();
  for (const row of rows) {
    const current = totals.get(key(row)) ?? { cases: 0, departed: 0 };
    current.cases += row.cases;
    current.departed += row.departed;
    totals.set(key(row), current);
  }
  return [...totals.entries()].sort((a, b) => b[1].cases - a[1].cases);
}

const VULNERABILITY_COLOURS = ['red.7', 'orange.6', 'grape.6', 'teal.7', 'blue.7', 'cyan.6', 'gray.5'];

function Figures({ report }: { report: AvrrStatistics }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const vulnerabilities = [...new Set(report.rows.map((r) => r.vulnerability))];
  const countries = [...new Set(report.rows.map((r) => r.countryOfReturn))];
  const byVulnerability = totalsBy(report.rows, (r) => r.vulnerability);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <FigureCard
        title={t('cases.statistics.byCountry')}
        rowHeading={labels.field('countryOfReturn')}
        kind="ranking"
        figure={{
          series: vulnerabilities.map((v, index) => ({
            key: v,
            label: labels.value('vulnerabilities', v),
            color: VULNERABILITY_COLOURS[index % VULNERABILITY_COLOURS.length]!,
          })),
          rows: countries.map((country) => ({
            key: country,
            label: country,
            values: Object.fromEntries(
              report.rows.filter((r) => r.countryOfReturn === country).map((r) => [r.vulnerability, r.cases]),
            ),
          })),
        }}
        note={t('cases.statistics.perVulnerability')}
      />
      <FigureCard
        title={t('cases.statistics.byVulnerability')}
        rowHeading={labels.field('vulnerabilities')}
        kind="ranking"
        figure={{
          // Departed and not yet departed add up to the cases (the table's total column).
          series: [
            { key: 'departed', label: t('cases.statistics.departed'), color: 'teal.7' },
            { key: 'waiting', label: t('cases.statistics.notDeparted'), color: 'gray.5' },
          ],
          rows: byVulnerability.map(([vulnerability, v]) => ({
            key: vulnerability,
            label: labels.value('vulnerabilities', vulnerability),
            values: { departed: v.departed, waiting: v.cases - v.departed },
          })),
        }}
        note={t('cases.statistics.departedIncluded')}
      />
    </SimpleGrid>
  );
}

function Detail({ report }: { report: AvrrStatistics }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const money = useMoney();
  // Amounts per currency (older servers answered one amount, in euro).
  const amounts = (value: { inKindAmounts?: Record<string, number>; inKindAmount?: number }) => {
    const byCurrency = value.inKindAmounts ?? (value.inKindAmount ? { EUR: value.inKindAmount } : {});
    const entries = Object.entries(byCurrency).filter(([, amount]) => amount !== 0);
    return entries.length > 0 ? entries.map(([currency, amount]) => money(amount, currency)).join(' + ') : '—';
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder aria-label={t('cases.statistics.detail')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.field('countryOfReturn')}</Table.Th>
            <Table.Th>{labels.field('vulnerabilities')}</Table.Th>
            <Table.Th ta="end">{t('cases.statistics.cases')}</Table.Th>
            <Table.Th ta="end">{t('cases.statistics.departed')}</Table.Th>
            <Table.Th ta="end">{t('cases.statistics.inKind')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={`${row.countryOfReturn}/${row.vulnerability}`}>
              <Table.Th scope="row" fw="normal">
                {row.countryOfReturn}
              </Table.Th>
              <Table.Td>{labels.value('vulnerabilities', row.vulnerability)}</Table.Td>
              <Table.Td ta="end">{format.number(row.cases)}</Table.Td>
              <Table.Td ta="end">{format.number(row.departed)}</Table.Td>
              <Table.Td ta="end">{amounts(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {t('cases.statistics.totalCases')}
            </Table.Th>
            <Table.Th ta="end">{format.number(report.totals.cases)}</Table.Th>
            <Table.Th ta="end">{format.number(report.totals.departed)}</Table.Th>
            <Table.Th ta="end">{amounts(report.totals)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The statistics tab. */
export function AvrrStatisticsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(lastYear);
  const report = useQuery(avrrStatisticsQuery(period));
  return (
    <Stack gap="md">
      <Text>{t('cases.statistics.intro')}</Text>
      <PeriodForm
        initial={period}
        onApply={setPeriod}
        errors={fieldErrors(report.error)}
        labels={{
          form: t('cases.statistics.period'),
          from: t('cases.statistics.from'),
          to: t('cases.statistics.to'),
          apply: t('cases.statistics.apply'),
          toBeforeFrom: t('cases.statistics.toBeforeFrom'),
        }}
      />
      {report.isFetching && (
        <Group gap="xs" aria-live="polite">
          <Loader size="xs" />
          <Text size="sm">{t('cases.statistics.counting')}</Text>
        </Group>
      )}
      <ErrorAlert error={report.error} />
      {report.data &&
        (report.data.rows.length === 0 ? (
          <Text c="dimmed">{t('cases.statistics.none')}</Text>
        ) : (
          <>
            <Figures report={report.data} />
            <Detail report={report.data} />
          </>
        ))}
    </Stack>
  );
}
