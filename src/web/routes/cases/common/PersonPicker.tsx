/** Picks a person of the registry by typing a name or a number (the people search), with the keyboard. */
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@mantine/hooks';
import { latinName, personQuery, searchQuery } from '../../people/peopleApi';

/** The picker; `value` is the person's id. */
export function PersonPicker({
  value,
  onChange,
  label,
  error,
  required,
}: {
  value: string | null;
  onChange: (personId: string | null) => void;
  label?: string;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const results = useQuery({ ...searchQuery({ q: debounced }), enabled: debounced.length >= 2 });
  const chosen = useQuery({ ...personQuery(value ?? ''), enabled: !!value });
  const options = (results.data?.results ?? []).map(({ person }) => ({
    value: person.id,
    label: `${latinName(person) || person.originalName || person.registrationNumber} · ${person.registrationNumber}${person.dateOfBirth ? ` · ${person.dateOfBirth}` : ''}`,
  }));
  if (value && chosen.data && !options.some((o) => o.value === value)) {
    options.unshift({
      value,
      label: `${latinName(chosen.data) || chosen.data.registrationNumber} · ${chosen.data.registrationNumber}`,
    });
  }
  return (
    <Select
      label={label ?? t('cases.person.label')}
      placeholder={t('cases.person.placeholder')}
      description={t('cases.person.hint')}
      searchable
      clearable
      required={required}
      filter={({ options: all }) => all}
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={debounced.length >= 2 && !results.isFetching ? t('cases.person.nobody') : undefined}
      error={error}
    />
  );
}
