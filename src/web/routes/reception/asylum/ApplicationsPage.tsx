/** The applications tab: deadlines due and overdue first, then every application with status and number filters. */
import { Anchor, Button, Card, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { personName } from '../PersonPicker';
import { applicationsQuery, APPLICATION_STATUSES, deadlinesQuery, type ApplicationStatus } from './asylumApi';
import { DeadlineBadge, StatusBadge } from './AsylumBadges';
import { LodgeDialog } from './LodgeDialog';

const PAGE = 50;

function ApplicationLink({ id, number }: { id: string; number: string }) {
  return (
    <Anchor renderRoot={(props) => <Link {...props} to="/reception/applications/$id" params={{ id }} />}>
      <Ltr mono>{number}</Ltr>
    </Anchor>
  );
}

function DeadlinesCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const deadlines = useQuery(deadlinesQuery);
  const rows = deadlines.data?.deadlines ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="asylum-deadlines">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={3} size="h4" id="asylum-deadlines">
          {t('asylum.deadlines.title')}
        </Title>
        <ExportButton path="/api/asylum/deadlines/export" params={{}} disabled={rows.length === 0} />
      </Group>
      <ErrorAlert error={deadlines.error} />
      {deadlines.data && rows.length === 0 && <Text c="dimmed">{t('asylum.deadlines.none')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label={t('asylum.deadlines.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('asylum.fields.number')}</Table.Th>
                <Table.Th>{t('asylum.fields.applicant')}</Table.Th>
                <Table.Th>{t('asylum.fields.status')}</Table.Th>
                <Table.Th>{t('asylum.deadlines.due')}</Table.Th>
                <Table.Th>{t('asylum.deadlines.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.applicationId}-${row.kind}`}>
                  <Table.Th scope="row" fw="normal"><ApplicationLink id={row.applicationId} number={row.number} /></Table.Th>
                  <Table.Td dir="auto">{personName(row.person)}</Table.Td>
                  <Table.Td><StatusBadge status={row.status} /></Table.Td>
                  <Table.Td>{format.date(`${row.dueOn}T12:00:00Z`)}</Table.Td>
                  <Table.Td><DeadlineBadge deadline={row} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** The applications tab. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [lodging, setLodging] = useState(false);
  const applications = useQuery({
    ...applicationsQuery({ status: status ?? undefined, q: q || undefined, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  });
  const rows = applications.data?.applications ?? [];
  const pages = Math.max(1, Math.ceil((applications.data?.total ?? 0) / PAGE));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('asylum.applications.intro')}</Text>
        <Group gap="xs">
          <ExportButton path="/api/asylum/applications/export" params={{ status, q }} />
          {applications.data?.can.lodge && <Button onClick={() => setLodging(true)}>{t('asylum.lodge.title')}</Button>}
        </Group>
      </Group>
      <DeadlinesCard />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('asylum.fields.status')}
          placeholder={t('asylum.applications.anyStatus')}
          data={APPLICATION_STATUSES.map((value) => ({ value, label: t(`asylum.statuses.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(APPLICATION_STATUSES.find((s) => s === value) ?? null);
            setPage(1);
          }}
          clearable
        />
        <TextInput
          label={t('asylum.applications.numberSearch')}
          dir="ltr"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      <ErrorAlert error={applications.error} />
      {applications.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('asylum.applications.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder aria-label={t('reception.tabs.applications')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('asylum.fields.number')}</Table.Th>
                <Table.Th>{t('asylum.fields.applicant')}</Table.Th>
                <Table.Th>{t('asylum.fields.status')}</Table.Th>
                <Table.Th>{t('asylum.fields.lodgedOn')}</Table.Th>
                <Table.Th>{t('asylum.fields.site')}</Table.Th>
                <Table.Th>{t('asylum.deadlines.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw="normal"><ApplicationLink id={a.id} number={a.number} /></Table.Th>
                  <Table.Td dir="auto">{personName(a.person)}</Table.Td>
                  <Table.Td><StatusBadge status={a.status} /></Table.Td>
                  <Table.Td>{format.date(`${a.lodgedOn}T12:00:00Z`)}</Table.Td>
                  <Table.Td>{a.site.name}</Table.Td>
                  <Table.Td>{a.deadline ? <DeadlineBadge deadline={a.deadline} /> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('asylum.applications.pages')} />}
      {lodging && <LodgeDialog onClose={() => setLodging(false)} />}
    </Stack>
  );
}
