/** The register's filters: office, type, status (expired included), issue dates and the start of the number. */
import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentTypesQuery, EFFECTIVE_STATUSES, officesQuery, type RegisterFilter } from './documentsApi';
import { useTypeName } from './documentLabels';

/** Filter fields that change the list as they change (the number once typing pauses). */
export function RegisterFilters({
  filter,
  onChange,
  errors,
}: {
  filter: RegisterFilter;
  onChange: (filter: RegisterFilter) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const typeName = useTypeName();
  const offices = useQuery(officesQuery);
  const types = useQuery(documentTypesQuery);
  const set = (patch: Partial<RegisterFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      role="search"
      aria-label={t('documents.register.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Group align="flex-start" wrap="wrap">
        <Select
          label={t('documents.fields.office')}
          placeholder={t('documents.register.allOffices')}
          data={(offices.data ?? []).map((office) => ({ value: office.siteId, label: office.name }))}
          value={filter.office ?? null}
          onChange={(value) => set({ office: value ?? undefined })}
          clearable
          w={240}
          error={errors.office}
        />
        <Select
          label={t('documents.fields.type')}
          placeholder={t('documents.register.allTypes')}
          data={(types.data ?? []).map((type) => ({ value: type.code, label: typeName(type) }))}
          value={filter.type ?? null}
          onChange={(value) => set({ type: value ?? undefined })}
          clearable
          w={260}
          error={errors.type}
        />
        <Select
          label={t('documents.fields.status')}
          placeholder={t('documents.register.allStatuses')}
          data={EFFECTIVE_STATUSES.map((value) => ({ value, label: t(`documents.statuses.${value}`) }))}
          value={filter.status ?? null}
          onChange={(value) => set({ status: EFFECTIVE_STATUSES.find((s) => s === value) })}
          clearable
          w={200}
          error={errors.status}
        />
        <TextInput
          type="date"
          label={t('documents.register.issuedFrom')}
          dir="ltr"
          value={filter.from ?? ''}
          onChange={(event) => set({ from: event.currentTarget.value || undefined })}
          w={170}
          error={errors.from}
        />
        <TextInput
          type="date"
          label={t('documents.register.issuedTo')}
          dir="ltr"
          value={filter.to ?? ''}
          onChange={(event) => set({ to: event.currentTarget.value || undefined })}
          w={170}
          error={errors.to}
        />
        <TextInput
          label={t('documents.register.numberPrefix')}
          description={t('documents.register.numberPrefixHint')}
          dir="ltr"
          value={filter.number ?? ''}
          onChange={(event) => set({ number: event.currentTarget.value.toUpperCase() || undefined })}
          w={200}
          error={errors.number}
        />
      </Group>
    </form>
  );
}
