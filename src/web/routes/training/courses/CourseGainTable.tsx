/** The knowledge gain of a course: a row per session and the course over all of them. */
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { GainSummary } from '../sessions/sessionsApi';
import { useTrainingFormat } from '../trainingFormat';
import { courseGainQuery } from './coursesApi';

function SummaryCells({ summary }: { summary: GainSummary }) {
  const format = useTrainingFormat();
  return (
    <>
      <Table.Td ta="end">{format.number(summary.count)}</Table.Td>
      <Table.Td ta="end">{format.percent(summary.meanPre)}</Table.Td>
      <Table.Td ta="end">{format.percent(summary.meanPost)}</Table.Td>
      <Table.Td ta="end">{format.gain(summary.meanGain)}</Table.Td>
      <Table.Td ta="end">
        {format.percent(summary.improvedShare === null ? null : summary.improvedShare * 100)}
      </Table.Td>
    </>
  );
}

/** The section of the course page. */
export function CourseGainTable({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const gain = useQuery(courseGainQuery(courseId));
  return (
    <Stack gap="xs" component="section" aria-labelledby="training-course-gain">
      <Title order={3} size="h4" id="training-course-gain">
        {t('training.gain.courseTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('training.gain.note')}
      </Text>
      <ErrorAlert error={gain.error} />
      {gain.data && gain.data.sessions.length === 0 && <Text c="dimmed">{t('training.sessions.none')}</Text>}
      {gain.data && gain.data.sessions.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-labelledby="training-course-gain">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.session')}</Table.Th>
                <Table.Th ta="end">{t('training.gain.evaluated')}</Table.Th>
                <Table.Th ta="end">{t('training.gain.meanPre')}</Table.Th>
                <Table.Th ta="end">{t('training.gain.meanPost')}</Table.Th>
                <Table.Th ta="end">{t('training.gain.meanGain')}</Table.Th>
                <Table.Th ta="end">{t('training.gain.improvedShare')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {gain.data.sessions.map((session) => (
                <Table.Tr key={session.sessionId}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/training/sessions/$id" params={{ id: session.sessionId }} />
                      )}
                    >
                      {session.title}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {format.date(session.startDate)}
                    </Text>
                  </Table.Th>
                  <SummaryCells summary={session.summary} />
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('training.gain.wholeCourse')}</Table.Th>
                <SummaryCells summary={gain.data.summary} />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
