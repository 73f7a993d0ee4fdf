/** The pre- and post-test of a session: the questions chosen from the course's bank and when each test is open. */
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { courseQuery, type Question } from '../courses/coursesApi';
import { useTrainingFormat } from '../trainingFormat';
import { useSaveTest } from './sessionActions';
import { PHASES, type Phase, type SessionDetail } from './sessionsApi';

/** An instant as the value of a datetime-local input, in this computer's time. */
function localInput(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Open from now until the end of the session's last day (at least a day). */
function defaultWindow(session: SessionDetail): { openFrom: string; openTo: string } {
  const now = new Date();
  now.setSeconds(0, 0);
  const end = new Date(`${session.endDate}T23:59`);
  const dayLater = new Date(now.getTime() + 86_400_000);
  return { openFrom: localInput(now), openTo: localInput(end > dayLater ? end : dayLater) };
}

function TestSetup({ session, phase, bank }: { session: SessionDetail; phase: Phase; bank: Question[] }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const test = session.tests.find((candidate) => candidate.phase === phase);
  const [questionIds, setQuestionIds] = useState<string[]>(test?.questionIds ?? []);
  const [times, setTimes] = useState(() =>
    test
      ? { openFrom: localInput(new Date(test.openFrom)), openTo: localInput(new Date(test.openTo)) }
      : defaultWindow(session),
  );
  const save = useSaveTest(session.id, phase);
  const errors = fieldErrors(save.error);
  const offered = bank.filter((question) => question.active || questionIds.includes(question.id));
  const maxPoints = offered.filter((q) => questionIds.includes(q.id)).reduce((sum, q) => sum + q.points, 0);
  const phaseName = t(`training.phases.${phase}`);
  const titleId = `training-test-${phase}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        // Kept in the bank's order, which is the order the participant reads them in.
        questionIds: offered.filter((q) => questionIds.includes(q.id)).map((q) => q.id),
        openFrom: new Date(times.openFrom).toISOString(),
        openTo: new Date(times.openTo).toISOString(),
      },
      { onSuccess: () => notifySuccess(t('training.tests.saved', { phase: phaseName })) },
    );
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4" id={titleId}>
              {phaseName}
            </Title>
            <Badge variant="light" color={test ? 'green' : 'gray'}>
              {test ? t('training.tests.set') : t('training.tests.notSet')}
            </Badge>
          </Group>
          <Checkbox.Group
            label={t('training.tests.questions', { phase: phaseName })}
            description={t('training.tests.summary', { count: questionIds.length, points: maxPoints })}
            value={questionIds}
            onChange={setQuestionIds}
            error={errors.questionIds}
          >
            <Stack gap={6} mt="xs">
              {offered.map((question) => (
                <Checkbox
                  key={question.id}
                  value={question.id}
                  label={question.text}
                  description={`${t(`training.questionKinds.${question.kind}`)} · ${t('training.questions.points', { count: question.points })}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setQuestionIds(offered.filter((q) => q.active).map((q) => q.id))}
            >
              {t('training.tests.all')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setQuestionIds([])}>
              {t('training.tests.none')}
            </Button>
          </Group>
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              dir="ltr"
              label={t('training.tests.openFrom')}
              required
              value={times.openFrom}
              onChange={(event) => setTimes({ ...times, openFrom: event.currentTarget.value })}
              error={errors.openFrom}
            />
            <TextInput
              type="datetime-local"
              dir="ltr"
              label={t('training.tests.openTo')}
              required
              value={times.openTo}
              onChange={(event) => setTimes({ ...times, openTo: event.currentTarget.value })}
              error={errors.openTo}
            />
          </Group>
          {test && (
            <Text size="xs" c="dimmed">
              {t('training.tests.openWindow', {
                from: format.dateTime(test.openFrom),
                to: format.dateTime(test.openTo),
              })}
            </Text>
          )}
          <ErrorAlert error={save.error} />
          <Group>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={questionIds.length === 0 || !times.openFrom || !times.openTo}
              aria-label={t('training.tests.saveNamed', { phase: phaseName })}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The tests tab of the session page. */
export function TestsPanel({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const course = useQuery(courseQuery(session.courseId));
  if (course.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!course.data) {
    return <ErrorAlert error={course.error} />;
  }
  if (course.data.questions.length === 0) {
    return <Text c="dimmed">{t('training.tests.emptyBank')}</Text>;
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {PHASES.map((phase) => (
        <TestSetup key={phase} session={session} phase={phase} bank={course.data.questions} />
      ))}
    </SimpleGrid>
  );
}
