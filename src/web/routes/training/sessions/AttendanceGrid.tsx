/**
 * Attendance as a grid: a row per participant, a column per session day, a checkbox in each cell. Each day
 * is saved on its own (its button under the date), so a trainer records the day that just ended.
 */
import { Badge, Button, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { useTrainingFormat } from '../trainingFormat';
import { useSaveAttendance } from './sessionActions';
import type { SessionDetail } from './sessionsApi';

/** The attendance tab of the session page. */
export function AttendanceGrid({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const save = useSaveAttendance(session.id);
  // Changes not saved yet, per day and participant.
  const [edits, setEdits] = useState<Record<string, Record<string, boolean>>>({});
  const [savingDay, setSavingDay] = useState<string | null>(null);
  const threshold = session.course.attendanceThreshold;
  if (session.participants.length === 0) {
    return <Text c="dimmed">{t('training.participants.none')}</Text>;
  }
  const checked = (day: string, participantId: string, recorded: boolean | undefined) =>
    edits[day]?.[participantId] ?? recorded ?? false;
  const saveDay = (day: string) => {
    const present = Object.fromEntries(
      session.participants.map((p) => [p.id, checked(day, p.id, p.attendance[day])]),
    );
    setSavingDay(day);
    save.mutate(
      { day, present },
      {
        onSuccess: () => {
          setEdits((all) => Object.fromEntries(Object.entries(all).filter(([edited]) => edited !== day)));
          notifySuccess(t('training.attendance.saved', { day: format.date(day) }));
        },
        onSettled: () => setSavingDay(null),
      },
    );
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('training.attendance.intro', { threshold: format.percent(threshold) })}</Text>
      <ErrorAlert error={save.error} />
      <Table.ScrollContainer minWidth={320 + session.days.length * 110}>
        <Table withTableBorder withColumnBorders aria-label={t('training.attendance.title')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.fields.name')}</Table.Th>
              {session.days.map((day) => (
                <Table.Th key={day} ta="center">
                  <Stack gap={4} align="center">
                    <span>{format.date(day)}</span>
                    {session.participants.every((p) => p.attendance[day] === undefined) && !edits[day] && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('training.attendance.notRecorded')}
                      </Badge>
                    )}
                    <Button
                      size="compact-xs"
                      variant={edits[day] ? 'filled' : 'light'}
                      loading={savingDay === day}
                      onClick={() => saveDay(day)}
                      aria-label={t('training.attendance.saveDay', { day: format.date(day) })}
                    >
                      {t('common.save')}
                    </Button>
                  </Stack>
                </Table.Th>
              ))}
              <Table.Th ta="end">{t('training.participants.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.participants.map((participant) => {
              const share = participant.attendancePercent;
              return (
                <Table.Tr key={participant.id}>
                  <Table.Th scope="row" fw="normal">
                    {participant.name}
                  </Table.Th>
                  {session.days.map((day) => (
                    <Table.Td key={day} ta="center">
                      <Checkbox
                        style={{ display: 'inline-block' }}
                        aria-label={t('training.attendance.presentOn', {
                          name: participant.name,
                          day: format.date(day),
                        })}
                        checked={checked(day, participant.id, participant.attendance[day])}
                        onChange={(event) => {
                          const present = event.currentTarget.checked;
                          setEdits((all) => ({ ...all, [day]: { ...all[day], [participant.id]: present } }));
                        }}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="end">
                    <Text span size="sm" c={share !== null && share >= threshold ? 'green.8' : undefined}>
                      {format.percent(share)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
