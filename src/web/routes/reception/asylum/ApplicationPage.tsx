/** One application: applicant, status, dates and deadlines, the steps the caller may take, interviews, decision, appeals, history. */
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useFormat } from '../../../format';
import { Fact } from '../../documents/DocumentFacts';
import { personName } from '../PersonPicker';
import { ApplicationActions } from './ApplicationActions';
import { applicationQuery, type Application } from './asylumApi';
import { DeadlineBadge, StatusBadge } from './AsylumBadges';

const route = getRouteApi('/app/reception/applications/$id');

/** A day (YYYY-MM-DD) in the interface language, or a dash. */
export function useDay() {
  const format = useFormat();
  return (day: string | null | undefined) => (day ? format.date(`${day}T12:00:00Z`) : '—');
}

function Facts({ application }: { application: Application }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Fact label={t('asylum.fields.applicant')}>
          <Anchor renderRoot={(props) => <Link {...props} to="/reception/people/$personId" params={{ personId: application.person.id }} />}>
            <span dir="auto">{personName(application.person)}</span>
          </Anchor>
        </Fact>
        <Fact label={t('asylum.fields.status')}><StatusBadge status={application.status} /></Fact>
        <Fact label={t('asylum.fields.lodgedOn')}>{day(application.lodgedOn)}</Fact>
        <Fact label={t('asylum.fields.site')}>{application.site.name}</Fact>
        <Fact label={t('asylum.fields.decisionDueOn')}>{day(application.decisionDueOn)}</Fact>
        <Fact label={t('asylum.fields.decision')}>
          {application.decision ? `${t(`asylum.outcomes.${application.decision.outcome as 'rejected'}`, { defaultValue: application.decision.outcome })} · ${day(application.decision.decidedOn)}` : '—'}
        </Fact>
        <Fact label={t('asylum.decision.notifiedOn')}>{day(application.notifiedOn)}</Fact>
        <Fact label={t('asylum.fields.appealDueOn')}>{day(application.appealDueOn)}</Fact>
      </SimpleGrid>
      {application.deadlines.length > 0 && (
        <Group gap="xs" mt="sm">
          {application.deadlines.map((d) => <DeadlineBadge key={d.kind} deadline={d} />)}
        </Group>
      )}
      {application.note && <Text mt="sm" size="sm">{application.note}</Text>}
    </Card>
  );
}

function Interviews({ application }: { application: Application }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Stack gap="xs" component="section" aria-labelledby="asylum-interviews">
      <Title order={3} size="h4" id="asylum-interviews">{t('asylum.interview.title')}</Title>
      {application.interviews.length === 0 ? (
        <Text c="dimmed">{t('asylum.interview.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('asylum.interview.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('asylum.interview.heldOn')}</Table.Th>
              <Table.Th>{t('asylum.interview.interviewer')}</Table.Th>
              <Table.Th>{t('asylum.interview.language')}</Table.Th>
              <Table.Th>{t('asylum.fields.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {application.interviews.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{day(i.heldOn)}</Table.Td>
                <Table.Td>{i.interviewer}</Table.Td>
                <Table.Td>{i.interpreterLanguageName ?? i.interpreterLanguage ?? t('asylum.interview.noInterpreter')}</Table.Td>
                <Table.Td>{i.notes ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Appeals({ application }: { application: Application }) {
  const { t } = useTranslation();
  const day = useDay();
  if (application.appeals.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="asylum-appeals">
      <Title order={3} size="h4" id="asylum-appeals">{t('asylum.appeal.title')}</Title>
      <Table striped withTableBorder aria-label={t('asylum.appeal.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('asylum.appeal.lodgedOn')}</Table.Th>
            <Table.Th>{t('asylum.appeal.court')}</Table.Th>
            <Table.Th>{t('asylum.appeal.against')}</Table.Th>
            <Table.Th>{t('asylum.appeal.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {application.appeals.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{day(a.lodgedOn)}</Table.Td>
              <Table.Td>{a.court ?? '—'}</Table.Td>
              <Table.Td>{t(`asylum.statuses.${a.appealedFrom as 'rejected'}`, { defaultValue: a.appealedFrom })}</Table.Td>
              <Table.Td>{a.outcome ? `${t(`asylum.appealOutcomes.${a.outcome as 'dismissed'}`, { defaultValue: a.outcome })} · ${day(a.outcomeOn)}` : t('asylum.appeal.pending')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function History({ application }: { application: Application }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="section" aria-labelledby="asylum-history">
      <Title order={3} size="h4" id="asylum-history">{t('asylum.history.title')}</Title>
      <Timeline bulletSize={14} lineWidth={2} active={application.history.length}>
        {application.history.map((entry, index) => (
          <Timeline.Item key={index} title={t(`asylum.history.actions.${entry.action as 'lodge'}`, { defaultValue: entry.action })}>
            <Text size="sm">
              {format.dateTime(entry.at)} · {entry.by}
              {entry.toStatus ? ` · ${t(`asylum.statuses.${entry.toStatus as 'lodged'}`, { defaultValue: entry.toStatus })}` : ''}
            </Text>
            {entry.detail && Object.keys(entry.detail).some((key) => !key.endsWith('Id')) && (
              <Text size="sm" c="dimmed" dir="auto">
                {Object.entries(entry.detail)
                  .filter(([key, value]) => value !== null && value !== undefined && value !== '' && !key.endsWith('Id'))
                  .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
                  .join(' · ')}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** The application page, by id from the address. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { data: application, error, isPending } = useQuery(applicationQuery(id));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!application) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reception/applications" size="sm">{t('asylum.applications.back')}</Anchor>
      <PageTitle>{t('asylum.applications.titleOf', { number: application.number })}</PageTitle>
      <Facts application={application} />
      <ApplicationActions application={application} />
      <Interviews application={application} />
      <Appeals application={application} />
      <History application={application} />
    </Stack>
  );
}
