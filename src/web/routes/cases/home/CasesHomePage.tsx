/**
 * The caseworker's home: reminders, tasks overdue and due today, referrals waiting for my organisation, cases
 * referred to it that it works on, and my cases.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { useFormat } from '../../../format';
import { useReadReminder } from '../caseActions';
import { casesHomeQuery, referralsQuery, type Reminder } from '../casesApi';
import { CaseLink, CasesTable } from '../common/CasesTable';
import { ReferralsTable } from '../common/ReferralsTable';
import { TasksTable } from '../common/TasksTable';

/** A titled part of the home page, with what can be done with it beside the title (e.g. an export). */
export function HomeSection({ title, count, action, children }: { title: string; count?: number; action?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={3} size="h4" id={id}>
          {title}
          {count !== undefined && ` (${count})`}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function Reminders({ reminders }: { reminders: readonly Reminder[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const read = useReadReminder();
  const unread = reminders.filter((r) => !r.readAt);
  if (unread.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" aria-label={t('cases.home.reminders')} role="list">
      {unread.map((reminder) => (
        <Alert
          key={reminder.id}
          role="listitem"
          color={reminder.kind === 'overdue' ? 'red' : 'yellow'}
          title={t(`cases.home.reminderKinds.${reminder.kind}`)}
        >
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              <span dir="auto">{reminder.task.title}</span> · <CaseLink id={reminder.case.id} reference={reminder.case.reference} /> ·{' '}
              {t('cases.home.dueAt', { at: format.dateTime(reminder.task.dueAt) })}
            </Text>
            <Button size="xs" variant="default" loading={read.isPending} onClick={() => read.mutate(reminder.id)}>
              {t('cases.home.markRead')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}

/** Cases referred to my organisation and accepted: open them, complete the referral when the work is done. */
function ActiveReferrals() {
  const { t } = useTranslation();
  const active = useQuery(referralsQuery({ direction: 'incoming', status: 'accepted' }));
  if (!active.data || active.data.length === 0) {
    return null;
  }
  return (
    <HomeSection
      title={t('cases.home.referralsActive')}
      count={active.data.length}
      action={<ExportButton path="/api/cases/referrals/export" params={{ direction: 'incoming', status: 'accepted' }} />}
    >
      <ReferralsTable referrals={active.data} label={t('cases.home.referralsActive')} />
    </HomeSection>
  );
}

/** The home tab. */
export function CasesHomePage() {
  const { t } = useTranslation();
  const home = useQuery(casesHomeQuery);
  if (home.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!home.data) {
    return <ErrorAlert error={home.error} />;
  }
  const { myCases, tasksDueToday, tasksOverdue, referralsWaiting, reminders } = home.data;
  return (
    <Stack gap="md">
      <Reminders reminders={reminders} />
      <HomeSection title={t('cases.home.overdue')} count={tasksOverdue.length}>
        <TasksTable tasks={tasksOverdue} label={t('cases.home.overdue')} empty={t('cases.home.noneOverdue')} />
      </HomeSection>
      <HomeSection title={t('cases.home.dueToday')} count={tasksDueToday.length}>
        <TasksTable tasks={tasksDueToday} label={t('cases.home.dueToday')} empty={t('cases.home.noneToday')} />
      </HomeSection>
      <HomeSection
        title={t('cases.home.referralsWaiting')}
        count={referralsWaiting.length}
        action={<ExportButton path="/api/cases/referrals/export" params={{ direction: 'incoming', status: 'pending' }} disabled={referralsWaiting.length === 0} />}
      >
        <ReferralsTable referrals={referralsWaiting} label={t('cases.home.referralsWaiting')} />
      </HomeSection>
      <ActiveReferrals />
      <HomeSection title={t('cases.home.myCases')} count={myCases.length}>
        <CasesTable cases={myCases} label={t('cases.home.myCases')} />
      </HomeSection>
    </Stack>
  );
}
