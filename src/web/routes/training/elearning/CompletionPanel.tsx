/** Who has completed a module: a figure per organisation (completed and still in progress) and a row per learner. */
import { Badge, Card, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FigureCard } from '../../../components/FigureCard';
import { useTrainingFormat } from '../trainingFormat';
import { completionQuery, progressPercent, type LearnerCompletion } from './elearningApi';

function LearnersTable({ learners }: { learners: LearnerCompletion[] }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="training-learners-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="training-learners-title">
          {t('training.completion.learners')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-labelledby="training-learners-title" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.name')}</Table.Th>
                <Table.Th>{t('training.fields.organisation')}</Table.Th>
                <Table.Th ta="end">{t('training.completion.lessonsDone')}</Table.Th>
                <Table.Th>{t('training.completion.progress')}</Table.Th>
                <Table.Th>{t('training.completion.completed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {learners.map((learner) => {
                const percent = progressPercent(learner.done, learner.lessons);
                return (
                  <Table.Tr key={learner.userId}>
                    <Table.Th scope="row" fw="normal">
                      {learner.name}
                    </Table.Th>
                    <Table.Td>{learner.organisation}</Table.Td>
                    <Table.Td ta="end">
                      {format.number(learner.done)} / {format.number(learner.lessons)}
                    </Table.Td>
                    <Table.Td miw={120}>
                      <Progress
                        value={percent}
                        aria-label={t('training.completion.progressOf', { name: learner.name, percent })}
                      />
                    </Table.Td>
                    <Table.Td>
                      {learner.completedAt ? (
                        <Badge color="green" variant="light">
                          {format.date(learner.completedAt)}
                        </Badge>
                      ) : (
                        <Text span size="sm" c="dimmed">
                          {t('training.completion.inProgress')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** The completion section of the module editor. */
export function CompletionPanel({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const completion = useQuery(completionQuery(moduleId));
  if (completion.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!completion.data) {
    return <ErrorAlert error={completion.error} />;
  }
  const { learners, organisations } = completion.data;
  return (
    <Stack gap="md">
      <FigureCard
        title={t('training.completion.byOrganisation')}
        rowHeading={t('training.fields.organisation')}
        kind="ranking"
        withTotals
        figure={{
          // Completed and still in progress do not overlap: the stack is everyone who started.
          series: [
            { key: 'completed', label: t('training.completion.completed'), color: 'green.7' },
            { key: 'inProgress', label: t('training.completion.inProgress'), color: 'gray.5' },
          ],
          rows: organisations.map((row) => ({
            key: row.organisation,
            label: row.organisation,
            values: { completed: row.completed, inProgress: Math.max(0, row.started - row.completed) },
          })),
        }}
      />
      {learners.length === 0 ? (
        <Text c="dimmed">{t('training.completion.none')}</Text>
      ) : (
        <LearnersTable learners={learners} />
      )}
    </Stack>
  );
}
