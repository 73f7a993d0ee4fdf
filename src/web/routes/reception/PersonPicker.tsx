/** Finds a person in the registry by name or number and picks one: a search field, then the matches as a list. */
import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../components/Ltr';
import { latinName, searchQuery, type PersonSummary } from '../people/peopleApi';

/** The name a list shows for a person: Latin name, else the original, else the registration number. */
export function personName(person: Pick<PersonSummary, 'givenNames' | 'surname' | 'originalName' | 'registrationNumber'> | null): string {
  if (!person) {
    return '—';
  }
  return latinName(person) || person.originalName || person.registrationNumber;
}

/** A search box (Enter searches, it does not submit the dialog) and the matches as radio buttons. */
export function PersonPicker({
  value,
  onChange,
  error,
  autoFocus,
}: {
  value: PersonSummary | null;
  onChange: (person: PersonSummary | null) => void;
  error?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const found = useQuery(searchQuery({ q: q || undefined }));
  const search = () => setQ(text.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  };
  const results = found.data?.results ?? [];
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('reception.person.search')}
          description={t('reception.person.searchHint')}
          dir="auto"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          data-autofocus={autoFocus || undefined}
          error={error}
          style={{ flex: '1 1 14rem' }}
        />
        <Button variant="light" onClick={search} loading={found.isFetching}>
          {t('reception.person.find')}
        </Button>
      </Group>
      {q && found.data && results.length === 0 && <Text c="dimmed">{t('reception.person.none')}</Text>}
      {results.length > 0 && (
        <Radio.Group
          label={t('reception.person.matches')}
          value={value?.id ?? null}
          onChange={(id) => onChange(results.find((r) => r.person.id === id)?.person ?? null)}
        >
          <Stack gap={4} mt={4}>
            {results.slice(0, 8).map(({ person }) => (
              <Radio
                key={person.id}
                value={person.id}
                label={
                  <span>
                    <span dir="auto">{personName(person)}</span> · <Ltr mono>{person.registrationNumber}</Ltr>
                    {person.dateOfBirth ? ` · ${person.dateOfBirth}` : ''}
                  </span>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
