/** One session: its facts, then participants, attendance, tests and knowledge gain, each on a tab of the page. */
import { Anchor, Card, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { Fact } from '../../documents/DocumentFacts';
import { modulesQuery } from '../elearning/elearningApi';
import { useTrainingFormat } from '../trainingFormat';
import { AttendanceGrid } from './AttendanceGrid';
import { GainPanel } from './GainPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { sessionQuery, type SessionDetail } from './sessionsApi';
import { TestsPanel } from './TestsPanel';

const route = getRouteApi('/app/training/sessions/$id');

function SessionFacts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const modules = useQuery(modulesQuery);
  const prerequisite = modules.data?.find((module) => module.id === session.prerequisiteModuleId);
  return (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        <Fact label={t('training.fields.course')}>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/training/courses/$id" params={{ id: session.courseId }} />
            )}
          >
            {session.course.title}
          </Anchor>
        </Fact>
        <Fact label={t('training.fields.dates')}>{format.dates(session.startDate, session.endDate)}</Fact>
        <Fact label={t('training.fields.place')}>{format.place(session)}</Fact>
        <Fact label={t('training.fields.trainers')}>{format.list(session.trainers)}</Fact>
        <Fact label={t('training.fields.capacity')}>{format.number(session.capacity)}</Fact>
        <Fact label={t('training.fields.prerequisite')}>
          {session.prerequisiteModuleId
            ? (prerequisite?.title ?? '…')
            : t('training.sessions.noPrerequisite')}
        </Fact>
        <Fact label={t('training.fields.passMark')}>{format.percent(session.course.passMark)}</Fact>
        <Fact label={t('training.fields.attendanceThreshold')}>
          {format.percent(session.course.attendanceThreshold)}
        </Fact>
      </SimpleGrid>
    </Card>
  );
}

/** The session page, by id from the address. */
export function SessionPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: session, error, isPending } = useQuery(sessionQuery(id));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!session) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/training/sessions" size="sm">
        {t('training.sessions.back')}
      </Anchor>
      <PageTitle>{session.title}</PageTitle>
      <SessionFacts session={session} />
      <Tabs defaultValue="participants" keepMounted={false}>
        <Tabs.List mb="md" aria-label={t('training.sessions.sections')}>
          <Tabs.Tab value="participants">{t('training.participants.title')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('training.attendance.title')}</Tabs.Tab>
          <Tabs.Tab value="tests">{t('training.tests.title')}</Tabs.Tab>
          <Tabs.Tab value="gain">{t('training.gain.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="participants">
          <ParticipantsPanel session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="attendance">
          <AttendanceGrid session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="tests">
          <TestsPanel session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="gain">
          <GainPanel sessionId={session.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
