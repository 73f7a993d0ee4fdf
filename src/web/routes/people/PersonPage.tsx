/** One person: identity, flags, photo, documents (their own and those we issued), family, contacts, legal status, edit, history and merges. */
import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { PageTitle } from '../../components/PageTitle';
import { can, useMe } from '../../session';
import { PersonDocumentsPanel } from '../documents/PersonDocumentsPanel';
import { PersonAsylumSections } from '../reception/asylum/PersonAsylum';
import { PersonCaseActions } from '../cases/PersonCaseActions';
import { SubjectAccessAction } from '../privacy/SubjectAccessAction';
import { latinName, personQuery, type Person } from './peopleApi';
import { ContactsPanel } from './ContactsPanel';
import { LegalStatusPanel } from './LegalStatusPanel';
import { PersonEditForm } from './PersonEditForm';
import { PersonPhoto } from './PersonPhoto';
import { DocumentsPanel } from './DocumentsPanel';
import { FamilyPanel } from './FamilyPanel';
import { HistoryPanel, MergesPanel } from './HistoryPanel';
import { Codes } from './PersonName';
import { TravelPanel } from './TravelPanel';

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

function ageText(person: Person, t: TFunction): string {
  if (!person.age) {
    return '—';
  }
  return person.age.min === person.age.max
    ? t('people.ageExact', { age: person.age.min })
    : t('people.ageRange', { min: person.age.min, max: person.age.max });
}

/** The person page, by id from the address. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const me = useMe();
  const showsTravel = can(me, ['border.crossings.read']);
  const showsIssued = can(me, ['documents.read']);
  const showsReception = can(me, ['reception.read']);
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
        <PersonPhoto person={person} />
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
                <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {person.otherNames.map((other, index) => (
                    <li key={index}>
                      <span dir="auto">{other.name}</span>{' '}
                      <Text span size="sm" c="dimmed">
                        ({t(`people.otherNames.kinds.${other.kind}`, { defaultValue: other.kind })})
                      </Text>
                    </li>
                  ))}
                </Stack>
              ) : (
                '—'
              )}
            </Fact>
          </SimpleGrid>
          <Group>
            {person.can.edit && <Button onClick={() => setEditing(true)}>{t('people.edit.open')}</Button>}
            <PersonCaseActions personId={person.id} />
            <SubjectAccessAction personId={person.id} name={name} />
          </Group>
        </Stack>
      </Group>
      <Tabs defaultValue="documents" keepMounted={false}>
        <Tabs.List aria-label={t('people.sectionsLabel')}>
          <Tabs.Tab value="documents">{t('people.documents.title')}</Tabs.Tab>
          {showsIssued && <Tabs.Tab value="issued">{t('documents.personPanel.title')}</Tabs.Tab>}
          <Tabs.Tab value="family">{t('people.family.title')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('people.contactsTab')}</Tabs.Tab>
          <Tabs.Tab value="status">{t('people.statusHistory')}</Tabs.Tab>
          {showsTravel && <Tabs.Tab value="travel">{t('border.desk.history.tab')}</Tabs.Tab>}
          {showsReception && <Tabs.Tab value="reception">{t('asylum.person.tab')}</Tabs.Tab>}
          <Tabs.Tab value="history">{t('people.history.title')}</Tabs.Tab>
          <Tabs.Tab value="merges">{t('people.merges.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel person={person} />
        </Tabs.Panel>
        {showsIssued && (
          <Tabs.Panel value="issued" pt="md">
            <PersonDocumentsPanel personId={person.id} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="family" pt="md">
          <FamilyPanel person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsPanel person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="status" pt="md">
          <LegalStatusPanel person={person} />
        </Tabs.Panel>
        {showsTravel && (
          <Tabs.Panel value="travel" pt="md">
            <TravelPanel person={person} />
          </Tabs.Panel>
        )}
        {showsReception && (
          <Tabs.Panel value="reception" pt="md">
            <PersonAsylumSections personId={person.id} />
          </Tabs.Panel>
        )}
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
