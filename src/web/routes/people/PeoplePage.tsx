/** The people registry: for now it receives the header search and says the registry screens are coming. */
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

const route = getRouteApi('/app/people');

/** The people page, reading `q` from the address. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { q } = route.useSearch();
  const navigate = useNavigate();
  const [query, setQuery] = useState(q ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ to: '/people', search: { q: query.trim() || undefined } });
  };
  return (
    <Stack gap="md">
      <PageTitle>{t('modules.people.title')}</PageTitle>
      <form role="search" onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('people.query')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            style={{ flex: '1 1 20rem' }}
          />
          <Button type="submit">{t('people.search')}</Button>
        </Group>
      </form>
      {q && (
        <Text>
          {t('people.searchedFor')} <strong>{q}</strong>
        </Text>
      )}
      <Alert color="blue" title={t('people.comingTitle')}>
        {t('people.comingBody')}
      </Alert>
    </Stack>
  );
}
