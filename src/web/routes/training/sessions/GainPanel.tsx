/**
 * Knowledge gain of a session: pre- and post-test side by side per participant (a bar chart, and a table with
 * the same numbers for reading exactly and for screen readers), and the session's summary.
 */
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Fact } from '../../documents/DocumentFacts';
import { useChartMirroring } from '../../../components/chartMirroring';
import { useTrainingFormat } from '../trainingFormat';
import { sessionGainQuery, type GainSummary, type ParticipantGain } from './sessionsApi';

/** The four figures of a summary, as labelled values. */
export function GainSummaryFacts({ summary }: { summary: GainSummary }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm" data-testid="gain-summary">
      <Fact label={t('training.gain.meanPre')}>{format.percent(summary.meanPre)}</Fact>
      <Fact label={t('training.gain.meanPost')}>{format.percent(summary.meanPost)}</Fact>
      <Fact label={t('training.gain.meanGain')}>{format.gain(summary.meanGain)}</Fact>
      <Fact label={t('training.gain.improvedShare')}>
        {format.percent(summary.improvedShare === null ? null : summary.improvedShare * 100)}
      </Fact>
      <Fact label={t('training.gain.evaluated')}>{format.number(summary.count)}</Fact>
    </SimpleGrid>
  );
}

function GainChart({ participants }: { participants: ParticipantGain[] }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const mirroring = useChartMirroring();
  const data = participants.map((p) => ({ name: p.name, pre: p.pre ?? 0, post: p.post ?? 0 }));
  // The table below carries the same numbers for assistive technology; the chart is one image.
  return (
    <div role="img" aria-label={t('training.gain.chartLabel')}>
      <BarChart
        h={280}
        data={data}
        dataKey="name"
        series={[
          { name: 'pre', label: t('training.phases.pre'), color: 'gray.6' },
          { name: 'post', label: t('training.phases.post'), color: 'blue.7' },
        ]}
        valueFormatter={(value) => format.percent(value)}
        withLegend
        {...mirroring}
        yAxisProps={{ ...mirroring.yAxisProps, domain: [0, 100] }}
      />
    </div>
  );
}

function GainTable({ participants }: { participants: ParticipantGain[] }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder aria-label={t('training.gain.tableLabel')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('training.fields.name')}</Table.Th>
            <Table.Th ta="end">{t('training.phases.pre')}</Table.Th>
            <Table.Th ta="end">{t('training.phases.post')}</Table.Th>
            <Table.Th ta="end">{t('training.gain.gain')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw="normal">
                {p.name}
              </Table.Th>
              <Table.Td ta="end">{format.percent(p.pre)}</Table.Td>
              <Table.Td ta="end">{format.percent(p.post)}</Table.Td>
              <Table.Td ta="end">{format.gain(p.gain)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The knowledge-gain tab of the session page. */
export function GainPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const gain = useQuery(sessionGainQuery(sessionId));
  if (gain.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!gain.data) {
    return <ErrorAlert error={gain.error} />;
  }
  const tested = gain.data.participants.filter((p) => p.pre !== null || p.post !== null);
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="training-gain-summary">
        <Title order={3} size="h4" id="training-gain-summary" mb="sm">
          {t('training.gain.summaryTitle')}
        </Title>
        <GainSummaryFacts summary={gain.data.summary} />
        <Text size="xs" c="dimmed" mt="xs">
          {t('training.gain.note')}
        </Text>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="training-gain-chart">
        <Stack gap="sm">
          <Title order={3} size="h4" id="training-gain-chart">
            {t('training.gain.chartTitle')}
          </Title>
          {tested.length === 0 ? (
            <Text c="dimmed">{t('training.gain.noTests')}</Text>
          ) : (
            <>
              <GainChart participants={tested} />
              <GainTable participants={tested} />
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
