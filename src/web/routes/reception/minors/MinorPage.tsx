/** A minor's file: age and how it is known, unaccompanied or not, the legal representative (and the earlier ones), age assessments, family tracing. */
import { Anchor, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PageTitle } from '../../../components/PageTitle';
import { YesNo } from '../../../components/YesNo';
import { Fact } from '../../documents/DocumentFacts';
import { useDay } from '../asylum/ApplicationPage';
import { minorQuery, useAsylumWrite, type MinorFile } from '../asylum/asylumApi';
import { personName } from '../PersonPicker';
import { AssignDialog } from './AssignDialog';
import { useAgeText } from './MinorsPage';
import { AssessmentsSection, TracingSection } from './MinorRecords';

const route = getRouteApi('/app/reception/minors/$personId');
const FLAGS = ['derived', 'yes', 'no'] as const;

function UnaccompaniedSwitch({ file }: { file: MinorFile }) {
  const { t } = useTranslation();
  const save = useAsylumWrite((unaccompanied: boolean | null) => api.patch<MinorFile>(`/api/asylum/minors/${file.personId}`, { unaccompanied }));
  const value = file.manualFlag === null ? 'derived' : file.manualFlag ? 'yes' : 'no';
  return (
    <SegmentedControl
      aria-label={t('asylum.minors.manualFlag')}
      size="xs"
      disabled={!file.can.edit || save.isPending}
      data={FLAGS.map((flag) => ({ value: flag, label: t(`asylum.minors.flags.${flag}`) }))}
      value={value}
      onChange={(next) =>
        save.mutate(next === 'derived' ? null : next === 'yes', { onSuccess: () => notifySuccess(t('asylum.minors.flagSaved')), onError: notifyError })
      }
    />
  );
}

function RepresentativeSection({ file }: { file: MinorFile }) {
  const { t } = useTranslation();
  const day = useDay();
  const [assigning, setAssigning] = useState(false);
  const end = useAsylumWrite(() => api.delete<MinorFile>(`/api/asylum/minors/${file.personId}/representative`));
  return (
    <Stack gap="xs" component="section" aria-labelledby="minor-representative">
      <Group justify="space-between">
        <Title order={3} size="h4" id="minor-representative">{t('asylum.minors.representative')}</Title>
        {file.can.edit && (
          <Group gap="xs">
            <Button size="xs" onClick={() => setAssigning(true)}>
              {file.representative ? t('asylum.minors.reassign') : t('asylum.minors.assign')}
            </Button>
            {file.representative && (
              <Button size="xs" variant="default" loading={end.isPending} onClick={() => end.mutate(undefined, { onSuccess: () => notifySuccess(t('asylum.minors.ended')), onError: notifyError })}>
                {t('asylum.minors.endAssignment')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {file.representative ? (
        <Text>{t('asylum.minors.currentRepresentative', { name: file.representative.name, organisation: file.representative.organisation, from: day(file.representative.fromOn) })}</Text>
      ) : (
        <Badge color="red" variant="light">{t('asylum.minors.noRepresentative')}</Badge>
      )}
      {file.representatives.length > 0 && (
        <Table striped withTableBorder aria-label={t('asylum.minors.representativeHistory')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('asylum.minors.representative')}</Table.Th>
              <Table.Th>{t('asylum.representatives.organisation')}</Table.Th>
              <Table.Th>{t('asylum.minors.fromOn')}</Table.Th>
              <Table.Th>{t('asylum.minors.toOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {file.representatives.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.organisation}</Table.Td>
                <Table.Td>{day(r.fromOn)}</Table.Td>
                <Table.Td>{r.toOn ? day(r.toOn) : t('asylum.minors.current')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {assigning && <AssignDialog personId={file.personId} name={personName(file.person)} onClose={() => setAssigning(false)} />}
    </Stack>
  );
}

/** The minor page, by person id from the address. */
export function MinorPage() {
  const { t } = useTranslation();
  const { personId } = route.useParams();
  const day = useDay();
  const ageText = useAgeText();
  const { data: file, error, isPending } = useQuery(minorQuery(personId));
  if (isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!file) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/reception/minors" size="sm">{t('asylum.minors.back')}</Anchor>
      <PageTitle>{personName(file.person)}</PageTitle>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Fact label={t('asylum.minors.age')}>{ageText(file)}</Fact>
          <Fact label={t('asylum.minors.unaccompaniedColumn')}><YesNo value={file.unaccompanied} danger /></Fact>
          <Fact label={t('asylum.minors.adultFamily')}><YesNo value={file.hasAdultFamilyLink} /></Fact>
          <Fact label={t('asylum.minors.openedOn')}>{day(file.openedOn)}</Fact>
        </SimpleGrid>
        <Group mt="sm" gap="sm">
          <Text size="sm">{t('asylum.minors.manualFlag')}</Text>
          <UnaccompaniedSwitch file={file} />
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/reception/people/$personId" params={{ personId }} />}>
            {t('asylum.minors.personPage')}
          </Anchor>
        </Group>
        {file.note && <Text size="sm" mt="xs">{file.note}</Text>}
      </Card>
      <RepresentativeSection file={file} />
      <AssessmentsSection file={file} />
      <TracingSection file={file} />
    </Stack>
  );
}
