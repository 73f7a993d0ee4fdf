/** The case list's filters (type, state, words, owner, organisation, closed ones), kept in the address. */
import { Group, Select, Switch, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseLabels } from '../caseLabels';
import type { CaseTypes, OrgRef } from '../casesApi';
import type { CaseListSearch } from '../routes';

/** The filter form; every change replaces the address (and starts again at the first page). */
export function CaseFilters({
  filter,
  types,
  organisations,
  errors,
}: {
  filter: CaseListSearch;
  types: CaseTypes | undefined;
  organisations: readonly OrgRef[];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const navigate = useNavigate();
  const [words, setWords] = useState(filter.q ?? '');
  useEffect(() => setWords(filter.q ?? ''), [filter.q]);
  const set = (patch: Partial<CaseListSearch>) =>
    void navigate({ to: '/cases/list', search: { ...filter, page: undefined, ...patch }, replace: true });
  const typeDefinitions = (types?.types ?? []).filter((d) => !filter.type || d.type === filter.type);
  const states = [...new Set(typeDefinitions.flatMap((d) => d.states.map((s) => s.code)))];
  return (
    <form
      role="search"
      aria-label={t('cases.list.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        set({ q: words.trim() || undefined });
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('cases.list.words')}
          placeholder={t('cases.list.wordsHint')}
          value={words}
          onChange={(event) => setWords(event.currentTarget.value)}
          onBlur={() => words.trim() !== (filter.q ?? '') && set({ q: words.trim() || undefined })}
          w={220}
          error={errors.q}
        />
        <Select
          label={t('cases.fieldsOfCase.type')}
          placeholder={t('cases.list.allTypes')}
          clearable
          data={(types?.types ?? []).map((d) => ({ value: d.type, label: labels.type(d.type) }))}
          value={filter.type ?? null}
          onChange={(value) => set({ type: value ?? undefined, state: undefined })}
          w={220}
          error={errors.type}
        />
        <Select
          label={t('cases.fieldsOfCase.state')}
          placeholder={t('cases.list.allStates')}
          clearable
          searchable
          data={states.map((code) => ({ value: code, label: labels.state(code) }))}
          value={filter.state ?? null}
          onChange={(value) => set({ state: value ?? undefined })}
          w={200}
          error={errors.state}
        />
        <Select
          label={t('cases.list.organisation')}
          placeholder={t('cases.list.allOrganisations')}
          description={t('cases.list.organisationHint')}
          clearable
          searchable
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={filter.organisation ?? null}
          onChange={(value) => set({ organisation: value ?? undefined })}
          w={240}
        />
        <Switch
          label={t('cases.list.mine')}
          checked={!!filter.mine}
          onChange={(event) => set({ mine: event.currentTarget.checked || undefined })}
          mb={8}
        />
        <Switch
          label={t('cases.list.includeClosed')}
          checked={!!filter.includeClosed}
          onChange={(event) => set({ includeClosed: event.currentTarget.checked || undefined })}
          mb={8}
        />
      </Group>
    </form>
  );
}
