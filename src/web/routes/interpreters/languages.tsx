/**
 * Languages as people read them: the interface language's own name for an ISO 639-3 code where the browser
 * knows it (Intl.DisplayNames), else the code table's English name; pickers that search the code table.
 */
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSearchQuery, type Language } from './interpretersApi';

/** A function naming a language in the interface language: "Dari (prs)". */
export function useLanguageName(): (language: Language | string) => string {
  const { i18n } = useTranslation();
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'none' });
    } catch {
      return undefined;
    }
  }, [i18n.language]);
  return useCallback(
    (language: Language | string) => {
      const code = typeof language === 'string' ? language : language.code;
      let local: string | undefined;
      try {
        local = names?.of(code);
      } catch {
        local = undefined;
      }
      const name = local ?? (typeof language === 'string' ? code : language.name);
      return `${name} (${code})`;
    },
    [names],
  );
}

/** Languages found for what the user types, plus those already known (so a chosen one keeps its label). */
function useLanguageOptions(known: readonly Language[]) {
  const nameOf = useLanguageName();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 200);
  const found = useQuery(languageSearchQuery(q));
  const [remembered, setRemembered] = useState<Language[]>([]);
  const all = new Map<string, Language>();
  for (const l of [...known, ...remembered, ...(found.data ?? [])]) {
    all.set(l.code, l);
  }
  const data = [...all.values()].map((l) => ({ value: l.code, label: nameOf(l) }));
  const remember = (codes: string[]) =>
    setRemembered(codes.flatMap((code) => (all.get(code) ? [all.get(code)!] : [])));
  return { search, setSearch, data, remember };
}

interface LanguageSelectProps {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  known?: readonly Language[];
  error?: string;
  required?: boolean;
  clearable?: boolean;
  w?: number;
}

/** One language, searched by name or code in the ISO 639-3 table. */
export function LanguageSelect({
  label,
  value,
  onChange,
  known = [],
  error,
  required,
  clearable,
  w,
}: LanguageSelectProps) {
  const { t } = useTranslation();
  const options = useLanguageOptions(known);
  return (
    <Select
      label={label}
      placeholder={t('interpreters.languageSearch')}
      searchable
      clearable={clearable}
      required={required}
      searchValue={options.search}
      onSearchChange={options.setSearch}
      // The server matched the words already.
      filter={({ options: o }) => o}
      data={options.data}
      value={value}
      onChange={(code) => {
        options.remember(code ? [code] : []);
        onChange(code);
      }}
      error={error}
      w={w}
    />
  );
}

/** Several languages (an interpreter's). */
export function LanguagesMultiSelect({
  label,
  value,
  onChange,
  known = [],
  error,
}: {
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  known?: readonly Language[];
  error?: string;
}) {
  const { t } = useTranslation();
  const options = useLanguageOptions(known);
  return (
    <MultiSelect
      label={label}
      placeholder={t('interpreters.languageSearch')}
      searchable
      required
      searchValue={options.search}
      onSearchChange={options.setSearch}
      filter={({ options: o }) => o}
      data={options.data}
      value={value}
      onChange={(codes) => {
        options.remember(codes);
        onChange(codes);
      }}
      error={error}
    />
  );
}
