/**
 * A person's reception and asylum overview: stays and services, applications, vulnerability screenings
 * (only what the caller is cleared for), the minor file, and follow-ups. Used on its own page and as a tab
 * of the person page.
 */
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, hasStatus } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useDay } from './ApplicationPage';
import { personAsylumQuery, useAsylumWrite, type PersonAsylum } from './asylumApi';
import { DeadlineBadge, StatusBadge } from './AsylumBadges';
import { FollowUpsTable } from './FollowUpsPage';
import { LodgeDialog } from './LodgeDialog';
import { PlacementsHistory } from './PlacementsHistory';
import { FlaggedBadges, ScreeningDialog, ScreeningView } from './Screening';

function Applications({ overview }: { overview: PersonAsylum }) {
  const { t } = useTranslation();
  const day = useDay();
  const [lodging, setLodging] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby="person-applications">
      <Group justify="space-between">
        <Title order={3} size="h4" id="person-applications">{t('asylum.person.applications')}</Title>
        {overview.can.lodge && <Button size="xs" onClick={() => setLodging(true)}>{t('asylum.lodge.title')}</Button>}
      </Group>
      {overview.applications.length === 0 ? (
        <Text c="dimmed">{t('asylum.person.noApplications')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('asylum.person.applications')}>
          <Table.Tbody>
            {overview.applications.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor renderRoot={(props) => <Link {...props} to="/reception/applications/$id" params={{ id: a.id }} />}>
                    <Ltr mono>{a.number}</Ltr>
                  </Anchor>
                </Table.Th>
                <Table.Td><StatusBadge status={a.status} /></Table.Td>
                <Table.Td>{day(a.lodgedOn)}</Table.Td>
                <Table.Td>{a.deadline ? <DeadlineBadge deadline={a.deadline} /> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lodging && <LodgeDialog person={overview.person} onClose={() => setLodging(false)} />}
    </Stack>
  );
}

function Vulnerability({ overview }: { overview: PersonAsylum }) {
  const { t } = useTranslation();
  const day = useDay();
  const [screening, setScreening] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="person-vulnerability">
      <Group justify="space-between">
        <Title order={3} size="h4" id="person-vulnerability">{t('asylum.screening.title')}</Title>
        {overview.can.screen && <Button size="xs" onClick={() => setScreening(true)}>{t('asylum.screening.start')}</Button>}
      </Group>
      <Group gap="xs">
        <Text size="sm">{t('asylum.screening.current')}</Text>
        <FlaggedBadges flagged={[...new Set(overview.vulnerabilities.map((v) => v.category))]} />
      </Group>
      {overview.screenings.length === 0 ? (
        <Text c="dimmed">{t('asylum.screening.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('asylum.screening.title')}>
          <Table.Tbody>
            {overview.screenings.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{day(s.screenedOn)}</Table.Td>
                <Table.Td><FlaggedBadges flagged={s.flagged} /></Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setViewing(s.id)} aria-label={t('asylum.screening.viewOf', { date: day(s.screenedOn) })}>
                    {t('asylum.screening.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {screening && <ScreeningDialog person={overview.person} onClose={() => setScreening(false)} />}
      {viewing && <ScreeningView id={viewing} onClose={() => setViewing(null)} />}
    </Stack>
  );
}

function MinorFileCard({ overview }: { overview: PersonAsylum }) {
  const { t } = useTranslation();
  const open = useAsylumWrite(() => api.post('/api/asylum/minors', { personId: overview.person.id }));
  const file = overview.minorFile;
  if (!file && !overview.can.openMinorFile) {
    return null;
  }
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('asylum.minors.file')}>
      <Group justify="space-between">
        <Text fw={600}>{t('asylum.minors.file')}</Text>
        {file ? (
          <Anchor renderRoot={(props) => <Link {...props} to="/reception/minors/$personId" params={{ personId: overview.person.id }} />}>
            {t('asylum.minors.openFile')}
          </Anchor>
        ) : (
          <Button size="xs" variant="light" loading={open.isPending} onClick={() => open.mutate(undefined, { onSuccess: () => notifySuccess(t('asylum.minors.fileOpened')), onError: notifyError })}>
            {t('asylum.minors.openNew')}
          </Button>
        )}
      </Group>
      {file && (
        <Text size="sm">
          {file.unaccompanied ? t('asylum.minors.unaccompanied') : t('asylum.minors.accompanied')} ·{' '}
          {file.representative ? t('asylum.minors.representedBy', { name: file.representative.name }) : t('asylum.minors.noRepresentative')}
        </Text>
      )}
    </Card>
  );
}

/** Every reception and asylum section of one person. */
export function PersonAsylumSections({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const overview = useQuery(personAsylumQuery(personId));
  return (
    <Stack gap="lg">
      <PlacementsHistory personId={personId} />
      {!hasStatus(overview.error, 404) && <ErrorAlert error={overview.error} />}
      {overview.data && (
        <>
          <Applications overview={overview.data} />
          <Vulnerability overview={overview.data} />
          <MinorFileCard overview={overview.data} />
          {overview.data.followUps.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h4">{t('reception.tabs.followUps')}</Title>
              <FollowUpsTable rows={overview.data.followUps} />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
