/**
 * A module as the learner reads it: the lessons in order (done ones marked), the open lesson with its files,
 * or its quiz, and previous / next. Without a lesson in the address the page continues where the learner
 * stopped (the server keeps the last lesson opened), and every lesson opened is recorded as that place.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  NavLink,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { Markdown } from '../../knowledge/markdown/Markdown';
import {
  moduleQuery,
  progressPercent,
  useLessonDone,
  useOpenLesson,
  type Lesson,
  type ModuleWithLessons,
} from '../elearning/elearningApi';
import { LessonAttachments } from '../elearning/LessonAttachments';
import { useTrainingFormat } from '../trainingFormat';
import { QuizView } from './QuizView';

const route = getRouteApi('/app/training/learning/$id');

/** The lesson to show: the one asked for, else where the learner stopped, else the first not done. */
function currentLesson(module: ModuleWithLessons, asked: string | undefined): Lesson | undefined {
  const { lessons, progress } = module;
  const byId = (id: string | null | undefined) => lessons.find((lesson) => lesson.id === id);
  return (
    byId(asked) ??
    byId(progress.lastLessonId) ??
    lessons.find((lesson) => !progress.doneLessonIds.includes(lesson.id)) ??
    lessons[0]
  );
}

function LessonNav({ module, current }: { module: ModuleWithLessons; current: Lesson }) {
  const { t } = useTranslation();
  const done = new Set(module.progress.doneLessonIds);
  return (
    <nav aria-label={t('training.learning.lessons')}>
      {module.lessons.map((lesson, index) => (
        <NavLink
          key={lesson.id}
          renderRoot={(props) => (
            <Link
              {...props}
              to="/training/learning/$id"
              params={{ id: module.id }}
              search={{ lesson: lesson.id }}
            />
          )}
          active={lesson.id === current.id}
          aria-current={lesson.id === current.id ? 'page' : undefined}
          label={`${index + 1}. ${lesson.title}`}
          description={lesson.kind === 'quiz' ? t('training.lessonKinds.quiz') : undefined}
          rightSection={
            done.has(lesson.id) ? (
              <Badge size="xs" color="green" variant="light">
                {t('training.learning.done')}
              </Badge>
            ) : undefined
          }
        />
      ))}
    </nav>
  );
}

function LessonBody({ module, lesson }: { module: ModuleWithLessons; lesson: Lesson }) {
  const { t } = useTranslation();
  const done = useLessonDone(module.id);
  const isDone = module.progress.doneLessonIds.includes(lesson.id);
  return (
    <Stack gap="md">
      {lesson.body.trim() && <Markdown source={lesson.body} />}
      {lesson.kind === 'lesson' && <LessonAttachments files={lesson.files} />}
      {lesson.kind === 'quiz' ? (
        <QuizView
          key={lesson.id}
          moduleId={module.id}
          lesson={lesson}
          passMark={module.passMark}
          best={module.progress.quizScores[lesson.id]}
        />
      ) : isDone ? (
        <Badge color="green" variant="light" size="lg">
          {t('training.learning.doneLesson')}
        </Badge>
      ) : (
        <Group>
          <Button
            variant="light"
            loading={done.isPending}
            onClick={() => done.mutate({ lessonId: lesson.id })}
          >
            {t('training.learning.markDone')}
          </Button>
          <ErrorAlert error={done.error} />
        </Group>
      )}
    </Stack>
  );
}

/** The module page, by id from the address (and the lesson, if chosen). */
export function LearnModulePage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { id } = route.useParams();
  const { lesson: asked } = route.useSearch();
  const { data: module, error, isPending } = useQuery(moduleQuery(id));
  const open = useOpenLesson(id);
  const lesson = module ? currentLesson(module, asked) : undefined;
  const lessonId = lesson?.id;
  const { mutate: recordOpen } = open;
  useEffect(() => {
    if (lessonId) {
      recordOpen(lessonId);
    }
  }, [lessonId, recordOpen]);
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!module) {
    return <ErrorAlert error={error} />;
  }
  const done = module.progress.doneLessonIds.length;
  const index = lesson ? module.lessons.indexOf(lesson) : -1;
  const previous = module.lessons[index - 1];
  const next = module.lessons[index + 1];
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/training/learning" size="sm">
        {t('training.learning.back')}
      </Anchor>
      <PageTitle>{module.title}</PageTitle>
      <Stack gap={4}>
        <Progress
          value={progressPercent(done, module.lessons.length)}
          aria-label={t('training.learning.progressOf', { title: module.title })}
        />
        <Text size="xs" c="dimmed">
          {t('training.learning.lessonsDone', {
            done: format.number(done),
            total: format.number(module.lessons.length),
            percent: format.percent(progressPercent(done, module.lessons.length)),
          })}
        </Text>
      </Stack>
      {module.progress.completedAt && (
        <Alert color="green" title={t('training.learning.completedTitle')}>
          {t('training.learning.completedBody', { date: format.date(module.progress.completedAt) })}
        </Alert>
      )}
      {!lesson ? (
        <Text c="dimmed">{t('training.lessons.none')}</Text>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <LessonNav module={module} current={lesson} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md" component="article" aria-labelledby="training-lesson-title">
              <Title order={3} id="training-lesson-title">
                {t('training.learning.lessonTitle', { number: index + 1, title: lesson.title })}
              </Title>
              <LessonBody key={lesson.id} module={module} lesson={lesson} />
              <Group justify="space-between" mt="md">
                {previous ? (
                  <Button
                    variant="default"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/training/learning/$id"
                        params={{ id: module.id }}
                        search={{ lesson: previous.id }}
                      />
                    )}
                  >
                    {t('training.learning.previous')}
                  </Button>
                ) : (
                  <span />
                )}
                {next && (
                  <Button
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/training/learning/$id"
                        params={{ id: module.id }}
                        search={{ lesson: next.id }}
                      />
                    )}
                  >
                    {t('training.learning.next')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
