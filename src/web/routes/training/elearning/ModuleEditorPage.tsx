/** A module as its coordinator edits it: the lessons in order (add, edit, move), and who has completed it. */
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { PageTitle } from '../../../components/PageTitle';
import { YesNo } from '../../../components/YesNo';
import { Fact } from '../../documents/DocumentFacts';
import { useTrainingFormat } from '../trainingFormat';
import { CompletionPanel } from './CompletionPanel';
import { lessonBody, moduleQuery, useSaveLesson, type Lesson, type LessonKind } from './elearningApi';
import { LessonForm } from './LessonForm';

const route = getRouteApi('/app/training/modules/$id');

type Editing = { lesson?: Lesson; kind: LessonKind };

function LessonRows({
  moduleId,
  lessons,
  onEdit,
}: {
  moduleId: string;
  lessons: Lesson[];
  onEdit: (lesson: Lesson) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveLesson(moduleId);
  // Two lessons trade places: each is written back with the other's position.
  const swap = async (a: Lesson, b: Lesson) => {
    await save.mutateAsync({ id: a.id, body: lessonBody(a, { position: b.position }) });
    await save.mutateAsync({ id: b.id, body: lessonBody(b, { position: a.position }) });
  };
  return (
    <>
      <ErrorAlert error={save.error} />
      <Table striped withTableBorder aria-labelledby="training-lessons-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="end">#</Table.Th>
            <Table.Th>{t('training.fields.title')}</Table.Th>
            <Table.Th>{t('training.lessons.kind')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lessons.map((lesson, index) => (
            <Table.Tr key={lesson.id}>
              <Table.Td ta="end">{index + 1}</Table.Td>
              <Table.Th scope="row" fw="normal">
                {lesson.title}
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={lesson.kind === 'quiz' ? 'grape' : 'blue'}>
                  {t(`training.lessonKinds.${lesson.kind}`)}
                </Badge>{' '}
                <Text span size="xs" c="dimmed">
                  {lesson.kind === 'quiz'
                    ? t('training.lessons.questionCount', { count: lesson.questions.length })
                    : t('training.lessons.fileCount', { count: lesson.files.length })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    disabled={index === 0 || save.isPending}
                    onClick={() => void swap(lesson, lessons[index - 1]!)}
                    aria-label={t('training.lessons.moveUp', { title: lesson.title })}
                  >
                    ↑
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    disabled={index === lessons.length - 1 || save.isPending}
                    onClick={() => void swap(lesson, lessons[index + 1]!)}
                    aria-label={t('training.lessons.moveDown', { title: lesson.title })}
                  >
                    ↓
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onEdit(lesson)}
                    aria-label={t('training.lessons.editNamed', { title: lesson.title })}
                  >
                    {t('common.edit')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The module editor page, by id from the address. */
export function ModuleEditorPage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { id } = route.useParams();
  const { data: module, error, isPending } = useQuery(moduleQuery(id));
  const [editing, setEditing] = useState<Editing | null>(null);
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!module) {
    return <ErrorAlert error={error} />;
  }
  const nextPosition = Math.max(0, ...module.lessons.map((lesson) => lesson.position)) + 1;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/training/modules" size="sm">
        {t('training.modules.back')}
      </Anchor>
      <PageTitle>{module.title}</PageTitle>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('training.fields.code')}>
            <Ltr mono>{module.code}</Ltr>
          </Fact>
          <Fact label={t('training.modules.passMark')}>{format.percent(module.passMark)}</Fact>
          <Fact label={t('training.fields.active')}>
            <YesNo value={module.active} />
          </Fact>
        </SimpleGrid>
        {module.description && <Text mt="sm">{module.description}</Text>}
        <Group mt="sm">
          <Anchor
            size="sm"
            renderRoot={(props) => <Link {...props} to="/training/learning/$id" params={{ id: module.id }} />}
          >
            {t('training.modules.preview')}
          </Anchor>
        </Group>
      </Card>
      <section aria-labelledby="training-lessons-title">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="training-lessons-title">
            {t('training.modules.lessons')}
          </Title>
          <Group gap="sm">
            <Button onClick={() => setEditing({ kind: 'lesson' })}>{t('training.lessons.addLesson')}</Button>
            <Button variant="light" onClick={() => setEditing({ kind: 'quiz' })}>
              {t('training.lessons.addQuiz')}
            </Button>
          </Group>
        </Group>
        {module.lessons.length === 0 ? (
          <Text c="dimmed">{t('training.lessons.none')}</Text>
        ) : (
          <LessonRows
            moduleId={module.id}
            lessons={module.lessons}
            onEdit={(lesson) => setEditing({ lesson, kind: lesson.kind })}
          />
        )}
      </section>
      <CompletionPanel moduleId={module.id} />
      {editing && (
        <LessonForm
          moduleId={module.id}
          lesson={editing.lesson}
          kind={editing.kind}
          position={nextPosition}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
