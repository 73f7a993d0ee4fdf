/** The person's addresses (residence, postal, reception centre, abroad) as editable rows. */
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '../../components/RepeatableRows';
import { ADDRESS_KINDS, type Address } from './peopleApi';

/** Rows of kind, address line, city, country and the dates it was used; `errors` are keyed by path (`addresses.0.line`). */
export function AddressesFields({ value, onChange, errors }: { value: Address[]; onChange: (value: Address[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      legend={t('people.addresses.title')}
      rows={value}
      onChange={onChange}
      newRow={(): Address => ({ kind: 'residence', line: '' })}
      addLabel={t('people.addresses.add')}
      rowLabel={(n) => t('people.addresses.row', { n })}
      emptyText={t('people.addresses.none')}
      max={10}
      error={errors.addresses}
      renderRow={(row, update, index, autoFocus) => {
        const error = (field: string) => errors[`addresses.${index}.${field}`];
        return (
          <>
            <NativeSelect
              label={t('people.addresses.kind')}
              autoFocus={autoFocus}
              data={ADDRESS_KINDS.map((kind) => ({ value: kind, label: t(`people.addresses.kinds.${kind}`) }))}
              value={row.kind}
              onChange={(e) => update({ kind: e.currentTarget.value as Address['kind'] })}
              error={error('kind')}
            />
            <TextInput
              label={t('people.addresses.line')}
              dir="auto"
              required
              value={row.line}
              onChange={(e) => update({ line: e.currentTarget.value })}
              error={error('line')}
              style={{ flex: '2 1 16rem' }}
            />
            <TextInput
              label={t('people.addresses.city')}
              dir="auto"
              value={row.city ?? ''}
              onChange={(e) => update({ city: e.currentTarget.value })}
              error={error('city')}
              style={{ flex: '1 1 9rem' }}
            />
            <TextInput
              label={t('people.addresses.country')}
              description={t('people.addresses.countryHint')}
              dir="ltr"
              maxLength={3}
              w="9rem"
              value={row.country ?? ''}
              onChange={(e) => update({ country: e.currentTarget.value.toUpperCase() })}
              error={error('country')}
            />
            <TextInput
              label={t('people.addresses.from')}
              dir="ltr"
              placeholder="YYYY-MM-DD"
              w="9rem"
              value={row.from ?? ''}
              onChange={(e) => update({ from: e.currentTarget.value })}
              error={error('from')}
            />
            <TextInput
              label={t('people.addresses.to')}
              dir="ltr"
              placeholder="YYYY-MM-DD"
              w="9rem"
              value={row.to ?? ''}
              onChange={(e) => update({ to: e.currentTarget.value })}
              error={error('to')}
            />
          </>
        );
      }}
    />
  );
}
