/** The courses tab: every course with its level and marks, and a button to create one. */
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { YesNo } from '../../../components/YesNo';
import { useTrainingFormat } from '../trainingFormat';
import { CourseForm } from './CourseForm';
import { coursesQuery } from './coursesApi';

/** The list of courses. */
export function CoursesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useTrainingFormat();
  const courses = useQuery(coursesQuery);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('training.courses.intro')}</Text>
        <Button onClick={() => setCreating(true)}>{t('training.courses.new')}</Button>
      </Group>
      <ErrorAlert error={courses.error} />
      {courses.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (courses.data ?? []).length === 0 ? (
        <Text c="dimmed">{t('training.courses.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-label={t('training.tabs.courses')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.title')}</Table.Th>
                <Table.Th>{t('training.fields.code')}</Table.Th>
                <Table.Th>{t('training.fields.level')}</Table.Th>
                <Table.Th ta="end">{t('training.fields.passMark')}</Table.Th>
                <Table.Th ta="end">{t('training.fields.attendanceThreshold')}</Table.Th>
                <Table.Th>{t('training.fields.active')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(courses.data ?? []).map((course) => (
                <Table.Tr key={course.id}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/training/courses/$id" params={{ id: course.id }} />
                      )}
                    >
                      {course.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Ltr mono>{course.code}</Ltr>
                  </Table.Td>
                  <Table.Td>{format.level(course.level)}</Table.Td>
                  <Table.Td ta="end">{format.percent(course.passMark)}</Table.Td>
                  <Table.Td ta="end">{format.percent(course.attendanceThreshold)}</Table.Td>
                  <Table.Td>
                    <YesNo value={course.active} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <CourseForm
          onClose={() => setCreating(false)}
          onSaved={(course) => void navigate({ to: '/training/courses/$id', params: { id: course.id } })}
        />
      )}
    </Stack>
  );
}
