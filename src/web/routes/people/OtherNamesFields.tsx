/** The person's other names (aliases, previous, maiden names, spellings) as editable rows. */
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RepeatableRows } from '../../components/RepeatableRows';
import { OTHER_NAME_KINDS, type OtherName } from './peopleApi';

/** Rows of name + kind; `errors` are keyed by path (`otherNames.0.name`). */
export function OtherNamesFields({ value, onChange, errors }: { value: OtherName[]; onChange: (value: OtherName[]) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      legend={t('people.fields.otherNames')}
      rows={value}
      onChange={onChange}
      newRow={(): OtherName => ({ name: '', kind: 'alias' })}
      addLabel={t('people.otherNames.add')}
      rowLabel={(n) => t('people.otherNames.row', { n })}
      emptyText={t('people.otherNames.none')}
      max={30}
      error={errors.otherNames}
      renderRow={(row, update, index, autoFocus) => (
        <>
          <TextInput
            label={t('people.otherNames.name')}
            dir="auto"
            required
            autoFocus={autoFocus}
            value={row.name}
            onChange={(e) => update({ name: e.currentTarget.value })}
            error={errors[`otherNames.${index}.name`]}
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            label={t('people.otherNames.kind')}
            data={OTHER_NAME_KINDS.map((kind) => ({ value: kind, label: t(`people.otherNames.kinds.${kind}`) }))}
            value={row.kind}
            onChange={(e) => update({ kind: e.currentTarget.value as OtherName['kind'] })}
            error={errors[`otherNames.${index}.kind`]}
          />
        </>
      )}
    />
  );
}
