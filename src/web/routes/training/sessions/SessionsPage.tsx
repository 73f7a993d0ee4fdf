/** The sessions tab: sessions of a course and/or a period (the filter lives in the address), and "new session". */
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { coursesQuery } from '../courses/coursesApi';
import { useTrainingFormat } from '../trainingFormat';
import { SessionForm } from './SessionForm';
import { sessionsQuery, type SessionFilter } from './sessionsApi';

const route = getRouteApi('/app/training/sessions');

function Filters({ filter, errors }: { filter: SessionFilter; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const courses = useQuery(coursesQuery);
  const set = (patch: Partial<SessionFilter>) =>
    void navigate({ to: '/training/sessions', search: { ...filter, ...patch }, replace: true });
  return (
    <form
      role="search"
      aria-label={t('training.sessions.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Group align="flex-start" wrap="wrap">
        <Select
          label={t('training.fields.course')}
          placeholder={t('training.sessions.allCourses')}
          searchable
          clearable
          data={(courses.data ?? []).map((course) => ({ value: course.id, label: course.title }))}
          value={filter.courseId ?? null}
          onChange={(value) => set({ courseId: value ?? undefined })}
          w={280}
          error={errors.courseId}
        />
        <TextInput
          type="date"
          dir="ltr"
          label={t('training.sessions.from')}
          value={filter.from ?? ''}
          onChange={(event) => set({ from: event.currentTarget.value || undefined })}
          w={170}
          error={errors.from}
        />
        <TextInput
          type="date"
          dir="ltr"
          label={t('training.sessions.to')}
          value={filter.to ?? ''}
          onChange={(event) => set({ to: event.currentTarget.value || undefined })}
          w={170}
          error={errors.to}
        />
      </Group>
    </form>
  );
}

/** The list of sessions. */
export function SessionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useTrainingFormat();
  const filter = route.useSearch();
  const sessions = useQuery(sessionsQuery(filter));
  const [creating, setCreating] = useState(false);
  const list = sessions.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('training.sessions.intro')}</Text>
        <Group gap="xs">
          <ExportButton path="/api/training/sessions/export" params={{ courseId: filter.courseId, from: filter.from, to: filter.to }} />
          <Button onClick={() => setCreating(true)}>{t('training.sessions.new')}</Button>
        </Group>
      </Group>
      <Filters filter={filter} errors={fieldErrors(sessions.error)} />
      <ErrorAlert error={sessions.error} />
      {sessions.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('training.sessions.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder aria-label={t('training.tabs.sessions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.fields.session')}</Table.Th>
                <Table.Th>{t('training.fields.course')}</Table.Th>
                <Table.Th>{t('training.fields.dates')}</Table.Th>
                <Table.Th>{t('training.fields.place')}</Table.Th>
                <Table.Th>{t('training.fields.trainers')}</Table.Th>
                <Table.Th ta="end">{t('training.sessions.enrolled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((session) => (
                <Table.Tr key={session.id}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/training/sessions/$id" params={{ id: session.id }} />
                      )}
                    >
                      {session.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{session.courseTitle}</Table.Td>
                  <Table.Td>{format.dates(session.startDate, session.endDate)}</Table.Td>
                  <Table.Td>{format.place(session)}</Table.Td>
                  <Table.Td>{format.list(session.trainers)}</Table.Td>
                  <Table.Td ta="end">
                    {t('training.sessions.ofCapacity', {
                      count: session.participants,
                      capacity: session.capacity,
                    })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <SessionForm
          courseId={filter.courseId}
          onClose={() => setCreating(false)}
          onCreated={(session) => void navigate({ to: '/training/sessions/$id', params: { id: session.id } })}
        />
      )}
    </Stack>
  );
}
