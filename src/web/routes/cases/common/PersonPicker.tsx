/** Picks a person of the registry by typing a name or a number (the people search), with the keyboard. */
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@mantine/hooks';
import { latinName, personQuery, searchQuery, type PersonSummary } from '../../people/peopleApi';

/** What an option says: the name in Latin letters, the registration number and the date of birth. */
function optionLabel(person: PersonSummary): string {
  const name = latinName(person) || person.originalName || person.registrationNumber;
  return `${name} · ${person.registrationNumber}${person.dateOfBirth ? ` · ${person.dateOfBirth}` : ''}`;
}

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
  const chosen = useQuery({ ...personQuery(value ?? ''), enabled: !!value });
  const chosenLabel = value && chosen.data ? optionLabel(chosen.data) : null;
  // Once a person is chosen the box shows their label: that is not a new search.
  const searching = debounced.length >= 2 && debounced !== chosenLabel;
  const results = useQuery({ ...searchQuery({ q: debounced }), enabled: searching });
  const options = (searching ? (results.data?.results ?? []) : []).map(({ person }) => ({
    value: person.id,
    label: optionLabel(person),
  }));
  if (value && chosenLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosenLabel });
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
      nothingFoundMessage={searching && !results.isFetching ? t('cases.person.nobody') : undefined}
      error={error}
    />
  );
}
