/** One course: its settings and objectives, the question bank, and the knowledge gain of its sessions. */
import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
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
import { CourseForm } from './CourseForm';
import { CourseGainTable } from './CourseGainTable';
import { courseQuery } from './coursesApi';
import { QuestionBank } from './QuestionBank';

const route = getRouteApi('/app/training/courses/$id');

/** The course page, by id from the address. */
export function CoursePage() {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const { id } = route.useParams();
  const { data: course, error, isPending } = useQuery(courseQuery(id));
  const [editing, setEditing] = useState(false);
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!course) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/training/courses" size="sm">
        {t('training.courses.back')}
      </Anchor>
      <PageTitle>{course.title}</PageTitle>
      <Card withBorder padding="md" component="section" aria-labelledby="training-course-settings">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="training-course-settings">
            {t('training.courses.settings')}
          </Title>
          <Group gap="sm">
            <Button
              variant="default"
              renderRoot={(props) => (
                <Link {...props} to="/training/sessions" search={{ courseId: course.id }} />
              )}
            >
              {t('training.courses.sessionsOf')}
            </Button>
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('training.courses.edit')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
          <Fact label={t('training.fields.code')}>
            <Ltr mono>{course.code}</Ltr>
          </Fact>
          <Fact label={t('training.fields.level')}>{format.level(course.level)}</Fact>
          <Fact label={t('training.fields.passMark')}>{format.percent(course.passMark)}</Fact>
          <Fact label={t('training.fields.attendanceThreshold')}>
            {format.percent(course.attendanceThreshold)}
          </Fact>
          <Fact label={t('training.fields.active')}>
            <YesNo value={course.active} />
          </Fact>
        </SimpleGrid>
        {course.description && (
          <Text mt="sm" style={{ whiteSpace: 'pre-line' }}>
            {course.description}
          </Text>
        )}
      </Card>
      <section aria-labelledby="training-course-objectives">
        <Title order={3} size="h4" id="training-course-objectives" mb="xs">
          {t('training.courses.objectives')}
        </Title>
        {course.objectives.length === 0 ? (
          <Text c="dimmed">{t('training.courses.noObjectives')}</Text>
        ) : (
          <List type="ordered" spacing={4}>
            {course.objectives.map((objective, index) => (
              <List.Item key={index}>{objective}</List.Item>
            ))}
          </List>
        )}
      </section>
      <QuestionBank courseId={course.id} questions={course.questions} />
      <CourseGainTable courseId={course.id} />
      {editing && <CourseForm course={course} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
