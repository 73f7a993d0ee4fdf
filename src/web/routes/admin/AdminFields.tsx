/** Fields the administration forms share: the organisation a record belongs to, its code and its name. */
import { Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationsQuery } from './adminApi';

/** The organisation a site, user or key belongs to, searchable, never left empty once chosen. */
export function OrganisationSelect({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string | null;
  onChange: (organisationId: string | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const organisations = useQuery(organisationsQuery);
  return (
    <Select
      label={t('admin.fields.organisation')}
      required
      searchable
      disabled={disabled}
      data={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      onChange={onChange}
      error={error}
      allowDeselect={false}
    />
  );
}

/** A record's code; it is Latin letters, digits and hyphens, so it runs left-to-right in every language. */
export function CodeInput({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string;
  onChange: (code: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('admin.fields.code')}
      description={t('admin.fields.codeHint')}
      required
      dir="ltr"
      disabled={disabled}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** A record's name, in whatever script the organisation uses. */
export function NameInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (name: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('admin.fields.name')}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
