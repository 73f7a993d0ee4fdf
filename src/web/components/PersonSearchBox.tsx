/** The header's person search: Enter opens the people registry with the query. */
import { TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A search form for names or document numbers. */
export function PersonSearchBox({ onSearched }: { onSearched?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q) {
      void navigate({ to: '/people', search: { q } });
      onSearched?.();
    }
  };
  return (
    <form role="search" onSubmit={submit}>
      <TextInput
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
    </form>
  );
}
