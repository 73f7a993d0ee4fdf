/** The people registry search: name (any script), date of birth, nationality, document and registration numbers. */
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { Ltr } from '../../components/Ltr';
import { PageTitle } from '../../components/PageTitle';
import { hasCriteria, searchQuery, type SearchCriteria } from './peopleApi';
import { PeopleTabs } from './PeopleTabs';
import { BirthLine, Codes, PersonName, Reasons, ScoreBar } from './PersonName';

const route = getRouteApi('/app/people');

/** The search form and its results; the criteria live in the address, so the header search runs on load. */
export function PeoplePage() {
  const criteria = route.useSearch();
  // A new search in the address (e.g. from the header box) starts the form afresh.
  return <PeopleSearch key={JSON.stringify(criteria)} criteria={criteria} />;
}

function PeopleSearch({ criteria }: { criteria: SearchCriteria }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<SearchCriteria>(criteria);
  const search = useQuery(searchQuery(criteria));
  const errors = fieldErrors(search.error);
  const set = (key: keyof SearchCriteria) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setForm((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = (value: string | undefined) => value?.trim() || undefined;
    void navigate({
      to: '/people',
      search: {
        q: clean(form.q),
        dateOfBirth: clean(form.dateOfBirth),
        nationality: clean(form.nationality)?.toUpperCase(),
        document: clean(form.document),
        registrationNumber: clean(form.registrationNumber),
      },
    });
  };
  const results = search.data?.results;
  return (
    <Stack gap="md">
      <PageTitle>{t('modules.people.title')}</PageTitle>
      <PeopleTabs />
      <form role="search" aria-label={t('people.searchForm')} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <TextInput
              label={t('people.fields.name')}
              description={t('people.fields.nameHint')}
              dir="auto"
              value={form.q ?? ''}
              onChange={set('q')}
              error={errors.q}
              data-autofocus
            />
            <TextInput
              label={t('people.fields.dateOfBirth')}
              description={t('people.fields.dateOfBirthHint')}
              dir="ltr"
              value={form.dateOfBirth ?? ''}
              onChange={set('dateOfBirth')}
              error={errors.dateOfBirth}
            />
            <TextInput
              label={t('people.fields.nationality')}
              description={t('people.fields.nationalityHint')}
              dir="ltr"
              maxLength={3}
              value={form.nationality ?? ''}
              onChange={set('nationality')}
              error={errors.nationality}
            />
            <TextInput
              label={t('people.fields.documentNumber')}
              dir="ltr"
              value={form.document ?? ''}
              onChange={set('document')}
              error={errors.document}
            />
            <TextInput
              label={t('people.fields.registrationNumber')}
              dir="ltr"
              value={form.registrationNumber ?? ''}
              onChange={set('registrationNumber')}
              error={errors.registrationNumber}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={search.isFetching}>
              {t('people.search')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={search.error} />
      {!hasCriteria(criteria) && <Text c="dimmed">{t('people.searchIntro')}</Text>}
      <Group justify="space-between">
        {criteria.q ? (
          <Text>
            {t('people.searchedFor')} <strong dir="auto">{criteria.q}</strong>
          </Text>
        ) : (
          <span />
        )}
        {results && results.length > 0 && <ExportButton path="/api/people/search/export" params={{ ...criteria }} />}
      </Group>
      {results && results.length === 0 && <Alert color="gray">{t('people.noResults')}</Alert>}
      {results && results.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder aria-label={t('people.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.fields.registrationNumber')}</Table.Th>
                <Table.Th>{t('people.fields.name')}</Table.Th>
                <Table.Th>{t('people.fields.dateOfBirth')}</Table.Th>
                <Table.Th>{t('people.fields.nationalities')}</Table.Th>
                <Table.Th>{t('people.score')}</Table.Th>
                <Table.Th>{t('people.reasons')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.map(({ person, score, reasons }) => {
                const open = () => void navigate({ to: '/people/$id', params: { id: person.id } });
                return (
                  <Table.Tr
                    key={person.id}
                    onClick={open}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        open();
                      }
                    }}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-person={person.id}
                  >
                    <Table.Td>
                      <Ltr mono>{person.registrationNumber}</Ltr>
                    </Table.Td>
                    <Table.Td>
                      <PersonName person={person} />
                    </Table.Td>
                    <Table.Td>
                      <BirthLine person={person} />
                    </Table.Td>
                    <Table.Td>
                      <Codes codes={person.nationalities} />
                    </Table.Td>
                    <Table.Td>
                      <ScoreBar score={score} />
                    </Table.Td>
                    <Table.Td>
                      <Reasons reasons={reasons} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
