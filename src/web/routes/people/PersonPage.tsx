/** One person: identity, flags, photo, documents, family, edit, history and merges. */
import { Alert, Anchor, Badge, Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { latinName, personQuery, uploadPhoto, type Person } from './peopleApi';
import { PersonEditForm } from './PersonEditForm';
import { DocumentsPanel } from './DocumentsPanel';
import { FamilyPanel } from './FamilyPanel';
import { HistoryPanel, MergesPanel } from './HistoryPanel';
import { Codes } from './PersonName';

const route = getRouteApi('/app/people/$id');

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

function ageText(person: Person, t: ReturnType<typeof useTranslation>['t']): string {
  if (!person.age) {
    return '—';
  }
  return person.age.min === person.age.max
    ? t('people.ageExact', { age: person.age.min })
    : t('people.ageRange', { min: person.age.min, max: person.age.max });
}

function PhotoCard({ person }: { person: Person }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadPhoto(person.id, file, me.csrfToken),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people', 'person', person.id] });
      notifySuccess(t('people.photo.saved'));
    },
  });
  return (
    <Stack gap="xs" align="center">
      {person.hasPhoto ? (
        <Image
          src={`/api/people/${person.id}/photo?v=${person.version}`}
          alt={t('people.photo.alt', { name: latinName(person) })}
          w={160}
          h={200}
          fit="cover"
          radius="sm"
        />
      ) : (
        <Paper withBorder w={160} h={200} p="sm">
          <Text c="dimmed" size="sm" ta="center">
            {t('people.photo.none')}
          </Text>
        </Paper>
      )}
      {person.can.edit && (
        <FileButton onChange={(file) => file && upload.mutate(file)} accept="image/jpeg,image/png">
          {(props) => (
            <Button {...props} size="xs" variant="light" loading={upload.isPending}>
              {t('people.photo.upload')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}

/** The person page, by id from the address. */
export function PersonPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = route.useParams();
  const { data: person, error, isPending } = useQuery(personQuery(id));
  const [editing, setEditing] = useState(false);
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!person) {
    return <ErrorAlert error={error} />;
  }
  const name = latinName(person) || person.originalName || person.registrationNumber;
  return (
    <Stack gap="md">
      <PageTitle>{name}</PageTitle>
      <Group gap="xs">
        <Ltr mono>{person.registrationNumber}</Ltr>
        {person.originalName && (
          <Text dir="auto" fw={600} size="lg">
            {person.originalName}
          </Text>
        )}
      </Group>
      {person.mergedInto && (
        <Alert color="blue" title={t('people.mergedNoticeTitle')}>
          {t('people.mergedNotice')}{' '}
          <Anchor component={Link} to={`/people/${person.mergedInto}`}>
            {t('people.openSurvivor')}
          </Anchor>
        </Alert>
      )}
      {(person.minor || person.possiblyUnaccompanied) && (
        <Alert color="orange" variant="filled" title={t('people.protectionTitle')} role="alert">
          <Group gap="xs">
            {person.minor && <Badge color="white" c="orange.9">{t('people.minor')}</Badge>}
            {person.possiblyUnaccompanied && (
              <Badge color="white" c="red.9">
                {t('people.possiblyUnaccompanied')}
              </Badge>
            )}
          </Group>
        </Alert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <PhotoCard person={person} />
        <Stack gap="sm" style={{ flex: '1 1 24rem' }}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <Fact label={t('people.fields.surname')}>
              <span dir="auto">{person.surname || '—'}</span>
            </Fact>
            <Fact label={t('people.fields.givenNames')}>
              <span dir="auto">{person.givenNames || '—'}</span>
            </Fact>
            <Fact label={t('people.fields.originalName')}>
              <span dir="auto">{person.originalName ?? '—'}</span>
            </Fact>
            <Fact label={t('people.fields.sex')}>{t(`people.sexes.${person.sex as 'M'}`, { defaultValue: person.sex })}</Fact>
            <Fact label={t('people.fields.dateOfBirth')}>
              <Ltr mono>{person.dateOfBirth ?? '—'}</Ltr>
              {person.dateOfBirthEstimated && ` (${t('people.estimated')})`}
            </Fact>
            <Fact label={t('people.fields.age')}>{ageText(person, t)}</Fact>
            <Fact label={t('people.fields.placeOfBirth')}>
              <span dir="auto">{person.placeOfBirth ?? '—'}</span>
            </Fact>
            <Fact label={t('people.fields.nationalities')}>
              <Codes codes={person.nationalities} />
            </Fact>
            <Fact label={t('people.fields.languages')}>
              <Codes codes={person.languages} />
            </Fact>
            <Fact label={t('people.fields.legalStatus')}>
              {person.legalStatus ? t(`people.legalStatuses.${person.legalStatus as 'refugee'}`, { defaultValue: person.legalStatus }) : '—'}
            </Fact>
            <Fact label={t('people.fields.sensitivity')}>
              {person.sensitivity.length > 0 ? (
                <Group gap={4}>
                  {person.sensitivity.map((label) => (
                    <Badge key={label} color="grape" variant="light">
                      {t(`clearances.${label as 'health'}`, { defaultValue: label })}
                    </Badge>
                  ))}
                </Group>
              ) : (
                '—'
              )}
            </Fact>
            <Fact label={t('people.fields.otherNames')}>
              {person.otherNames.length > 0 ? (
                <span dir="auto">{person.otherNames.map((n) => n.name).join(', ')}</span>
              ) : (
                '—'
              )}
            </Fact>
          </SimpleGrid>
          {person.can.edit && (
            <Group>
              <Button onClick={() => setEditing(true)}>{t('people.edit.open')}</Button>
            </Group>
          )}
        </Stack>
      </Group>
      <Tabs defaultValue="documents" keepMounted={false}>
        <Tabs.List aria-label={t('people.sectionsLabel')}>
          <Tabs.Tab value="documents">{t('people.documents.title')}</Tabs.Tab>
          <Tabs.Tab value="family">{t('people.family.title')}</Tabs.Tab>
          <Tabs.Tab value="status">{t('people.statusHistory')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('people.history.title')}</Tabs.Tab>
          <Tabs.Tab value="merges">{t('people.merges.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="family" pt="md">
          <FamilyPanel person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="status" pt="md">
          {person.legalStatuses.length === 0 ? (
            <Text c="dimmed">{t('people.noStatuses')}</Text>
          ) : (
            <Table withTableBorder aria-label={t('people.statusHistory')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.fields.legalStatus')}</Table.Th>
                  <Table.Th>{t('people.validFrom')}</Table.Th>
                  <Table.Th>{t('people.validTo')}</Table.Th>
                  <Table.Th>{t('people.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {person.legalStatuses.map((status) => (
                  <Table.Tr key={status.id}>
                    <Table.Td>{t(`people.legalStatuses.${status.status as 'refugee'}`, { defaultValue: status.status })}</Table.Td>
                    <Table.Td>{format.date(status.validFrom)}</Table.Td>
                    <Table.Td>{format.date(status.validTo)}</Table.Td>
                    <Table.Td>{status.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel personId={person.id} />
        </Tabs.Panel>
        <Tabs.Panel value="merges" pt="md">
          <MergesPanel person={person} />
        </Tabs.Panel>
      </Tabs>
      {editing && <PersonEditForm person={person} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
