/** The person's contacts (phone, e-mail, other) as editable rows. */
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '../../components/RepeatableRows';
import { CONTACT_KINDS, type Contact } from './peopleApi';

/** Rows of kind + value; `errors` are keyed by path (`contacts.0.value`). */
export function ContactsFields({ value, onChange, errors }: { value: Contact[]; onChange: (value: Contact[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      legend={t('people.contacts.title')}
      rows={value}
      onChange={onChange}
      newRow={(): Contact => ({ kind: 'phone', value: '' })}
      addLabel={t('people.contacts.add')}
      rowLabel={(n) => t('people.contacts.row', { n })}
      emptyText={t('people.contacts.none')}
      max={10}
      error={errors.contacts}
      renderRow={(row, update, index, autoFocus) => (
        <>
          <NativeSelect
            label={t('people.contacts.kind')}
            autoFocus={autoFocus}
            data={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`people.contacts.kinds.${kind}`) }))}
            value={row.kind}
            onChange={(e) => update({ kind: e.currentTarget.value as Contact['kind'] })}
            error={errors[`contacts.${index}.kind`]}
          />
          <TextInput
            label={t('people.contacts.value')}
            dir="ltr"
            required
            value={row.value}
            onChange={(e) => update({ value: e.currentTarget.value })}
            error={errors[`contacts.${index}.value`]}
            style={{ flex: '1 1 14rem' }}
          />
        </>
      )}
    />
  );
}
